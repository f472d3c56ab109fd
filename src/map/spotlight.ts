/**
 * The presenter's spotlight: the features in it are drawn as selected and
 * every other plan feature is dimmed, through the `selected` and `dimmed`
 * feature-states that styleBuilder's paint expressions already read.
 */
import type { Map as MlMap } from 'maplibre-gl';
import { sourceId } from './styleBuilder';

export interface SpotlightLayer {
  id: string;
  featureIds: string[];
  /** Context layers (districts) stay as they are. */
  dimmable: boolean;
}

export interface FeatureStateChange {
  source: string;
  id: string;
  state: { dimmed: boolean; selected?: boolean };
}

/**
 * Feature-states for a spotlight on `ids`: lit features selected, others in
 * dimmable layers dimmed (nothing dimmed for an empty spotlight); features lit
 * before and not now lose `selected`.
 */
export function spotlightStates(layers: SpotlightLayer[], ids: ReadonlySet<string>, litBefore: ReadonlySet<string> = new Set()): FeatureStateChange[] {
  const out: FeatureStateChange[] = [];
  for (const layer of layers) {
    const source = sourceId(layer.id);
    for (const id of layer.featureIds) {
      const lit = ids.has(id);
      const state: FeatureStateChange['state'] = { dimmed: layer.dimmable && ids.size > 0 && !lit };
      if (lit) state.selected = true;
      else if (litBefore.has(id)) state.selected = false;
      out.push({ source, id, state });
    }
  }
  return out;
}

/** Applies spotlights to one map, remembering what it lit so the next call (or clear) can undo it. */
export class Spotlight {
  private lit = new Set<string>();

  constructor(private readonly map: MlMap) {}

  set(layers: SpotlightLayer[], ids: string[]): void {
    const next = new Set(ids);
    for (const { source, id, state } of spotlightStates(layers, next, this.lit)) {
      if (this.map.getSource(source)) this.map.setFeatureState({ source, id }, state);
    }
    this.lit = next;
  }

  clear(layers: SpotlightLayer[]): void {
    this.set(layers, []);
  }
}
