/**
 * What the map shows of each feature, as a function of the app's state: one pure composition of every
 * feature-state the style reads (atlas features: `selected`, `dimmed`; imported sites: `picked`), and the
 * changes that take the map from what it shows to what it should show. The map owner (MapController) is the
 * only writer of feature-state and writes nothing else; the paint expressions that read these states live in
 * styleBuilder.ts, edgeLayers.ts and overlayLayers.ts.
 */
import { isPlanLevel } from '../data/levels';
import type { AtlasLayer } from '../data/types';
import { overlaySourceId } from './overlayLayers';
import { sourceId } from './styleBuilder';

export interface StateLayer {
  id: string;
  featureIds: readonly string[];
  /** Plan layers dim outside a spotlight; context layers (districts) never do. */
  dimmable: boolean;
}

/** The atlas layers' features, as the composition needs them. */
export function stateLayersOf(layers: readonly AtlasLayer[]): StateLayer[] {
  return layers.map((l) => ({ id: l.info.id, featureIds: l.data.features.map((f) => f.properties.id), dimmable: isPlanLevel(l.info.level) }));
}

/** Everything the feature-states depend on: plain values read from the signals. */
export interface FeatureStateInput {
  layers: readonly StateLayer[];
  /** The feature whose record is open. */
  selectedId: string | null;
  /** Areas with timeline items in the chosen year, while the timeline is open. */
  timelineLit: readonly string[];
  /** A story is being presented: its spotlight replaces the timeline's. */
  presenting: boolean;
  /** The presenter's spotlight (the step's own, or the one a click made). */
  presenterSpotlight: readonly string[];
  /** The imported site picked in the Analyze panel (its map-wide key), drawn stronger. */
  pickedSite: string | null;
  /** The planned project whose record is open (the 项目 layer is one of `layers` once drawn). */
  selectedProjectId?: string | null;
  /** Projects the lit year (the timeline's, or the story step's while presenting) schedules: lit with its areas. */
  litProjects?: readonly string[];
}

export type StateValues = Readonly<Record<string, boolean>>;

export interface FeatureState {
  source: string;
  id: string;
  state: StateValues;
}

/** Feature-states by `source` + `id`; features at rest (every state false) are left out. */
export type FeatureStates = ReadonlyMap<string, FeatureState>;

/** The key of a feature in FeatureStates. */
export const featureKey = (source: string, id: string) => `${source}\u0000${id}`;

/**
 * Every feature's state. The spotlight (the presenter's while presenting, else the timeline year's, with the
 * projects that year schedules), when it holds anything, decides what is drawn selected: its features are, and
 * every other feature of a plan layer (and every other project) is dimmed. With no spotlight the feature or
 * project whose record is open is drawn selected. The selection is never lost to a spotlight: it is
 * only not drawn while one is on (drawn selected, a record outside the year's areas would read as one of them), and
 * comes back with it off.
 */
export function composeFeatureStates(input: FeatureStateInput): FeatureStates {
  const lit = new Set([...(input.presenting ? input.presenterSpotlight : input.timelineLit), ...(input.litProjects ?? [])]);
  const out = new Map<string, FeatureState>();
  for (const layer of input.layers) {
    const source = sourceId(layer.id);
    for (const id of layer.featureIds) {
      const selected = lit.size > 0 ? lit.has(id) : id === input.selectedId || id === input.selectedProjectId;
      const dimmed = layer.dimmable && lit.size > 0 && !lit.has(id);
      if (selected || dimmed) out.set(featureKey(source, id), { source, id, state: { selected, dimmed } });
    }
  }
  if (input.pickedSite !== null) {
    const source = overlaySourceId('sites');
    out.set(featureKey(source, input.pickedSite), { source, id: input.pickedSite, state: { picked: true } });
  }
  return out;
}

/**
 * What to write to take the map from `shown` to `next`: each feature whose state differs, with its whole new
 * state (a feature going back to rest gets each of its states as false, so the map holds an explicit value).
 */
export function featureStateChanges(shown: FeatureStates, next: FeatureStates): FeatureState[] {
  const changes: FeatureState[] = [];
  for (const [k, now] of next) {
    const before = shown.get(k)?.state;
    if (!before || Object.keys(now.state).some((s) => now.state[s] !== before[s])) changes.push(now);
  }
  for (const [k, before] of shown) {
    if (next.has(k)) continue;
    changes.push({ source: before.source, id: before.id, state: Object.fromEntries(Object.keys(before.state).map((s) => [s, false])) });
  }
  return changes;
}
