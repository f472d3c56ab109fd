/**
 * Pure builders from atlas layers to MapLibre style objects. No map instance
 * here, so the style can be unit-tested and reused for export.
 */
import type {
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
  ExpressionSpecification,
} from 'maplibre-gl';
import { booleanPointInPolygon, centerOfMass, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { isPlanLevel } from '../data/levels';
import type { AtlasLayer, LayerInfo } from '../data/types';
import { FULL_NAME_ZOOM, LABEL_MAX_WIDTH_EM, labelTextPx } from '../data/labels';
import { FONT_STACK } from '../config/fonts';
import type { Lang } from '../lib/lang';
import { readableOn } from '../lib/contrast';
import { EDGE_LAYER_SUFFIXES, edgeLayerSpecs, pointHaloSpec } from './edgeLayers';


/** The two districts this atlas is about, drawn with a stronger outline. */
export const FOCUS_DISTRICTS = ['erqi', 'zhongyuan'];

export const BACKGROUND = '#f4f1ea';

/** The fill of the two focus districts, and of the others. */
export const FOCUS_FILL = '#fffdf7';
const OTHER_FILL = '#ece8df';

/** Over the online basemap the districts' paper turns to a light veil, so the streets under the plan show. */
export const DISTRICT_FILL_OVER_BASEMAP = 0.3;

/** What a label may sit on: its white halo, the map paper, the two district fills. */
export const LABEL_BACKGROUNDS = ['#ffffff', BACKGROUND, FOCUS_FILL, OTHER_FILL] as const;

/** A layer's label colour: its own hue, darkened where needed to read at 4.5:1 on every label background. */
export const labelColor = (color: string): string => readableOn(color, LABEL_BACKGROUNDS);


const fullName = (lang: Lang): ExpressionSpecification => (lang === 'zh' ? ['get', 'name'] : ['coalesce', ['get', 'nameEn'], ['get', 'name']]);

/**
 * What a label says: an area's short name (geodata/labels.json) below the zoom where its full name fits inside
 * it (`full` / `fullEn`, chosen by the data build), the full name from there and from street zoom on. Features
 * without a short name (points, lines, the orientation layer) always show their full name.
 */
export function labelField(lang: Lang): ExpressionSpecification {
  const full = fullName(lang);
  const short: ExpressionSpecification = ['coalesce', ['get', lang === 'zh' ? 'short' : 'shortEn'], full];
  const fitsFrom: ExpressionSpecification = ['coalesce', ['get', lang === 'zh' ? 'full' : 'fullEn'], 0];
  const at = (zoom: number): ExpressionSpecification => ['case', ['<=', fitsFrom, zoom], full, short];
  const stops: (number | ExpressionSpecification)[] = [];
  for (let z = 1; z < FULL_NAME_ZOOM; z++) stops.push(z, at(z));
  return ['step', ['zoom'], at(0), ...stops, FULL_NAME_ZOOM, full] as ExpressionSpecification;
}

export const sourceId = (layerId: string) => `src:${layerId}`;
export const labelSourceId = (layerId: string) => `lbl:${layerId}`;

/** Ids of every MapLibre layer that draws one atlas layer (for visibility and opacity). */
export function styleLayerIds(info: Pick<LayerInfo, 'id' | 'geometry' | 'edges'>): string[] {
  const id = info.id;
  // With edge classes, the outline is drawn by class (edgeLayers.ts); without (the districts), as one line.
  const outline = info.edges ? EDGE_LAYER_SUFFIXES.map((s) => `${id}:${s}`) : [`${id}:line`];
  if (info.geometry === 'polygon') return [`${id}:fill`, ...outline, `${id}:label`];
  if (info.geometry === 'line') return [...outline, `${id}:label`];
  return [`${id}:halo`, `${id}:circle`, `${id}:label`];
}

/**
 * The order in which layers' names are placed (lower first, so it wins where names collide): the districts'
 * plan areas, then the city's areas, then points, then lines, the administrative districts last. Among areas
 * the finer layers (drawn higher: boards before the zones that hold them) go first: a small area's name has
 * few places to go, a zone's has room around its boards' (scripts/lib/labelPoints.ts keeps it clear of
 * them). MapLibre places the names of the topmost style layer first, so the map stacks the label layers by
 * this (MapController.raiseLabels).
 */
export function labelPriority(info: Pick<LayerInfo, 'level' | 'geometry' | 'style'>): number {
  const tier = !isPlanLevel(info.level) ? 4 : info.geometry === 'line' ? 3 : info.geometry === 'point' ? 2 : info.level === 'city' ? 1 : 0;
  return tier * 1000 - info.style.order;
}

/**
 * Where an imported site (the user's own file) is named: inside the shape where possible. Plan areas are
 * named at the points the data build chose (AtlasLayer.labels); only a user's data is placed here.
 */
export function labelPointOf(f: Feature): Point {
  if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') return pointOnFeature(f).geometry;
  // The centre of mass reads best; for a bent shape it can fall outside, then any inner point.
  const centre = centerOfMass(f);
  return (booleanPointInPolygon(centre, f as never) ? centre : pointOnFeature(f)).geometry;
}

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'zhengzhou-plan-atlas-offline',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND } }],
  };
}

/**
 * What a layer's source holds: its features and, in the same source, its edges (each carrying its feature's id,
 * so selecting or dimming a feature restyles its edges too); point marks get their precision at the top level.
 */
