import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { diffProposal } from '../analysis/proposalDiff';
import { proposalCollection } from './proposalGeoJson';

const before: Polygon = { type: 'Polygon', coordinates: [[[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.6, 34.71], [113.6, 34.7]]] };
const after: Polygon = { type: 'Polygon', coordinates: [[[113.6, 34.7], [113.611, 34.7], [113.611, 34.71], [113.6, 34.71], [113.6, 34.7]]] };
const edges = [
  { type: 'Feature' as const, properties: { id: 'x', edge: 'located' as const, precisionM: 60 }, geometry: { type: 'LineString' as const, coordinates: before.coordinates[0].slice(0, 2) } },
  { type: 'Feature' as const, properties: { id: 'x', edge: 'estimated' as const, precisionM: 150 }, geometry: { type: 'LineString' as const, coordinates: before.coordinates[0].slice(1, 3) } },
  { type: 'Feature' as const, properties: { id: 'x', edge: 'located' as const, precisionM: 60 }, geometry: { type: 'LineString' as const, coordinates: before.coordinates[0].slice(2) } },
];
const proposal = {
  id: 'proposal-1',
  name: '试验板块',
  featureId: 'x',
  layerId: 'erqi-six-boards',
  citations: [{ file: '000_062be593f0ca59e2.txt', lines: '262-262' }],
  note: '东边界应在路中线',
  proposed: after,
  created: Date.UTC(2026, 11, 7, 18, 0),
  updated: Date.UTC(2026, 11, 7, 18, 5),
};

describe('a proposal as GeoJSON', () => {
  const diff = diffProposal({ before, after, edges, statedAreaKm2: 1.1 });
  const fc = proposalCollection(proposal, diff);

  it('carries the feature id, layer, citation and note with the proposed outline and both areas', () => {
    const [f] = fc.features;
    expect(f.geometry).toEqual(after);
    expect(f.properties).toMatchObject({ feature_id: 'x', layer: 'erqi-six-boards', note: '东边界应在路中线', citation: '000_062be593f0ca59e2.txt:262-262', stated_km2: 1.1 });
    expect(f.properties!.citation_zh).toMatch(/第262行$/);
    expect(f.properties!.proposed_km2).toBeGreaterThan(f.properties!.drawn_km2);
    expect(f.properties!.created).toBe('2026-12-07T18:00:00.000Z');
  });

  it('names the moved east edge (estimated, ~91 m, inside its ±150 m band) and adds the old stretch of it', () => {
    const [f, ...moved] = fc.features;
    expect(f.properties!.moved_edges).toMatch(/^estimated ±150 m e: 9\d m \(in band\)$/);
    // The two located edges that meet it lengthen but stay on their lines: they did not move.
    expect(moved).toHaveLength(1);
    expect(moved[0].properties).toMatchObject({ kind: 'moved-edge', edge: 'estimated', in_band: true, side: 'e' });
    expect(moved[0].geometry).toEqual({ type: 'LineString', coordinates: before.coordinates[0].slice(1, 3) });
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc); // plain JSON all through
  });
});
