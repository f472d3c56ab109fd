import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import { PROJECTOR_MIN_TEXT_PX, projectorChanges, projectorTextMinPx, scaledValue } from './projectorTheme';
import { orientationLabelLayers, orientationShapeLayers, orientationSources } from './orientationLayers';
import { OVERLAYS, overlayLayerSpecs, overlaySourceId } from './overlayLayers';
import { baseStyle } from './styleBuilder';
import type { OrientationBundle } from '../data/orientation';

describe('projector theme', () => {
  it('thickens lines and strengthens fills, keeping feature-state expressions working', () => {
    const width = ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 1.6];
    expect(scaledValue(width, 1.8)).toEqual(['*', 1.8, width]);
    expect(scaledValue(0.22, 1.6, 1)).toBe(0.352);
    expect(scaledValue(0.9, 1.6, 1)).toBe(1);
    expect(scaledValue(['get', 'x'], 1.6, 1)).toEqual(['min', 1, ['*', 1.6, ['get', 'x']]]);
    expect(scaledValue(undefined, 2)).toBeUndefined();
  });

  it('enlarges label text, never below 24 px, also where the size follows the zoom', () => {
    const values: Record<string, unknown> = { 'text-size': 12, 'text-halo-width': 1.6 };
    expect(projectorChanges('symbol', (_k, p) => values[p])).toEqual([
      ['paint', 'text-halo-width', 2.4],
      ['layout', 'text-size', 24],
    ]);
    expect(projectorChanges('symbol', (_k, p) => ({ 'text-size': 20 })[p as 'text-size'])).toEqual([['layout', 'text-size', 28]]);
    const zoomed = { 'text-size': ['interpolate', ['linear'], ['zoom'], 8, 10, 14, 20] };
    expect(projectorChanges('symbol', (_k, p) => (zoomed as Record<string, unknown>)[p])).toEqual([['layout', 'text-size', ['interpolate', ['linear'], ['zoom'], 8, 24, 14, 28]]]);
    expect(projectorChanges('background', () => 1)).toEqual([]);
  });

  it('scales a zoom curve at each stop, never wrapping ["zoom"] (MapLibre rejects that: the roads, metro and stations)', () => {
    expect(scaledValue(['interpolate', ['linear'], ['zoom'], 10, 1.5, 16, 6], 1.8)).toEqual(['interpolate', ['linear'], ['zoom'], 10, 2.7, 16, 10.8]);
    expect(scaledValue(['step', ['zoom'], 1, 12, ['get', 'w']], 2)).toEqual(['step', ['zoom'], 2, 12, ['*', 2, ['get', 'w']]]);
    // Every orientation and overlay layer (the boards' two readings, sites, drawings, measuring), themed, still
    // meets the style specification, and no overlay label stays below 24 px.
    const empty = { type: 'FeatureCollection', features: [] } as const;
    const style = baseStyle();
    style.sources = {
      ...orientationSources({ metroLines: empty, stations: empty, roads: empty, landmarks: empty } as unknown as OrientationBundle),
      ...Object.fromEntries(OVERLAYS.map((name) => [overlaySourceId(name), { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } }])),
    };
    const themed = [...orientationShapeLayers(true), ...orientationLabelLayers('zh', true), ...overlayLayerSpecs()].map((layer) => {
      const out = structuredClone(layer) as LayerSpecification & { paint: Record<string, unknown>; layout: Record<string, unknown> };
      const get = (kind: 'paint' | 'layout', prop: string) => (out[kind] ?? {})[prop];
      for (const [kind, prop, value] of projectorChanges(layer.type, get)) out[kind] = { ...(out[kind] ?? {}), [prop]: value };
      return out;
    });
    expect(themed.some((l) => JSON.stringify(l.paint).includes('"zoom"'))).toBe(true);
    for (const l of themed.filter((t) => t.id.startsWith('ov:') && t.type === 'symbol')) expect(l.layout['text-size'], l.id).toBeGreaterThanOrEqual(24);
    style.layers = [...style.layers, ...themed];
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
});

describe('names on a phone presenting', () => {
  it('keep the theme\'s enlargement without the projector\'s 24 px floor, which would leave a 360 px screen no room', () => {
    const get = () => 11;
    const size = (min: number | null) => projectorChanges('symbol', get, min).find(([, prop]) => prop === 'text-size')?.[2];
    expect(projectorTextMinPx(360)).toBeNull();
    expect(projectorTextMinPx(1920)).toBe(PROJECTOR_MIN_TEXT_PX);
    expect(size(projectorTextMinPx(360))).toBeCloseTo(15.4, 3);
    expect(size(projectorTextMinPx(1920))).toBe(PROJECTOR_MIN_TEXT_PX);
  });
});
