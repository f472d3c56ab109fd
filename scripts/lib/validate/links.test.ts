import { describe, expect, it } from 'vitest';
import { validateLinks } from './links';
import { fc, feature, SEED } from './testing/fixtures';

describe('validateLinks', () => {
  const district = feature({ id: 'erqi', layer: 'admin-districts', level: 'admin' });
  const zoneA = feature({ district: 'erqi', relations: [{ type: 'inside', target: 'erqi', source: { file: SEED, lines: '1-1' } }] });
  const layers = (a: unknown[], b: unknown[] = []) => [
    { file: 'admin/districts.geojson', layer: 'admin-districts', data: fc(district), admin: true },
    { file: 'layers/erqi-four-zones.geojson', layer: 'erqi-four-zones', data: fc(...a) },
    { file: 'layers/other.geojson', layer: 'other', data: fc(...b) },
  ];
  const text = (data: unknown, layer = 'erqi-four-zones') => ({ file: `text/${layer}.json`, layer, data });

  it('accepts consistent files', () => {
    expect(validateLinks({ collections: layers([zoneA]), texts: [text({ 'erqi-new-district': {} })] })).toEqual([]);
  });

  it('finds duplicate ids, unknown districts and relation targets, and missing or stray text', () => {
    const stray = feature({ id: 'stray', district: 'atlantis', relations: [{ type: 'overlaps', target: 'nowhere', source: { file: SEED, lines: '1-1' } }] });
    const problems = validateLinks({
      collections: layers([zoneA, stray], [feature({ layer: 'other' })]),
      texts: [text({ 'erqi-new-district': {}, ghost: {} }), text({ stray: {} }, 'other')],
    }).map((p) => `${p.file} › ${p.featureId}: ${p.problem}`);
    expect(problems).toEqual([
      'layers/other.geojson › erqi-new-district: id also used in layers/erqi-four-zones.geojson',
      'layers/erqi-four-zones.geojson › stray: district "atlantis" is not an admin district id',
      'layers/erqi-four-zones.geojson › stray: relations[0]: target "nowhere" is no feature id',
      'text/erqi-four-zones.json › ghost: text entry for an id that no layer feature has',
      'text/other.json › stray: the feature is in layer "erqi-four-zones": move this entry to text/erqi-four-zones.json',
    ]);
  });

  it('flags a text file named after no layer', () => {
    const problems = validateLinks({ collections: layers([zoneA]), texts: [text({ 'erqi-new-district': {} }), text({}, 'typo')] });
    expect(problems).toEqual([{ file: 'text/typo.json', featureId: '-', problem: 'no layer "typo" (zones/typo.json) for this text file' }]);
  });

  it('asks for a text entry for every plan feature', () => {
    expect(validateLinks({ collections: layers([zoneA]), texts: [] })).toEqual([
      { file: 'text/erqi-four-zones.json', featureId: 'erqi-new-district', problem: 'no text entry for this feature (add at least {})' },
    ]);
  });
});
