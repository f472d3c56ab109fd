/**
 * Pure MapLibre style for the orientation layer: metro lines and stations, the roads the plan
 * boundaries follow (schematic), landmarks. Shapes sit under the plan layers; names appear at
 * street zoom (13+) so the city view stays about the plans.
 */
import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { OrientationBundle } from '../data/orientation';
import { FONT_STACK } from '../config/fonts';
import type { Lang } from '../lib/lang';
import { labelField } from './styleBuilder';

/** Zoom from which orientation names are drawn: street level. */
export const ORIENTATION_LABEL_MINZOOM = 13;

export const ORIENTATION_SOURCES = {
  metroLines: 'orient:metro-lines',
  stations: 'orient:stations',
  roads: 'orient:roads',
  landmarks: 'orient:landmarks',
} as const satisfies Record<keyof OrientationBundle, string>;

/** Label colours, each at least 4.5:1 on the white halo and on the map's cream (see labelContrast.test.ts). */
export const ORIENTATION_COLORS = { road: '#4b5563', roadLine: '#b8b2a6', station: '#1f2937', landmark: '#57534e' } as const;

export function orientationSources(bundle: OrientationBundle): Record<string, SourceSpecification> {
  return Object.fromEntries(
    (Object.keys(ORIENTATION_SOURCES) as (keyof OrientationBundle)[]).map((key) => [ORIENTATION_SOURCES[key], { type: 'geojson', data: bundle[key], promoteId: 'id' }]),
  );
}

const width = (z10: number, z16: number): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], 10, z10, 16, z16];

/** Line and point layers, drawn under the plan layers. */
export function orientationShapeLayers(visible: boolean): LayerSpecification[] {
  const visibility = visible ? 'visible' : 'none';
  return [
    {
      id: 'orient:roads:line',
      type: 'line',
      source: ORIENTATION_SOURCES.roads,
      minzoom: 10,
      layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': ORIENTATION_COLORS.roadLine, 'line-width': width(1.5, 6) },
    },
    {
      id: 'orient:metro:line',
      type: 'line',
      source: ORIENTATION_SOURCES.metroLines,
      minzoom: 9,
      layout: { visibility, 'line-join': 'round' },
      paint: { 'line-color': ['get', 'color'], 'line-width': width(1, 4), 'line-opacity': ['interpolate', ['linear'], ['zoom'], 10, 0.35, 14, 0.75] },
    },
    {
      id: 'orient:stations:circle',
      type: 'circle',
      source: ORIENTATION_SOURCES.stations,
      minzoom: 12.5,
      layout: { visibility },
      paint: { 'circle-radius': width(2, 5), 'circle-color': '#ffffff', 'circle-stroke-color': ORIENTATION_COLORS.station, 'circle-stroke-width': 1.5 },
    },
    {
      id: 'orient:landmarks:circle',
      type: 'circle',
      source: ORIENTATION_SOURCES.landmarks,
      minzoom: 12,
      layout: { visibility },
      paint: { 'circle-radius': 3, 'circle-color': ORIENTATION_COLORS.landmark },
    },
  ];
}

/** Names at street zoom, above the plan shapes and under the plan names. `scale` enlarges them for a projector. */
export function orientationLabelLayers(lang: Lang, visible: boolean, scale = 1): LayerSpecification[] {
  const visibility = visible ? 'visible' : 'none';
  const text = (size: number) => ({ visibility, 'text-field': labelField(lang), 'text-font': FONT_STACK, 'text-size': size * scale }) as const;
  const halo = { 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 };
  const pointLabel = (id: string, source: string, color: string): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    minzoom: ORIENTATION_LABEL_MINZOOM,
    layout: { ...text(12), 'text-offset': [0, 0.9], 'text-anchor': 'top', 'text-optional': true },
    paint: { 'text-color': color, ...halo },
  });
  return [
    {
      id: 'orient:roads:label',
      type: 'symbol',
      source: ORIENTATION_SOURCES.roads,
      minzoom: ORIENTATION_LABEL_MINZOOM,
      layout: { ...text(12), 'symbol-placement': 'line', 'symbol-spacing': 250 },
      paint: { 'text-color': ORIENTATION_COLORS.road, ...halo },
    },
    pointLabel('orient:stations:label', ORIENTATION_SOURCES.stations, ORIENTATION_COLORS.station),
    pointLabel(ORIENTATION_LANDMARK_LABEL, ORIENTATION_SOURCES.landmarks, ORIENTATION_COLORS.landmark),
  ];
}

/** The landmarks' names: placed before every other name (MapController.raiseLabels). */
export const ORIENTATION_LANDMARK_LABEL = 'orient:landmarks:label';

/** Every style layer id of the orientation layer (to switch it on and off, or change the label language). */
export const orientationLayerIds = (): string[] => [...orientationShapeLayers(true), ...orientationLabelLayers('zh', true)].map((l) => l.id);
