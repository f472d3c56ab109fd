/**
 * The Analyze panel's drawings on the map, above every atlas layer: imported
 * sites (and the shared areas of the one picked), the picked matrix cell, and
 * the measure tool's line or outline. Each is one GeoJSON source with its own
 * layers; the style specs are pure (tested), the class applies them to a map.
 */
import type { ExpressionSpecification, LayerSpecification, Map as MlMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { FONT_STACK } from '../config/fonts';

export type OverlayName = 'variants' | 'sites' | 'siteLabels' | 'siteHits' | 'cell' | 'drawn' | 'drawnLabels' | 'moved' | 'measure';

/** Bottom to top. */
export const OVERLAYS: readonly OverlayName[] = ['variants', 'sites', 'siteLabels', 'siteHits', 'cell', 'drawn', 'drawnLabels', 'moved', 'measure'];

export const overlaySourceId = (name: OverlayName) => `ov:${name}`;

/** The measure tool's vertices: MeasureTool drags them. */
export const MEASURE_POINTS_LAYER = 'ov:measure:points';

/** The user's own sites: near-black on a white casing, a colour no plan layer uses (orange read as 六核协同). */
export const SITE_COLOR = '#111827';
const SITE = SITE_COLOR;
const SHARED = '#7c3aed';
const CELL_A = '#1d4ed8';
const CELL_B = '#be123c';
const MEASURE = '#0f766e';
const VARIANT_A = '#1d4ed8';
const VARIANT_B = '#be123c';
/** The plan outline's stretches a proposal moves: a wide translucent red under the proposal's line. */
const MOVED = '#dc2626';

// The picked site is a feature-state (composed in featureStates.ts): picking one never sends every site to the map again.
const picked: ExpressionSpecification = ['boolean', ['feature-state', 'picked'], false];
const role = (r: string): ExpressionSpecification => ['==', ['get', 'role'], r];
const isPolygon: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
/** Outlines of Polygon and MultiPolygon alike. */
const notPoint: ExpressionSpecification = ['!=', ['geometry-type'], 'Point'];
const isProposal: ExpressionSpecification = ['==', ['get', 'kind'], 'proposal'];
const drawnColour: ExpressionSpecification = ['to-color', ['get', 'colour'], '#111827'];

/** The property that is each overlay feature's id for feature-state (sites: their map-wide `key`). */
export const OVERLAY_PROMOTE_ID: Partial<Record<OverlayName, string>> = { sites: 'key' };

/**
 * Layer specs of every overlay. Sites: `key`, `name`, feature-state `picked`; cell: `role` = a | b | shared;
 * measure: the path or outline plus its vertices.
 */
export function overlayLayerSpecs(): LayerSpecification[] {
  const src = overlaySourceId;
  const variantColor: ExpressionSpecification = ['case', role('a'), VARIANT_A, VARIANT_B];
  return [
    // Two readings of one boundary: solid and dashed outlines in two colours, each labelled with its citation.
    { id: 'ov:variants:a', type: 'line', source: src('variants'), filter: ['all', role('a'), notPoint], paint: { 'line-color': VARIANT_A, 'line-width': 3.5 } },
    { id: 'ov:variants:b', type: 'line', source: src('variants'), filter: ['all', role('b'), notPoint], paint: { 'line-color': VARIANT_B, 'line-width': 3.5, 'line-dasharray': [2, 1] } },
    {
      id: 'ov:variants:label',
      type: 'symbol',
      source: src('variants'),
      filter: ['!', notPoint],
      // The first reading's label above its point, the other's below: the two centres are often close.
      layout: { 'text-field': ['get', 'label'], 'text-font': FONT_STACK, 'text-size': 13, 'text-anchor': ['case', role('a'), 'bottom', 'top'], 'text-allow-overlap': true },
      paint: { 'text-color': variantColor, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    { id: 'ov:sites:fill', type: 'fill', source: src('sites'), paint: { 'fill-color': SITE, 'fill-opacity': ['case', picked, 0.18, 0.08] } },
    { id: 'ov:sites:casing', type: 'line', source: src('sites'), paint: { 'line-color': '#ffffff', 'line-width': ['case', picked, 7, 5.5] } },
    { id: 'ov:sites:line', type: 'line', source: src('sites'), paint: { 'line-color': SITE, 'line-width': ['case', picked, 3.5, 2.5] } },
    {
      id: 'ov:sites:label',
      type: 'symbol',
      // One point per site (labelPointOf), so a site across map tiles is named once.
      source: src('siteLabels'),
      // Site names come from the file: drawn as glyphs by MapLibre, never as HTML.
      // It steps aside (or gives way) where a landmark's name is: landmarks' names are placed first (MapController).
      layout: {
        'text-field': ['get', 'name'],
        'text-font': FONT_STACK,
        'text-size': 13,
        'text-max-width': 10,
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.8,
      },
      paint: { 'text-color': SITE, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    { id: 'ov:siteHits:fill', type: 'fill', source: src('siteHits'), paint: { 'fill-color': SHARED, 'fill-opacity': 0.35 } },
    { id: 'ov:siteHits:line', type: 'line', source: src('siteHits'), paint: { 'line-color': SHARED, 'line-width': 1.5 } },
    { id: 'ov:cell:shared', type: 'fill', source: src('cell'), filter: role('shared'), paint: { 'fill-color': SHARED, 'fill-opacity': 0.45 } },
    { id: 'ov:cell:a', type: 'line', source: src('cell'), filter: role('a'), paint: { 'line-color': CELL_A, 'line-width': 3.5 } },
    { id: 'ov:cell:b', type: 'line', source: src('cell'), filter: role('b'), paint: { 'line-color': CELL_B, 'line-width': 3.5, 'line-dasharray': [2, 1] } },
    // The planner's drawings outside the draw mode (Terra Draw draws them while drawing): each in its own colour
    // (`colour`), proposals' outlines dashed, named; and the plan outline's stretches an open proposal moves.
    { id: 'ov:drawn:fill', type: 'fill', source: src('drawn'), filter: isPolygon, paint: { 'fill-color': drawnColour, 'fill-opacity': ['case', isProposal, 0.06, 0.18] } },
    { id: 'ov:drawn:casing', type: 'line', source: src('drawn'), filter: notPoint, layout: { 'line-join': 'round' }, paint: { 'line-color': '#ffffff', 'line-width': 5 } },
    {
      id: 'ov:drawn:line',
      type: 'line',
      source: src('drawn'),
      filter: ['all', notPoint, ['!', isProposal]],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': drawnColour, 'line-width': 2.5 },
    },
    { id: 'ov:drawn:proposal', type: 'line', source: src('drawn'), filter: ['all', notPoint, isProposal], paint: { 'line-color': drawnColour, 'line-width': 2.5, 'line-dasharray': [3, 1.5] } },
    {
      id: 'ov:drawn:point',
      type: 'circle',
      source: src('drawn'),
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-color': drawnColour, 'circle-radius': 6, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    },
    {
      id: 'ov:drawnLabels:label',
      type: 'symbol',
      source: src('drawnLabels'),
      // The user's own names: drawn as glyphs by MapLibre, never as HTML; a point's name beside it.
      layout: { 'text-field': ['get', 'name'], 'text-font': FONT_STACK, 'text-size': 13, 'text-max-width': 10, 'text-offset': [0, 1.1], 'text-anchor': 'top' },
      paint: { 'text-color': drawnColour, 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
    },
    {
      id: 'ov:moved:line',
      type: 'line',
      source: src('moved'),
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': MOVED, 'line-width': 8, 'line-opacity': ['case', ['get', 'inBand'], 0.45, 0.7] },
    },
    { id: 'ov:measure:fill', type: 'fill', source: src('measure'), filter: isPolygon, paint: { 'fill-color': MEASURE, 'fill-opacity': 0.15 } },
    {
      id: 'ov:measure:line',
      type: 'line',
      source: src('measure'),
      filter: ['!=', ['geometry-type'], 'Point'],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': MEASURE, 'line-width': 3, 'line-dasharray': [2, 1] },
    },
    {
      id: MEASURE_POINTS_LAYER,
      type: 'circle',
      source: src('measure'),
      filter: ['==', ['geometry-type'], 'Point'],
      paint: { 'circle-color': '#ffffff', 'circle-radius': 5, 'circle-stroke-color': MEASURE, 'circle-stroke-width': 2.5 },
    },
  ];
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The overlay sources and layers of one map (MapController.setOverlay uses it). An overlay's source and layers
 * are added the first time it has something to draw, not before: the first map holds none of them (22 empty
 * layers cost every frame a stencil pass per source and the first load their sources' tiling).
 */
export class OverlayLayers {
  private readonly specs = overlayLayerSpecs();

  /** `namesAbove`: style layers kept above the overlays (names placed before an overlay's: the landmarks'). */
  constructor(
    private readonly map: MlMap,
    private readonly namesAbove: readonly string[] = [],
  ) {}

  set(name: OverlayName, data: FeatureCollection | null): void {
    const id = overlaySourceId(name);
    const source = this.map.getSource(id);
    if (!source) {
      // Nothing to draw yet (MapLibre's layer-bound listeners, such as the measure tool's, skip a missing layer).
      if (!data?.features.length) return;
      this.add(name);
    }
    const added = this.map.getSource(id);
    if (added && 'setData' in added) (added as { setData(d: FeatureCollection): void }).setData(data ?? EMPTY);
    this.raise();
  }

  private add(name: OverlayName): void {
    const id = overlaySourceId(name);
    const promoteId = OVERLAY_PROMOTE_ID[name];
    this.map.addSource(id, { type: 'geojson', data: EMPTY, ...(promoteId ? { promoteId } : {}) });
    for (const spec of this.specs) if ('source' in spec && spec.source === id) this.map.addLayer(spec);
  }

  /**
   * Atlas layers may arrive later (setLayers adds on top): keep the overlays on the map above them, in their
   * order. Only when they are not on top already: set() runs on every drag step of the measure tool, and each
   * move makes MapLibre redo the layer order.
   */
  private raise(): void {
    const present = [...this.specs.map((s) => s.id), ...this.namesAbove].filter((id) => this.map.getLayer(id));
    const order = this.map.getLayersOrder();
    const top = order.slice(order.length - present.length);
    if (top.every((id, i) => id === present[i])) return;
    for (const id of present) this.map.moveLayer(id);
  }
}
