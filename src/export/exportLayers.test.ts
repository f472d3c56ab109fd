import { describe, expect, it } from 'vitest';
import { collectionExport, proposalEdgesExport, proposalsExport, sketchesExport } from './exportLayers';
import { diffProposal } from '../analysis/proposalDiff';
import type { ProposalItem } from '../data/userItems';
import { proposalItem, sketchItem } from '../data/testing/userItemFixtures';

describe('export layers', () => {
  it('takes any FeatureCollection (the projects layer) with its attributes flattened and unplaced features left out', () => {
    const layer = collectionExport('projects', { zh: '项目', en: 'Projects' }, {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [113.66, 34.75] }, properties: { name: '二七广场改造', feature: ['eq-board-shangquan'], status: { zh: '在建', en: 'building' } } },
        { type: 'Feature', geometry: null as never, properties: { name: '未定位项目' } },
      ],
    });
    expect(layer.features).toHaveLength(1);
    expect(layer.features[0].properties).toMatchObject({ name: '二七广场改造', feature: '["eq-board-shangquan"]', status: '{"zh":"在建","en":"building"}', kind: 'projects', layer: 'projects', drawn_km2: null });
  });

  it('sketches carry name, note, colour and their length or area', () => {
    const line = { ...sketchItem('l'), geometry: { type: 'LineString' as const, coordinates: [[113.6, 34.7], [113.61, 34.7]] } };
    const [poly, path] = sketchesExport([sketchItem(), line]).features.map((f) => f.properties);
    expect(poly).toMatchObject({ name: '拟建公园', note: '沿河绿带', colour: '#1b9e77', length_km: null });
    expect(poly.drawn_km2).toBeCloseTo(0.2538, 3);
    expect(path.length_km).toBeCloseTo(0.915, 2);
  });

  it('a proposal without its diff: the proposed outline, the feature, the citation and both areas', () => {
    const [f] = proposalsExport([proposalItem()]).features;
    expect(f.geometry).toEqual(proposalItem().proposed);
    expect(f.properties).toMatchObject({ feature_id: 'eq-board-shangquan', citation: '000:264-264', note: '东边界应在京广路' });
    expect(Number(f.properties.prop_km2)).toBeGreaterThan(Number(f.properties.drawn_km2));
  });

  it('a proposal with its diff (as 我的数据 exports it): area before and after, the gap and the moved edges; each moved stretch a line of its own', () => {
    const item = proposalItem();
    // The plan feature's drawn outline is the original; its stated area 1.23 km² (二七商圈板块 in the plan).
    const diffOf = (p: ProposalItem) => diffProposal({ before: p.original, after: p.proposed, edges: [], statedAreaKm2: 1.23 });
    const [f] = proposalsExport([item], diffOf).features;
    expect(f.properties).toMatchObject({ kind: 'proposal', feature_id: 'eq-board-shangquan', layer: 'erqi-six-boards', stated_km2: 1.23, note: '东边界应在京广路' });
    expect(Number(f.properties.proposed_km2)).toBeGreaterThan(Number(f.properties.drawn_km2));
    expect(f.properties.gap_proposed_pct).not.toBe(f.properties.gap_drawn_pct);
    expect(String(f.properties.moved_edges)).toMatch(/ (n|ne|e|se|s|sw|w|nw): \d+ m \((in|beyond) band\)/);

    const edges = proposalEdgesExport([item], diffOf).features;
    expect(edges.length).toBe(diffOf(item).moved.length);
    expect(edges.length).toBeGreaterThan(0);
    for (const e of edges) {
      expect(e.geometry.type).toBe('LineString');
      expect(e.properties).toMatchObject({ kind: 'moved-edge', feature_id: 'eq-board-shangquan', name: item.name, citation: '000:264-264' });
      // The square grew by 0.001° to the north and east (111 m and 91 m): its far corner moved about 144 m.
      expect(Number(e.properties.moved_m)).toBeGreaterThan(85);
      expect(Number(e.properties.moved_m)).toBeLessThan(150);
      expect(Number(e.properties.length_km)).toBeGreaterThan(0);
      expect(typeof e.properties.in_band).toBe('boolean');
    }
    expect(new Set(edges.map((e) => e.properties.id)).size).toBe(edges.length);
    // Without a diff (the plan feature gone): no stretches.
    expect(proposalEdgesExport([item], () => null).features).toEqual([]);
  });
});

