import { describe, expect, it } from 'vitest';
import { parseHex } from '../lib/contrast';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { baseStyle } from './styleBuilder';
import type { Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { OVERLAY_PROMOTE_ID, OVERLAYS, OverlayLayers, overlayLayerSpecs, overlaySourceId, SITE_COLOR } from './overlayLayers';
import { layerHeaders } from './testing/layerHeaders';

describe('overlay layer specs', () => {
  const specs = overlayLayerSpecs();
  const sourceOf = (s: (typeof specs)[number]) => ('source' in s ? s.source : undefined);

  it('draws every overlay from its own source, with unique layer ids', () => {
    const sources = new Set(OVERLAYS.map(overlaySourceId));
    for (const s of specs) expect(sources.has(String(sourceOf(s))), s.id).toBe(true);
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
    for (const name of OVERLAYS) expect(specs.some((s) => sourceOf(s) === overlaySourceId(name)), name).toBe(true);
  });

  it('keeps the stacking order: sites at the bottom, the measure tool on top', () => {
    const order = specs.map((s) => OVERLAYS.indexOf(String(sourceOf(s)).slice(3) as (typeof OVERLAYS)[number]));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('draws the picked site stronger from its feature-state, keyed by the site key', () => {
    expect(OVERLAY_PROMOTE_ID.sites).toBe('key');
    for (const id of ['ov:sites:fill', 'ov:sites:line']) {
      const paint = JSON.stringify(specs.find((s) => s.id === id)!.paint);
      expect(paint, id).toContain('["feature-state","picked"]');
    }
  });

  it('draws imported sites in a colour of their own, far from every plan layer\'s', () => {
    const distance = (a: string, b: string) => Math.hypot(...parseHex(a).map((c, i) => c - parseHex(b)[i]));
    for (const h of layerHeaders()) expect(distance(SITE_COLOR, h.style.color), h.layer).toBeGreaterThan(100);
  });

  it('labels imported sites once, from one point per site, with their name as map text (no HTML)', () => {
    const label = specs.find((s) => s.id === 'ov:sites:label')!;
    expect(label.type).toBe('symbol');
    expect(sourceOf(label)).toBe(overlaySourceId('siteLabels'));
    expect((label.layout as Record<string, unknown>)['text-field']).toEqual(['get', 'name']);
  });
});

describe('the two readings of one boundary', () => {
  const specs = overlayLayerSpecs();
  it('draws them in two colours, one dashed, below the Analyze overlays, each label from its own text', () => {
    const a = specs.find((s) => s.id === 'ov:variants:a')!;
    const b = specs.find((s) => s.id === 'ov:variants:b')!;
    expect((a.paint as Record<string, unknown>)['line-color']).not.toEqual((b.paint as Record<string, unknown>)['line-color']);
    expect(a.paint).not.toHaveProperty('line-dasharray');
    expect(b.paint).toHaveProperty('line-dasharray');
    expect(OVERLAYS[0]).toBe('variants');
    expect((specs.find((s) => s.id === 'ov:variants:label')!.layout as Record<string, unknown>)['text-field']).toEqual(['get', 'label']);
  });
});

describe('the planner\'s drawings on the map', () => {
  const specs = overlayLayerSpecs();
  it('meet the style specification (MapLibre checks overlays as they are added; this says why one fails)', () => {
    const style = baseStyle();
    for (const name of OVERLAYS) style.sources[overlaySourceId(name)] = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
    style.layers = [...style.layers, ...specs];
    expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
  });
  it('draw each sketch in its own colour and the moved stretches of a proposal under nothing but the measure tool', () => {
    const fill = specs.find((s) => s.id === 'ov:drawn:fill')!;
    expect(JSON.stringify(fill.paint)).toContain('"colour"');
    const ids = specs.map((s) => s.id);
    expect(ids.indexOf('ov:moved:line')).toBeGreaterThan(ids.indexOf('ov:drawn:proposal'));
    expect(ids.indexOf('ov:moved:line')).toBeLessThan(ids.indexOf('ov:measure:line'));
  });
});

describe('overlays on the map', () => {
  /** The part of a MapLibre map OverlayLayers uses: sources with their data, and the layer order. */
  function fakeMap(atlasLayers: string[]) {
    const sources = new Map<string, { data: FeatureCollection; setData(d: FeatureCollection): void }>();
    const order = [...atlasLayers];
    const map = {
      getSource: (id: string) => sources.get(id),
      addSource: (id: string, spec: { data: FeatureCollection }) => {
        const source = { data: spec.data, setData: (d: FeatureCollection) => (source.data = d) };
        sources.set(id, source);
      },
      getLayer: (id: string) => (order.includes(id) ? { id } : undefined),
      addLayer: (spec: { id: string }) => order.push(spec.id),
      moveLayer: (id: string) => order.push(...order.splice(order.indexOf(id), 1)),
      getLayersOrder: () => [...order],
    };
    return { map: map as unknown as MlMap, sources, order };
  }
  const point: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { role: 'a' }, geometry: { type: 'Point', coordinates: [113.6, 34.7] } }] };
  const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

  it('adds nothing to the map until an overlay has something to draw', () => {
    const { map, sources, order } = fakeMap(['background', 'erqi-four-zones:fill']);
    const overlays = new OverlayLayers(map);
    overlays.set('drawn', empty);
    overlays.set('moved', null);
    expect(sources.size).toBe(0);
    expect(order).toEqual(['background', 'erqi-four-zones:fill']);
  });

  it('adds an overlay with its own layers only, above the atlas, keeping the overlays in their order', () => {
    const { map, sources, order } = fakeMap(['background', 'erqi-four-zones:fill']);
    const overlays = new OverlayLayers(map);
    overlays.set('measure', point);
    overlays.set('variants', point);
    expect([...sources.keys()].sort()).toEqual(['ov:measure', 'ov:variants']);
    expect(sources.get('ov:measure')!.data).toBe(point);
    const ids = overlayLayerSpecs().map((s) => s.id);
    const wanted = ids.filter((id) => id.startsWith('ov:variants:') || id.startsWith('ov:measure:'));
    expect(order).toEqual(['background', 'erqi-four-zones:fill', ...wanted]);
    // An atlas layer added later on top goes back under the overlays at the next update; emptied, an overlay stays.
    order.push('projects:label');
    overlays.set('variants', null);
    expect(order).toEqual(['background', 'erqi-four-zones:fill', 'projects:label', ...wanted]);
    expect(sources.get('ov:variants')!.data.features).toEqual([]);
  });
});
