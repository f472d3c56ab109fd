import { describe, expect, it } from 'vitest';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import type { LayerInfo, PlanCollection } from '../data/types';
import type { LabelCollection } from '../data/labels';
import { LABEL_BACKGROUNDS, labelField, labelPriority, layerSources, layerSpecs, styleLayerIds } from './styleBuilder';
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
  it('names a polygon layer at the label points the data build chose, not at points of its own', () => {
    const labels: LabelCollection = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [113.602, 34.71] }, properties: { id: 'l-zone', name: '测试区', nameEn: 'Test zone', full: 0, fullEn: 0, rank: 0 } }],
    };
    const sources = layerSources({ info, data: lShape, labels });
    expect((sources['lbl:test'] as { data: unknown }).data).toBe(labels);
    // Without label points (a layer built before them) the layer is drawn unnamed rather than named by guess.
    expect((layerSources({ info, data: lShape })['lbl:test'] as unknown as { data: LabelCollection }).data.features).toEqual([]);
  });

  it('writes the short name below the zoom the full name fits from, the full name from there and from street zoom', () => {
    const text = (lang: 'zh' | 'en', zoom: number, properties: Record<string, unknown>) => {
      const spec = { type: 'string', 'property-type': 'data-driven', expression: { interpolated: false, parameters: ['zoom', 'feature'] } } as const;
      const parsed = expression.createExpression(labelField(lang), spec as never);
      if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
      return parsed.value.evaluate({ zoom }, { type: 'Point', properties } as never);
    };
    const zone = { name: '马寨产城融合示范区', nameEn: 'Mazhai Industry–City Integration Demonstration Zone', short: '马寨示范区', shortEn: 'Mazhai Zone', full: 11, fullEn: 13 };
    expect(text('zh', 9.9, zone)).toBe('马寨示范区');
    expect(text('zh', 10.99, zone)).toBe('马寨示范区');
    expect(text('zh', 11, zone)).toBe('马寨产城融合示范区');
    expect(text('en', 12.5, zone)).toBe('Mazhai Zone');
    expect(text('en', 13, zone)).toBe(zone.nameEn);
    // A full name that never fits still shows from street zoom; a name without a short form always shows whole.
    expect(text('zh', 13, { ...zone, full: 13 })).toBe('马寨产城融合示范区');
    expect(text('zh', 8, { name: '二七新区', nameEn: 'Erqi New District', full: 0, fullEn: 0 })).toBe('二七新区');
    // Points, lines and orientation names carry no fit: their whole name, and Chinese where English is missing.
    expect(text('en', 9, { name: '二七广场站' })).toBe('二七广场站');
    expect(text('en', 9, { name: '二七广场站', nameEn: 'Erqi Square' })).toBe('Erqi Square');
  });

  it('places plan areas\' names before points\', lines\' and the districts\', and boards before the zones that hold them', () => {
    const priority = (level: LayerInfo['level'], geometry: LayerInfo['geometry'], order: number) => labelPriority({ level, geometry, style: { ...info.style, order } });
    const zones = priority('erqi', 'polygon', 10);
    const boards = priority('erqi', 'polygon', 20);
    expect(boards).toBeLessThan(zones);
    expect(zones).toBeLessThan(priority('city', 'polygon', 8));
    expect(priority('city', 'polygon', 8)).toBeLessThan(priority('erqi', 'point', 30));
    expect(priority('erqi', 'point', 30)).toBeLessThan(priority('erqi', 'line', 31));
    expect(priority('erqi', 'line', 31)).toBeLessThan(priority('admin', 'polygon', 0));
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
