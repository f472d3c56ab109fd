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
import type { AtlasLayer, LayerInfo, PlanCollection, PlanProperties } from '../data/types';
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


export const labelField = (lang: Lang): ExpressionSpecification =>
  lang === 'zh' ? ['get', 'name'] : ['coalesce', ['get', 'nameEn'], ['get', 'name']];

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

/** One label point per polygon, inside the shape where possible. */
export function labelPoints(data: PlanCollection): FeatureCollection<Point, Pick<PlanProperties, 'id' | 'name' | 'nameEn'>> {
  return {
    type: 'FeatureCollection',
    features: data.features
      .filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
      .map((f) => ({
        type: 'Feature',
        properties: { id: f.properties.id, name: f.properties.name, nameEn: f.properties.nameEn },
        geometry: labelPointOf(f),
      })),
  };
}

/**
 * Where one label of a shape goes. A polygon's own symbol layer would label each tile's piece of it
 * (twice or more for a shape across tiles); one point per shape labels it once.
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
    sources[labelSourceId(layer.info.id)] = { type: 'geojson', data: labelPoints(layer.data) };
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
    'text-size': isAdmin ? 13 : 12,
    'text-max-width': 8,
    'text-padding': 4,
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
        // Alternative anchors let a label step aside instead of vanishing where zones crowd.
        layout: { ...textLayout, 'symbol-sort-key': isAdmin ? 10 : 1, 'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.4 },
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
