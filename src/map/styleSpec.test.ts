import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { EdgeCollection, LayerInfo, PlanCollection } from '../data/types';
import type { OrientationBundle } from '../data/orientation';
import { baseStyle, layerSources, layerSpecs } from './styleBuilder';
import { orientationLabelLayers, orientationShapeLayers, orientationSources } from './orientationLayers';
import { layerHeaders } from './testing/layerHeaders';
import { STEP_LABEL_SOURCE, stepLabelSpecs } from './stepLabels';

// MapController adds these without MapLibre's check on each call (it would serialize the whole style each
// time), so every layer and source the builders make is checked against the style specification here.
const geodata = (path: string) => JSON.parse(readFileSync(new URL(`../../geodata/${path}`, import.meta.url), 'utf8'));
const empty = { type: 'FeatureCollection', features: [] } as const;

describe('the map style the app builds', () => {
  const layers = layerHeaders().map((h) => {
    const admin = h.layer === 'admin-districts';
    const data = geodata(admin ? 'admin/districts.geojson' : `layers/${h.layer}.geojson`) as PlanCollection;
    const edges = admin || h.geometry === 'point' ? undefined : (geodata(`edges/${h.layer}.geojson`) as EdgeCollection);
    const info: LayerInfo = { id: h.layer, level: h.level, title: h.title, geometry: h.geometry, style: h.style, file: `${h.layer}.geojson`, featureCount: data.features.length, ...(edges && { edges: `${h.layer}.edges.geojson` }) };
    return { info, data, edges };
  });
  const orientation = { metroLines: empty, stations: empty, roads: empty, landmarks: empty } as unknown as OrientationBundle;

  it('meets the style specification for every layer, in both languages, shown or hidden, with or without the basemap', () => {
    expect(layers.length).toBeGreaterThan(10);
    for (const lang of ['zh', 'en'] as const) {
      for (const [visible, overBasemap] of [[true, false], [false, true]]) {
        const style = baseStyle();
        style.sources = { ...style.sources, ...orientationSources(orientation) };
        style.layers = [...style.layers, ...orientationShapeLayers(visible), ...orientationLabelLayers(lang, visible)];
        // A story step's own names (MapController adds them with the atlas layers).
        style.sources = { ...style.sources, [STEP_LABEL_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } };
        style.layers = [...style.layers, ...stepLabelSpecs(lang)];
        for (const layer of layers) {
          style.sources = { ...style.sources, ...layerSources(layer) };
          style.layers = [...style.layers, ...layerSpecs(layer, lang, 0.6, visible, overBasemap)];
        }
        expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
      }
    }
  });
});
