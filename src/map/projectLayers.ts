/**
 * The 项目 layer's style: pure builders from the projects bundle to MapLibre sources and layers
 * (no map instance here; MapController adds them when the layer is first shown).
 *
 * Points by kind (one colour each, the legend's), solid when located (±250 m or better) and hollow
 * when approximate; at city zoom crowded points wait for a closer zoom (thinningZooms, analysis/);
 * from street zoom (14) names and a precision circle as wide as the place's ± metres. Road, tunnel
 * and river works are lines (dashed when approximate), thin at city zoom and shown from the zoom at which
 * they are long enough to read; from street zoom a band as wide as their ± metres and the name along the
 * line. A small area where the plan gives one.
 * The feature-states are the atlas's (featureStates.ts): the open record's project and those a year lights
 * (the timeline's or a story step's) are `selected`, drawn larger; the others `dimmed` while a year is lit.
 */
import type { ExpressionSpecification, FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { PROJECT_KINDS, type ProjectCollection } from '../data/projects';
import { PROJECT_KIND_COLORS } from '../data/projectColors';
import { isLocated, thinningZooms } from '../analysis/projectLists';
import { FONT_STACK } from '../config/fonts';
import type { Lang } from '../lib/lang';
import { labelColor, labelField, sourceId } from './styleBuilder';
import { BAND_MIN_ZOOM, ESTIMATED_DASH, metresToPixels } from './edgeLayers';
import type { StateLayer } from './featureStates';

/** The layer id the feature-state composition knows the projects by (featureStates.ts); its source is sourceId of it. */
export const PROJECT_STATE_LAYER = 'projects';
export const PROJECT_SOURCE = sourceId(PROJECT_STATE_LAYER);
/** The style layers of the 项目 layer, bottom to top. */
export const PROJECT_LAYER_IDS = ['projects:precision', 'projects:line-band', 'projects:area', 'projects:line', 'projects:line-approx', 'projects:point', 'projects:label', 'projects:line-label'] as const;
/** The layers that show where a project may lie, not the project: a tap there is not a tap on it. */
export const PROJECT_BAND_LAYER_IDS: readonly string[] = ['projects:precision', 'projects:line-band'];
/** The label layers, whose text follows the reader's language. */
export const PROJECT_LABEL_LAYER_IDS: readonly string[] = ['projects:label', 'projects:line-label'];

/** The zoom from which names and precision circles show. */
export const PROJECT_NAME_ZOOM = BAND_MIN_ZOOM;

const kindColor: ExpressionSpecification = ['match', ['get', 'kind'], ...PROJECT_KINDS.flatMap((k) => [k, PROJECT_KIND_COLORS[k]]), '#5c677d'] as unknown as ExpressionSpecification;
const kindLabelColor: ExpressionSpecification = ['match', ['get', 'kind'], ...PROJECT_KINDS.flatMap((k) => [k, labelColor(PROJECT_KIND_COLORS[k])]), '#374151'] as unknown as ExpressionSpecification;
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];
const located: ExpressionSpecification = ['==', ['get', 'located'], true];
const ofType = (type: string): ExpressionSpecification => ['==', ['geometry-type'], type];

/** Shown from its own zoom (a point's from the thinning, a line's where it is long enough), or at every zoom when named. */
function shownFrom(always: readonly string[]): ExpressionSpecification {
  const fromItsZoom: ExpressionSpecification = ['>=', ['zoom'], ['get', 'minZoom']];
  return always.length ? ['any', fromItsZoom, ['in', ['get', 'id'], ['literal', [...always]]]] : fromItsZoom;
}

/**
 * The point layer's filter: each point from the zoom its thinning gives it, and those named in `always` (the
 * projects a timeline year or story step lights, the open record's) at every zoom: a lit project never waits.
 */
export function projectPointFilter(always: readonly string[] = []): FilterSpecification {
  return ['all', ofType('Point'), shownFrom(always)];
}

/** A line layer's filter (located or approximate courses): from the zoom the line shows at, or always when named. */
export function projectLineFilter(isLocated: boolean, always: readonly string[] = []): FilterSpecification {
  return ['all', ofType('LineString'), shownFrom(always), isLocated ? located : ['!', located]];
}

/** The filters that follow the lit and selected projects, by style layer. */
export function projectZoomFilters(always: readonly string[]): [string, FilterSpecification][] {
  return [
    ['projects:point', projectPointFilter(always)],
    ['projects:line', projectLineFilter(true, always)],
    ['projects:line-approx', projectLineFilter(false, always)],
  ];
}

/**
 * What the source holds: placed projects only, each with the few properties the style reads (its id for
 * feature-state, names, kind, precision, located or not, and for points the zoom they show from).
 */
export function projectSourceData(projects: ProjectCollection): FeatureCollection {
  const zooms = thinningZooms(projects.features);
  return {
    type: 'FeatureCollection',
    features: projects.features.flatMap((f) => {
      if (!f.geometry) return [];
      const p = f.properties;
      return [
        {
          type: 'Feature',
          geometry: f.geometry,
          properties: { id: p.id, name: p.name, nameEn: p.nameEn, kind: p.kind, precisionM: p.precisionM, located: isLocated(f), minZoom: zooms.get(p.id) ?? 0 },
        },
      ];
    }),
  };
}

