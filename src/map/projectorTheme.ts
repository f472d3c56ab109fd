/**
 * Projector theme for the atlas layers: projectors wash out thin lines, pale
 * fills and small text, so presenter mode draws them heavier and larger, and
 * puts every value back when it ends.
 */
import type { Map as MlMap } from 'maplibre-gl';

type Kind = 'paint' | 'layout';
interface Rule {
  kind: Kind;
  prop: string;
  factor: number;
  max?: number;
  /** Never below this (labels: 24 px reads from the back of a meeting room at 1080p). */
  min?: number;
}

/** The smallest map label on a projector, px. */
export const PROJECTOR_MIN_TEXT_PX = 24;

const RULES: Record<string, Rule[]> = {
  line: [
    { kind: 'paint', prop: 'line-width', factor: 1.8 },
    // A mark's glow widens with its line and stays as soft.
    { kind: 'paint', prop: 'line-blur', factor: 1.8 },
  ],
  fill: [{ kind: 'paint', prop: 'fill-opacity', factor: 1.6, max: 1 }],
  circle: [
    { kind: 'paint', prop: 'circle-radius', factor: 1.4 },
    { kind: 'paint', prop: 'circle-stroke-width', factor: 1.5 },
  ],
  symbol: [
    { kind: 'paint', prop: 'text-halo-width', factor: 1.5 },
    { kind: 'layout', prop: 'text-size', factor: 1.4, min: PROJECTOR_MIN_TEXT_PX },
  ],
};

/** Style layers sized in metres (edgeLayers.ts), left as they are. */
const METRE_TRUE = [':band', ':halo'];

const isZoom = (v: unknown) => Array.isArray(v) && v.length === 1 && v[0] === 'zoom';

/**
 * Where a zoom curve keeps its outputs: `["interpolate", type, ["zoom"], z, out, z, out…]` from index 4,
 * `["step", ["zoom"], out, z, out…]` from index 2, every other item; undefined for any other value.
 * MapLibre allows `["zoom"]` only as the input of a top-level curve, so such a value is scaled output by
 * output, never wrapped.
 */
function zoomCurveOutputs(value: unknown[]): number | undefined {
  if (value[0] === 'interpolate' && isZoom(value[2])) return 4;
  if (value[0] === 'step' && isZoom(value[1])) return 2;
  return undefined;
}

/** The projector value of one style value: numbers scaled, zoom curves scaled at each stop, other expressions wrapped; undefined = leave it. */
export function scaledValue(value: unknown, factor: number, max?: number, min?: number): unknown {
  if (typeof value === 'number') return Math.round(Math.max(min ?? -Infinity, Math.min(max ?? Infinity, value * factor)) * 1000) / 1000;
  if (Array.isArray(value)) {
    const first = zoomCurveOutputs(value);
    if (first !== undefined) return value.map((v, i) => (i >= first && (i - first) % 2 === 0 ? scaledValue(v, factor, max, min) : v));
    const scaled: unknown[] = ['*', factor, value];
    const capped = max === undefined ? scaled : ['min', max, scaled];
    return min === undefined ? capped : ['max', min, capped];
  }
  return undefined;
}

/** The changes for one style layer: [kind, property, projector value]. */
export function projectorChanges(type: string, get: (kind: Kind, prop: string) => unknown, textMinPx: number | null = PROJECTOR_MIN_TEXT_PX): [Kind, string, unknown][] {
  const out: [Kind, string, unknown][] = [];
  for (const rule of RULES[type] ?? []) {
    const current = get(rule.kind, rule.prop);
    const next = scaledValue(current, rule.factor, rule.max, rule.min === undefined || textMinPx === null ? undefined : textMinPx);
    if (next !== undefined) out.push([rule.kind, rule.prop, next]);
  }
  return out;
}

/**
 * The smallest name for a map this wide: a projector's 24 px; a phone held in the hand (under 760 px) keeps only
 * the theme's enlargement, since 24 px names on a 360 px screen leave a step's names no room.
 */
export const projectorTextMinPx = (mapWidthPx: number): number | null => (mapWidthPx < 760 ? null : PROJECTOR_MIN_TEXT_PX);

/**
 * Applies the theme to every style layer of the given atlas layers (or, with `only`, to those of these style layers);
 * returns the function that undoes it.
 */
export function applyProjectorTheme(map: MlMap, atlasLayerIds: ReadonlySet<string>, only?: ReadonlySet<string>): () => void {
  const textMin = projectorTextMinPx(map.getContainer().clientWidth);
  const undo: (() => void)[] = [];
  const set = (id: string, kind: Kind, prop: string, value: unknown) =>
    kind === 'paint' ? map.setPaintProperty(id, prop as never, value as never) : map.setLayoutProperty(id, prop as never, value as never);
  for (const layer of map.getStyle().layers) {
    if (only && !only.has(layer.id)) continue;
    // Atlas layers, and what a room reads beside them: the orientation names (orient:…) and the overlays (ov:…,
    // e.g. the two readings of a board and their citations, drawn whenever a link or the contradictions ask).
    // A story step's names (step:…) too.
    if (!atlasLayerIds.has(layer.id.split(':')[0]) && !['orient:', 'ov:', 'step:'].some((prefix) => layer.id.startsWith(prefix))) continue;
    // Uncertainty bands and halos are metres on the ground: a projector must not widen them.
    if (METRE_TRUE.some((suffix) => layer.id.endsWith(suffix))) continue;
    const get = (kind: Kind, prop: string) => (kind === 'paint' ? map.getPaintProperty(layer.id, prop as never) : map.getLayoutProperty(layer.id, prop as never));
    for (const [kind, prop, value] of projectorChanges(layer.type, get, textMin)) {
      const before = get(kind, prop);
      set(layer.id, kind, prop, value);
      undo.push(() => map.getLayer(layer.id) && set(layer.id, kind, prop, before));
    }
  }
  return () => undo.forEach((u) => u());
}
