import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { LayerInfo, PlanCollection } from '../data/types';
import { LABEL_BACKGROUNDS, labelField, labelPoints, layerSources, layerSpecs, styleLayerIds } from './styleBuilder';
import { layerHeaders } from './testing/layerHeaders';
import { contrastRatio, TEXT_CONTRAST } from '../lib/contrast';
import { orientationLabelLayers } from './orientationLayers';

// An L-shaped zone: its bbox centre lies outside it, so a naive label would float outside.
const lShape: PlanCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'l-zone', name: '测试区', nameEn: 'Test zone', layer: 'test', level: 'erqi', sources: [{ file: 'x', lines: '1-1' }], drawing: { method: { zh: '测试', en: 'test' }, precisionM: 1 } },
      geometry: { type: 'Polygon', coordinates: [[[113.6, 34.7], [113.62, 34.7], [113.62, 34.705], [113.605, 34.705], [113.605, 34.72], [113.6, 34.72], [113.6, 34.7]]] },
    },
  ],
};
const info: LayerInfo = { id: 'test', level: 'erqi', title: { zh: '测试', en: 'Test' }, geometry: 'polygon', style: { color: '#0072b2', fillOpacity: 0.15, visibleByDefault: true, order: 10 }, file: 'test.geojson', featureCount: 1 };

describe('styleBuilder', () => {
  it('puts one label point per polygon, inside the shape, carrying both names', () => {
    const pts = labelPoints(lShape);
    expect(pts.features).toHaveLength(1);
    expect(pts.features[0].properties).toEqual({ id: 'l-zone', name: '测试区', nameEn: 'Test zone' });
    expect(booleanPointInPolygon(pts.features[0].geometry.coordinates, lShape.features[0] as never)).toBe(true);
  });

  it('labels in Chinese by default and falls back to Chinese when an English name is missing', () => {
    expect(labelField('zh')).toEqual(['get', 'name']);
    expect(labelField('en')).toEqual(['coalesce', ['get', 'nameEn'], ['get', 'name']]);
  });

  it('creates fill, outline and label layers for a polygon layer, hidden when asked', () => {
    const specs = layerSpecs({ info, data: lShape }, 'zh', 1, false);
    expect(specs.map((s) => s.id)).toEqual(styleLayerIds(info));
    for (const s of specs) expect(s.layout?.visibility).toBe('none');
  });

  it('draws a layer with edge classes by class, from the same source, and fills only its areas', () => {
    const edges = { type: 'FeatureCollection' as const, features: [{ type: 'Feature' as const, properties: { id: 'l-zone', edge: 'located' as const, precisionM: 150 }, geometry: { type: 'LineString' as const, coordinates: [[113.6, 34.7], [113.62, 34.7]] } }] };
    const edged = { ...info, edges: 'test.edges.geojson' };
    const specs = layerSpecs({ info: edged, data: lShape, edges }, 'zh');
    expect(specs.map((s) => s.id)).toEqual(styleLayerIds(edged));
    expect(specs.map((s) => s.id)).toEqual(['test:fill', 'test:band', 'test:mark', 'test:located', 'test:estimated', 'test:label']);
    expect((specs[0] as { filter?: unknown }).filter).toEqual(['!', ['has', 'edge']]);
    const source = layerSources({ info: edged, data: lShape, edges })['src:test'] as { data: { features: unknown[] }; promoteId: string };
    // The edge carries its feature's id, so selecting the feature restyles its edges.
    expect(source.data.features).toHaveLength(2);
    expect(source.promoteId).toBe('id');
  });

  it('scales polygon fill opacity with the layer opacity', () => {
    const full = layerSpecs({ info, data: lShape }, 'zh', 1)[0].paint as Record<string, unknown>;
    const half = layerSpecs({ info, data: lShape }, 'zh', 0.5)[0].paint as Record<string, unknown>;
    const last = (v: unknown) => (v as number[])[(v as number[]).length - 1];
    expect(last(half['fill-opacity'])).toBeCloseTo(last(full['fill-opacity']) / 2);
  });
});

describe('label contrast', () => {
  const headers = layerHeaders();

  it('reads at 4.5:1 on the halo, the paper and both district fills, for every layer', () => {
    expect(headers.length).toBeGreaterThan(10);
    for (const h of headers) {
      const layerInfo: LayerInfo = { ...info, id: h.layer, level: h.level, geometry: h.geometry, style: h.style };
      const label = layerSpecs({ info: layerInfo, data: lShape }, 'zh').find((s) => s.id.endsWith(':label'))!;
      const color = (label.paint as Record<string, string>)['text-color'];
      for (const bg of LABEL_BACKGROUNDS) expect(contrastRatio(color, bg), `${h.layer} label on ${bg}`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });

  it('orientation names read at 4.5:1 too', () => {
    for (const layer of orientationLabelLayers('zh', true)) {
      const color = (layer.paint as Record<string, string>)['text-color'];
      for (const bg of LABEL_BACKGROUNDS) expect(contrastRatio(color, bg), `${layer.id} on ${bg}`).toBeGreaterThanOrEqual(TEXT_CONTRAST);
    }
  });

  it('thins the districts\' paper to a veil over the online basemap and gives the bands their basemap style', () => {
    const admin: LayerInfo = { ...info, id: 'admin-districts', level: 'admin' };
    const fillOpacity = (over: boolean) => (layerSpecs({ info: admin, data: lShape }, 'zh', 1, true, over)[0].paint as Record<string, unknown>)['fill-opacity'] as number;
    expect(fillOpacity(false)).toBe(1);
    expect(fillOpacity(true)).toBeLessThan(0.5);
    const edges = { type: 'FeatureCollection' as const, features: [] };
    const band = (over: boolean) => layerSpecs({ info: { ...info, edges: 'test.edges.geojson' }, data: lShape, edges }, 'zh', 1, true, over).find((s) => s.id === 'test:band')!;
    expect((band(true).paint as Record<string, unknown>)['line-color']).toBe(info.style.color);
    expect((band(false).paint as Record<string, unknown>)['line-color']).not.toBe(info.style.color);
  });
});
