import { describe, expect, it } from 'vitest';
import { collectionExport, proposalsExport, sketchesExport } from './exportLayers';
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
});
