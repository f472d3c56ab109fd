/**
 * A story step names every feature it shows. The step's features are its spotlight (its highlights and the areas
 * of its year) or, when it spotlights nothing, every feature of its plan layers; they are named by a label layer of
 * their own, above every other name (MapController keeps it topmost, so MapLibre places these names first), while
 * the layers' own labels leave those features out. Areas and lines are named at the points the data build chose for
 * the step (StoryStep.labels, scripts/lib/stepLabelLayout.ts: clear of each other on a phone, a desktop and a
 * projector, placed in the build's order), else at their layer's label point or, lines, at a point along them as far
 * as may be from the step's other names; points beside their dot wherever there is room around it (eight anchors).
 * Pure: the map owner adds the layers and feeds the points (MapController.setStepLabels).
 */
import type { LayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { along, bbox, distance, length } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { isPlanLevel } from '../data/levels';
import { LABEL_MAX_WIDTH_EM, labelTextPx, type LabelCollection } from '../data/labels';
import type { AtlasLayer, PlanFeature } from '../data/types';
import { FONT_STACK } from '../config/fonts';
import type { Lang } from '../lib/lang';
import { labelColor, labelField } from './styleBuilder';

export const STEP_LABEL_SOURCE = 'step:labels';
/** Points' names first (they have only the room around their dot), then areas' and lines'. Bottom to top. */
export const STEP_LABEL_LAYERS = ['step:label:area', 'step:label:point'] as const;

type Kind = 'area' | 'point' | 'line';

export interface StepLabelProperties {
  id: string;
  name: string;
  nameEn: string;
  short?: string;
  shortEn?: string;
  full?: number;
  fullEn?: number;
  kind: Kind;
  /** The layer's label colour. */
  color: string;
  /** Placement order within the step (lower first): the smaller an area, the fewer places its name has. */
  rank: number;
}

export type StepLabelCollection = FeatureCollection<Point, StepLabelProperties>;

/** The step's plan features: the spotlight's, or (none) every feature of the step's plan layers. */
export function stepFeatures(layers: readonly AtlasLayer[], stepLayers: readonly string[], spotlight: readonly string[]): { layer: AtlasLayer; feature: PlanFeature }[] {
  const wanted = new Set(stepLayers);
  const lit = new Set(spotlight);
  const all = layers.filter((l) => wanted.has(l.info.id) && isPlanLevel(l.info.level)).flatMap((layer) => layer.data.features.map((feature) => ({ layer, feature })));
  const shown = all.filter((f) => lit.has(f.feature.properties.id));
  return shown.length ? shown : all;
}

/** [west, south, east, north] of the step's features, or null when it has none. */
export function stepBounds(features: readonly { feature: PlanFeature }[]): [number, number, number, number] | null {
  if (!features.length) return null;
  return bbox({ type: 'FeatureCollection', features: features.map((f) => f.feature) }) as [number, number, number, number];
}

/** The longest part of a line. */
function longestPart(geometry: LineString | MultiLineString): Feature<LineString> {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const lines = parts.map((coordinates): Feature<LineString> => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } }));
  return lines.reduce((a, b) => (length(b) > length(a) ? b : a));
}

/** Where along a line its name may stand: the middle first, then out towards its ends (never at an end). */
const LINE_LABEL_FRACTIONS = [0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85];

/**
 * The point along the line farthest from the names already placed (the middle when nothing is near): lines that
 * cross at their middles would otherwise put their names on one spot, where MapLibre can place only one.
 */
export function lineLabelPoint(geometry: LineString | MultiLineString, taken: readonly Point[]): Point {
  const line = longestPart(geometry);
  const km = length(line);
  const candidates = LINE_LABEL_FRACTIONS.map((f) => along(line, km * f).geometry);
  if (!taken.length) return candidates[0];
  const clearance = (p: Point) => Math.min(...taken.map((q) => distance(p, q)));
  // The middle while no name stands within a quarter of the line's length of it: names don't wander needlessly.
  let best = candidates[0];
  let bestClear = clearance(best);
  if (bestClear >= km / 4) return best;
  for (const c of candidates.slice(1)) {
    const clear = clearance(c);
    if (clear > bestClear) [best, bestClear] = [c, clear];
  }
  return best;
}

/**
 * One label point per feature of the step; areas at the points the data build chose for the step (`stepPoints`,
 * StoryStep.labels), else at their layer's.
 */
