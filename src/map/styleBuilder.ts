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
import type { AtlasLayer, LayerInfo, PlanCollection, PlanProperties } from '../data/types';
import { FONT_STACK } from '../config/fonts';
import type { Lang } from '../lib/lang';
import { readableOn } from '../lib/contrast';


/** The two districts this atlas is about, drawn with a stronger outline. */
export const FOCUS_DISTRICTS = ['erqi', 'zhongyuan'];

export const BACKGROUND = '#f4f1ea';

/** What a label may sit on: its white halo, the map paper, the two district fills. */
export const LABEL_BACKGROUNDS = ['#ffffff', BACKGROUND, '#fffdf7', '#ece8df'] as const;

/** A layer's label colour: its own hue, darkened where needed to read at 4.5:1 on every label background. */
export const labelColor = (color: string): string => readableOn(color, LABEL_BACKGROUNDS);


export const labelField = (lang: Lang): ExpressionSpecification =>
  lang === 'zh' ? ['get', 'name'] : ['coalesce', ['get', 'nameEn'], ['get', 'name']];

export const sourceId = (layerId: string) => `src:${layerId}`;
export const labelSourceId = (layerId: string) => `lbl:${layerId}`;

/** Ids of every MapLibre layer that draws one atlas layer (for visibility and opacity). */
export function styleLayerIds(info: Pick<LayerInfo, 'id' | 'geometry'>): string[] {
  const id = info.id;
  if (info.geometry === 'polygon') return [`${id}:fill`, `${id}:line`, `${id}:label`];
  if (info.geometry === 'line') return [`${id}:line`, `${id}:label`];
  return [`${id}:circle`, `${id}:label`];
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

export function layerSources(layer: AtlasLayer): Record<string, SourceSpecification> {
  const sources: Record<string, SourceSpecification> = {
    [sourceId(layer.info.id)]: { type: 'geojson', data: layer.data, promoteId: 'id' },
  };
  if (layer.info.geometry === 'polygon') {
    sources[labelSourceId(layer.info.id)] = { type: 'geojson', data: labelPoints(layer.data) };
  }
  return sources;
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dimmed'], false];

/** `opacity` fades a layer's shapes; its names stay fully readable. */
export function layerSpecs(layer: AtlasLayer, lang: Lang, opacity = 1, visible = true): LayerSpecification[] {
  const { info } = layer;
  const { style } = info;
  const id = info.id;
  const src = sourceId(id);
  const visibility = visible ? 'visible' : 'none';
  const isAdmin = info.level === 'admin';
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
  if (info.geometry === 'polygon') {
    const focus: ExpressionSpecification = ['in', ['get', 'id'], ['literal', FOCUS_DISTRICTS]];
    return [
      {
        id: `${id}:fill`,
        type: 'fill',
        source: src,
        layout: { visibility },
        paint: {
          'fill-color': isAdmin ? ['case', focus, '#fffdf7', '#ece8df'] : style.color,
          'fill-opacity': isAdmin
            ? opacity
            : ['case', selected, Math.min(1, style.fillOpacity * 2.2) * opacity, dimmed, style.fillOpacity * 0.25 * opacity, style.fillOpacity * opacity],
        },
      },
      {
        id: `${id}:line`,
        type: 'line',
        source: src,
        layout: { visibility, 'line-join': 'round' },
        paint: {
          'line-color': style.color,
          'line-width': isAdmin ? ['case', focus, 2.2, 0.8] : ['case', selected, 3.5, 1.6],
          'line-opacity': ['case', dimmed, 0.25 * opacity, opacity],
          ...(isAdmin ? {} : { 'line-dasharray': [3, 1.5] }),
        },
      },
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
    return [
      {
        id: `${id}:line`,
        type: 'line',
        source: src,
        layout: { visibility, 'line-cap': 'round', 'line-join': 'round' },
        paint: { 'line-color': style.color, 'line-width': ['case', selected, 5, 3], 'line-opacity': ['case', dimmed, 0.25 * opacity, 0.85 * opacity] },
      },
      {
        id: `${id}:label`,
        type: 'symbol',
        source: src,
        layout: { ...textLayout, 'symbol-placement': 'line', 'text-size': 11 },
        paint: textPaint,
      },
    ];
  }
  return [
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