function sourceData(layer: AtlasLayer): FeatureCollection {
  const { data, edges, info } = layer;
  if (info.geometry === 'point') {
    return { ...data, features: data.features.map((f) => ({ ...f, properties: { ...f.properties, precisionM: f.properties.drawing.precisionM } })) };
  }
  return edges ? { type: 'FeatureCollection', features: [...data.features, ...edges.features] } : data;
}

export function layerSources(layer: AtlasLayer): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {
    [sourceId(layer.info.id)]: { type: 'geojson', data: sourceData(layer), promoteId: 'id' },
  };
  if (layer.info.geometry === 'polygon') {
    sources[labelSourceId(layer.info.id)] = { type: 'geojson', data: layer.labels ?? { type: 'FeatureCollection', features: [] } };
  }
  return sources;
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];
/** The layer's own features, not the edge stretches that share their source. */
const notEdge: ExpressionSpecification = ['!', ['has', 'edge']];

/**
 * `opacity` fades a layer's shapes; its names stay fully readable. `overBasemap`: the online basemap is on, so the
 * districts' paper is a veil and the uncertainty bands a translucent wash (edgeLayers.ts).
 */
export function layerSpecs(layer: AtlasLayer, lang: Lang, opacity = 1, visible = true, overBasemap = false): LayerSpecification[] {
  const { info } = layer;
  const { style } = info;
  const id = info.id;
  const src = sourceId(id);
  const visibility = visible ? 'visible' : 'none';
  const isAdmin = !isPlanLevel(info.level);
  const textLayout = {
    visibility,
    'text-field': labelField(lang),
    'text-font': FONT_STACK,
    'text-size': labelTextPx(info),
    'text-max-width': LABEL_MAX_WIDTH_EM,
    'text-padding': 2,
  } as const;
  const textPaint = {
    'text-color': labelColor(isAdmin ? '#4b5563' : style.color),
    'text-halo-color': '#ffffff',
    'text-halo-width': 1.6,
  };
  const edgeStyle = { id, source: src, color: style.color, opacity, visibility, paper: FOCUS_FILL, overBasemap } as const;
  if (info.geometry === 'polygon') {
    const focus: ExpressionSpecification = ['in', ['get', 'id'], ['literal', FOCUS_DISTRICTS]];
    const outline: LayerSpecification[] = layer.edges
      ? edgeLayerSpecs({ ...edgeStyle, geometry: 'polygon' })
      : [
          {
            id: `${id}:line`,
            type: 'line',
            source: src,
            layout: { visibility, 'line-join': 'round' },
            paint: {
              'line-color': style.color,
              'line-width': isAdmin ? ['case', focus, 2.2, 0.8] : ['case', selected, 3.5, 1.6],
              'line-opacity': ['case', dimmed, 0.25 * opacity, opacity],
            },
          },
        ];
    return [
      {
        id: `${id}:fill`,
        type: 'fill',
        source: src,
        // A fill layer would fill the edge lines of the same source as if they were rings.
        filter: notEdge,
        layout: { visibility },
        paint: {
          'fill-color': isAdmin ? ['case', focus, FOCUS_FILL, OTHER_FILL] : style.color,
          'fill-opacity': isAdmin
            ? (overBasemap ? DISTRICT_FILL_OVER_BASEMAP : 1) * opacity
            : ['case', selected, Math.min(1, style.fillOpacity * 2.2) * opacity, dimmed, style.fillOpacity * 0.25 * opacity, style.fillOpacity * opacity],
        },
      },
      ...outline,
      {
        id: `${id}:label`,
        type: 'symbol',
        source: labelSourceId(id),
        // Alternative anchors let a label step aside instead of vanishing where zones crowd; larger areas are
        // placed first. The districts' names are spaced out and kept clear, so "二七区" never reads as one
        // name with a plan area's beside it ("二七新区").
        layout: {
          ...textLayout,
          'symbol-sort-key': ['get', 'rank'],
          'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
          'text-radial-offset': 0.4,
          ...(isAdmin ? { 'text-letter-spacing': 0.3, 'text-padding': 12 } : {}),
        },
        paint: textPaint,
      },
    ];
  }
  if (info.geometry === 'line') {
    const lines: LayerSpecification[] = layer.edges
      ? edgeLayerSpecs({ ...edgeStyle, geometry: 'line' })
      : [
          {
            id: `${id}:line`,
            type: 'line',
            source: src,
            layout: { visibility, 'line-cap': 'round', 'line-join': 'round' },
            paint: { 'line-color': style.color, 'line-width': ['case', selected, 5, 3], 'line-opacity': ['case', dimmed, 0.25 * opacity, 0.85 * opacity] },
          },
        ];
    return [
      ...lines,
      {
        id: `${id}:label`,
        type: 'symbol',
        source: src,
        // One name per line feature, not one per edge stretch.
        filter: notEdge,
        layout: { ...textLayout, 'symbol-placement': 'line', 'text-size': 11 },
        paint: textPaint,
      },
    ];
  }
  return [
    pointHaloSpec(edgeStyle),
    {
      id: `${id}:circle`,
      type: 'circle',
      source: src,
      layout: { visibility },
      paint: {
        'circle-color': style.color,
        'circle-radius': ['case', selected, 9, 6],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 2,
        'circle-opacity': ['case', dimmed, 0.3 * opacity, opacity],
        'circle-stroke-opacity': opacity,
      },
    },
    {
      id: `${id}:label`,
      type: 'symbol',
      source: src,
      layout: { ...textLayout, 'text-size': 11, 'text-offset': [0, 1.1], 'text-anchor': 'top', 'text-optional': true },
      paint: textPaint,
    },
  ];
}