/** The projects as the feature-state composition knows them (featureStates.ts): placed ones, dimmable. */
export function projectStateLayer(projects: ProjectCollection): StateLayer {
  return { id: PROJECT_STATE_LAYER, featureIds: projects.features.filter((f) => f.geometry).map((f) => f.properties.id), dimmable: true };
}

export function projectSources(projects: ProjectCollection): Record<string, SourceSpecification> {
  return { [PROJECT_SOURCE]: { type: 'geojson', data: projectSourceData(projects), promoteId: 'id' } };
}

export function projectLayerSpecs(lang: Lang, visible: boolean): LayerSpecification[] {
  const visibility = visible ? 'visible' : 'none';
  const source = PROJECT_SOURCE;
  const fade = (normal: number): ExpressionSpecification => ['case', dimmed, normal * 0.25, normal];
  const line = (id: string, isLocated: boolean): LayerSpecification => ({
    id,
    type: 'line',
    source,
    filter: projectLineFilter(isLocated),
    layout: { visibility, 'line-cap': isLocated ? 'round' : 'butt', 'line-join': 'round' },
    paint: {
      'line-color': kindColor,
      // Thin at city zoom, where many streets meet; full width from street zoom.
      'line-width': ['interpolate', ['linear'], ['zoom'], 10, ['case', selected, 4, 1.8], PROJECT_NAME_ZOOM, ['case', selected, 6, 3.5]],
      'line-opacity': fade(0.9),
      ...(isLocated ? {} : { 'line-dasharray': ESTIMATED_DASH }),
    },
  });
  return [
    {
      // ± precision around each point, from street zoom: where the project may lie. Drawn as a ring; only the open
      // record's is filled, since a dozen filled circles round one square (二七广场) wash the street map out.
      id: 'projects:precision',
      type: 'circle',
      source,
      minzoom: PROJECT_NAME_ZOOM - 0.5,
      filter: ofType('Point'),
      layout: { visibility },
      paint: {
        'circle-color': kindColor,
        'circle-radius': metresToPixels(['get', 'precisionM'], PROJECT_NAME_ZOOM - 1),
        'circle-opacity': ['interpolate', ['linear'], ['zoom'], PROJECT_NAME_ZOOM - 0.5, 0, PROJECT_NAME_ZOOM, ['case', selected, 0.14, 0]],
        'circle-stroke-color': kindColor,
        'circle-stroke-width': 1,
        'circle-stroke-opacity': ['interpolate', ['linear'], ['zoom'], PROJECT_NAME_ZOOM - 0.5, 0, PROJECT_NAME_ZOOM, ['case', dimmed, 0.1, 0.45]],
      },
    },
    {
      // ± precision along each line, from street zoom: the band the road's course may lie in.
      id: 'projects:line-band',
      type: 'line',
      source,
      minzoom: PROJECT_NAME_ZOOM - 0.5,
      filter: ofType('LineString'),
      layout: { visibility, 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': kindColor,
        'line-width': metresToPixels(['*', 2, ['get', 'precisionM']], PROJECT_NAME_ZOOM - 1),
        'line-opacity': ['interpolate', ['linear'], ['zoom'], PROJECT_NAME_ZOOM - 0.5, 0, PROJECT_NAME_ZOOM, ['case', dimmed, 0.04, 0.12]],
      },
    },
    {
      id: 'projects:area',
      type: 'fill',
      source,
      filter: ofType('Polygon'),
      layout: { visibility },
      paint: { 'fill-color': kindColor, 'fill-opacity': ['case', selected, 0.45, dimmed, 0.06, 0.22], 'fill-outline-color': kindColor },
    },
    line('projects:line', true),
    // Approximate courses dashed, like the boundaries' estimated edges.
    line('projects:line-approx', false),
    {
      // Solid when located, a ring (white inside) when approximate; points wait for their zoom at city zoom.
      id: 'projects:point',
      type: 'circle',
      source,
      filter: projectPointFilter(),
      layout: { visibility, 'circle-sort-key': ['case', located, 1, 0] },
      paint: {
        'circle-radius': ['case', selected, 8.5, 5.5],
        'circle-color': ['case', located, kindColor, '#ffffff'],
        'circle-stroke-color': ['case', located, '#ffffff', kindColor],
        'circle-stroke-width': ['case', located, 1.5, 2.5],
        'circle-opacity': fade(1),
        'circle-stroke-opacity': fade(1),
      },
    },
    {
      id: 'projects:label',
      type: 'symbol',
      source,
      minzoom: PROJECT_NAME_ZOOM,
      layout: {
        visibility,
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': 11,
        'text-max-width': 9,
        'text-offset': [0, 0.9],
        'text-anchor': 'top',
        'text-optional': true,
        'symbol-placement': 'point',
      },
      // Points and areas; a line is named along its course (below), not at its first vertex.
      filter: ['!=', ['geometry-type'], 'LineString'],
      paint: { 'text-color': kindLabelColor, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-opacity': fade(1) },
    },
    {
      id: 'projects:line-label',
      type: 'symbol',
      source,
      minzoom: PROJECT_NAME_ZOOM,
      filter: ofType('LineString'),
      layout: {
        visibility,
        'text-field': labelField(lang),
        'text-font': FONT_STACK,
        'text-size': 11,
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-max-angle': 40,
        'text-offset': [0, 0.9],
      },
      paint: { 'text-color': kindLabelColor, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-opacity': fade(1) },
    },
  ];
}