export function stepLabelPoints(features: readonly { layer: AtlasLayer; feature: PlanFeature }[], stepPoints?: LabelCollection): StepLabelCollection {
  const out: Feature<Point, StepLabelProperties>[] = [];
  const lines: { geometry: LineString | MultiLineString; properties: StepLabelProperties }[] = [];
  for (const { layer, feature } of features) {
    const p = feature.properties;
    const g = feature.geometry;
    const base = { id: p.id, name: p.name, nameEn: p.nameEn, color: labelColor(layer.info.style.color), rank: 0 };
    const chosen = stepPoints?.features.find((l) => l.properties.id === p.id);
    if (g.type === 'Point') out.push({ type: 'Feature', geometry: g, properties: { ...base, kind: 'point' } });
    else if (!chosen && (g.type === 'LineString' || g.type === 'MultiLineString')) lines.push({ geometry: g, properties: { ...base, kind: 'line' } });
    else {
      const label = chosen ?? layer.labels?.features.find((l) => l.properties.id === p.id);
      if (!label) continue;
      const { short, shortEn, full, fullEn } = label.properties;
      const kind = g.type === 'LineString' || g.type === 'MultiLineString' ? 'line' : 'area';
      out.push({ type: 'Feature', geometry: label.geometry, properties: { ...base, kind, ...(short ? { short } : {}), ...(shortEn ? { shortEn } : {}), full, fullEn } });
    }
  }
  // Lines last, each where it stands clearest of the names placed so far; the shortest first (fewest places).
  const byLength = lines.map((l) => ({ ...l, km: length(longestPart(l.geometry)) })).sort((a, b) => a.km - b.km);
  for (const { geometry, properties } of byLength) {
    out.push({ type: 'Feature', geometry: lineLabelPoint(geometry, out.map((f) => f.geometry)), properties });
  }
  // Smaller areas first (fewer places for their names): the order of the layer's own ranks, finest layers first.
  const areaRank = (f: (typeof out)[number]) => {
    const entry = features.find((x) => x.feature.properties.id === f.properties.id)!;
    const rank = entry.layer.labels?.features.find((l) => l.properties.id === f.properties.id)?.properties.rank ?? 0;
    return -entry.layer.info.style.order * 100 - rank;
  };
  // The build's order where it chose the step's names (scripts/lib/stepLabelLayout.ts: it placed them in that order,
  // as MapLibre will), before any it did not.
  const built = new Map(stepPoints?.features.map((f) => [f.properties.id, f.properties.rank]) ?? []);
  const order = (f: (typeof out)[number]) => built.get(f.properties.id) ?? 1e6 + areaRank(f);
  out.sort((a, b) => order(a) - order(b)).forEach((f, i) => (f.properties.rank = i));
  return { type: 'FeatureCollection', features: out };
}

/**
 * The step's label layers. Every name may step aside from its point (areas: centre first, then above, below and
 * to either side; points: all around the dot, never on it), and never overlaps another: a name stacked on another
 * reads as neither.
 */
export function stepLabelSpecs(lang: Lang): LayerSpecification[] {
  const common: Omit<SymbolLayerSpecification, 'id' | 'filter' | 'layout'> & { layout: SymbolLayerSpecification['layout'] } = {
    type: 'symbol',
    source: STEP_LABEL_SOURCE,
    layout: {
      'text-field': labelField(lang),
      'text-font': FONT_STACK,
      'text-max-width': LABEL_MAX_WIDTH_EM,
      'text-padding': 1,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': ['get', 'color'], 'text-halo-color': '#ffffff', 'text-halo-width': 1.8 },
  };
  return [
    {
      ...common,
 
      id: STEP_LABEL_LAYERS[0],
      filter: ['!=', ['get', 'kind'], 'point'],
      layout: { ...common.layout, 'text-size': labelTextPx({ level: 'erqi', geometry: 'polygon' }), 'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'], 'text-radial-offset': 0.6 },
    },
    {
      ...common,
      id: STEP_LABEL_LAYERS[1],
      filter: ['==', ['get', 'kind'], 'point'],
      layout: {
        ...common.layout,
        'text-size': labelTextPx({ level: 'erqi', geometry: 'point' }),
        // Beside the dot first: the centres stand in a column along the old town's avenues, where names above and
        // below one another would collide.
        'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'top-right', 'bottom-left', 'bottom-right'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
      },
    },
  ] as LayerSpecification[];
}
