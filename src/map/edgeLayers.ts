/**
 * How precise each edge is, drawn (the classes come from geodata/edges, see
 * scripts/lib/recipe/edgeClasses.ts): located edges solid, estimated edges dashed,
 * location marks as a soft halo with no hard line, and from zoom 14 a pale
 * band along every located or estimated edge reaching as far either side as
 * the edge's precision: where the true edge may lie.
 *
 * The band is a line whose width follows the zoom, not a polygon buffered at
 * build time: Web Mercator halves the metres per pixel at each zoom, so with
 * one stop per zoom level (exponential, base 2) metres turn into pixels
 * exactly, and Zhengzhou spans under a degree of latitude (the scale changes
 * by under 1 % across it). Buffers would ship a second, far larger copy of
 * every edge for the same picture. A wide translucent line darkens wherever
 * its own pieces overlap (every bend of a wiggly district border), so the
 * band is opaque, a pale tint of the layer's colour on the map's paper, and
 * lies on the districts' fill, under their outlines, the roads, the metro and
 * every plan area (MapController): a highlighter stroke on the paper.
 *
 * Over the online basemap there is no paper to tint: the band becomes a
 * translucent wash of the layer's colour instead, so the streets under it stay
 * readable (where its pieces overlap it darkens a little: the price of seeing
 * the streets).
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { EdgeClass } from '../data/types';
import { metresPerPixel } from '../export/scaleBar';
import { mixHex } from '../lib/contrast';

/** The latitude metres are turned into pixels at: the middle of the atlas (二七广场). */
export const EDGE_REFERENCE_LAT = 34.75;

/** From this zoom the bands show (fading in over the half level before it). */
export const BAND_MIN_ZOOM = 14;

/** Style layers of one atlas layer's edges, bottom to top, by the suffix of their ids. */
export const EDGE_LAYER_SUFFIXES = ['band', 'mark', 'located', 'estimated'] as const;
export type EdgeLayerSuffix = (typeof EDGE_LAYER_SUFFIXES)[number];

/** The band's opacity over the online basemap (and when dimmed): light enough to read the streets through. */
export const BAND_OVER_BASEMAP_OPACITY = 0.22;
export const BAND_OVER_BASEMAP_DIMMED = 0.07;

/** The dash of estimated edges, in line widths: long enough to read as a dash on a phone. */
export const ESTIMATED_DASH = [2.5, 2];

/**
 * A width or radius of `metres` (an expression or a number) in pixels at every
 * zoom from `fromZoom` to 22, never under `minPx`.
 */
export function metresToPixels(metres: ExpressionSpecification | number, fromZoom: number, minPx = 0): ExpressionSpecification {
  const stops: (number | ExpressionSpecification)[] = [];
  for (let z = Math.floor(fromZoom); z <= 22; z++) {
    const perMetre = 1 / metresPerPixel(EDGE_REFERENCE_LAT, z);
    const px: ExpressionSpecification = ['*', metres as never, perMetre];
    stops.push(z, minPx > 0 ? ['max', minPx, px] : px);
  }
  return ['interpolate', ['exponential', 2], ['zoom'], ...stops] as ExpressionSpecification;
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];
const ofClass = (...classes: EdgeClass[]): ExpressionSpecification => ['match', ['get', 'edge'], classes, true, false];

export interface EdgeStyle {
  /** The atlas layer's id, colour, and whether its features are areas or lines. */
  id: string;
  source: string;
  color: string;
  geometry: 'polygon' | 'line';
  opacity: number;
  visibility: 'visible' | 'none';
  /** What the opaque band is tinted on: the districts' fill. */
  paper: string;
  /** The online basemap is on: the band is a translucent wash, not a tint of the paper. */
  overBasemap?: boolean;
}

/** The band's colour and opacity: an opaque tint of the paper, or a translucent wash over the basemap. */
function bandPaint(s: EdgeStyle): Record<string, unknown> {
  const fadeIn = (to: number | ExpressionSpecification): ExpressionSpecification => ['interpolate', ['linear'], ['zoom'], BAND_MIN_ZOOM - 0.5, 0, BAND_MIN_ZOOM, to];
  if (s.overBasemap) {
    return {
      'line-color': s.color,
      'line-opacity': fadeIn(['case', dimmed, BAND_OVER_BASEMAP_DIMMED * s.opacity, BAND_OVER_BASEMAP_OPACITY * s.opacity]),
    };
  }
  return {
    'line-color': ['case', dimmed, mixHex(s.color, s.paper, 0.06 * s.opacity), mixHex(s.color, s.paper, 0.22 * s.opacity)],
    'line-opacity': fadeIn(1),
  };
}

/** The edge layers of one atlas layer (ids `<layer>:band`, `:mark`, `:located`, `:estimated`). */
export function edgeLayerSpecs(s: EdgeStyle): LayerSpecification[] {
  const { id, source, color, opacity, visibility } = s;
  // Lines are the feature itself and read heavier than an area's outline.
  const width = s.geometry === 'line' ? 3 : 1.8;
  const selectedWidth = s.geometry === 'line' ? 5 : 3.5;
  const strokeOpacity: ExpressionSpecification = ['case', dimmed, 0.25 * opacity, opacity];
  const stroke = (edge: 'located' | 'estimated'): LayerSpecification => ({
    id: `${id}:${edge}`,
    type: 'line',
    source,
    filter: ofClass(edge),
    layout: { visibility, 'line-join': 'round', 'line-cap': edge === 'located' ? 'round' : 'butt' },
    paint: {
      'line-color': color,
      'line-width': ['case', selected, selectedWidth, width],
      'line-opacity': strokeOpacity,
      ...(edge === 'estimated' ? { 'line-dasharray': ESTIMATED_DASH } : {}),
    },
  });
  return [
    {
      id: `${id}:band`,
      type: 'line',
      source,
      filter: ofClass('located', 'estimated'),
      minzoom: BAND_MIN_ZOOM - 0.5,
      layout: { visibility, 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        ...bandPaint(s),
        // ± precision: the band is twice the precision wide.
        'line-width': metresToPixels(['*', 2, ['get', 'precisionM']], BAND_MIN_ZOOM - 1),
      },
    },
    {
      // No hard line: a wide, blurred glow along the outline says "about here".
      id: `${id}:mark`,
      type: 'line',
      source,
      filter: ofClass('mark'),
      layout: { visibility, 'line-join': 'round' },
      paint: {
        'line-color': color,
        'line-width': ['case', selected, 16, 12],
        'line-blur': ['case', selected, 12, 10],
        'line-opacity': ['case', dimmed, 0.15 * opacity, 0.55 * opacity],
      },
    },
    stroke('located'),
    stroke('estimated'),
  ];
}

/**
 * A point mark's halo: a soft disc under the dot, as wide as the place's
 * precision once that is more than a few pixels.
 */
export function pointHaloSpec(s: Omit<EdgeStyle, 'geometry' | 'paper'>): LayerSpecification {
  return {
    id: `${s.id}:halo`,
    type: 'circle',
    source: s.source,
    layout: { visibility: s.visibility },
    paint: {
      'circle-color': s.color,
      'circle-radius': metresToPixels(['get', 'precisionM'], 10, 12),
      'circle-blur': 0.7,
      'circle-opacity': ['case', dimmed, 0.08 * s.opacity, 0.3 * s.opacity],
    },
  };
}
