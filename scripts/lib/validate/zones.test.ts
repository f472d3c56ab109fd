import { describe, expect, it } from 'vitest';
import { validateZoneHeader } from './zones';
import { SEED, seeds } from './testing/fixtures';

describe('validateZoneHeader', () => {
  const style = { color: '#0072b2', fillOpacity: 0.12, visibleByDefault: true, order: 10 };
  const header = { layer: 'erqi-four-zones', level: 'erqi', title: { zh: '四区联动', en: 'Four linked zones' }, geometry: 'polygon', style, aliases: ['e4'], features: [] };
  it('accepts a good header and rejects each bad field', () => {
    expect(validateZoneHeader('zones/erqi-four-zones.json', header)).toEqual([]);
    const bad = {
      layer: 'Four Zones', level: 'town', title: { zh: 'Four', en: '' }, geometry: 'area',
      style: { color: 'blue', fillOpacity: 2, visibleByDefault: 'yes', order: 'top', dash: 2 }, aliases: ['E-4'], features: {},
    };
    expect(validateZoneHeader('zones/x.json', bad).map((p) => p.problem.split(' ')[0])).toEqual([
      'layer', 'level', 'title', 'geometry', 'style:', 'style.color', 'style.fillOpacity', 'style.visibleByDefault', 'style.order', 'alias', 'features',
    ]);
    const { style: _, ...unstyled } = header;
    expect(validateZoneHeader('zones/erqi-four-zones.json', unstyled).map((p) => p.problem)).toEqual([expect.stringMatching(/^style must be \{ "color"/)]);
  });

  it('accepts places the plan names but the data cannot draw, when named verbatim with a reason', () => {
    const why = { zh: '无法定位', en: 'cannot be located' };
    const ok = { ...header, notDrawn: [{ name: '樱桃沟西美示范区', why, source: { file: SEED, lines: '2-2' } }] };
    expect(validateZoneHeader('zones/erqi-four-zones.json', ok, seeds)).toEqual([]);
    const misquoted = { ...header, notDrawn: [{ name: '樱桃沟东美示范区', why, source: { file: SEED, lines: '2-2' } }] };
    expect(validateZoneHeader('zones/erqi-four-zones.json', misquoted, seeds).map((p) => p.problem)).toEqual([
      `notDrawn[0]: name "樱桃沟东美示范区" is not in ${SEED} lines 2-2`,
    ]);
    const noReason = { ...header, notDrawn: [{ name: '樱桃沟西美示范区', source: { file: SEED, lines: '2-2' } }] };
    expect(validateZoneHeader('zones/erqi-four-zones.json', noReason, seeds).map((p) => p.problem)).toEqual(['notDrawn[0]: why must be { zh, en }']);
  });
});
