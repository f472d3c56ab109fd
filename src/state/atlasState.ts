import { computed, signal } from '@preact/signals';
import type { LoadedAtlas } from '../data/loadAtlas';
import { layerStyle, type StyledLayer } from '../data/layerStyles';

export type LoadStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

export const loadStatus = signal<LoadStatus>({ kind: 'loading' });
export const atlas = signal<LoadedAtlas | null>(null);

/** Every layer with its resolved style, in manifest order. */
export const styledLayers = computed<StyledLayer[]>(() => {
  const loaded = atlas.value;
  if (!loaded) return [];
  const seenPerLevel = new Map<string, number>();
  return loaded.layers.map(({ info, data }) => {
    const index = seenPerLevel.get(info.level) ?? 0;
    seenPerLevel.set(info.level, index + 1);
    return { info, data, style: layerStyle(info.id, info.level, info.geometry, index) };
  });
});

/** Layer ids the user has switched on; seeded from the layer defaults when data arrives. */
export const visibleLayers = signal<Set<string>>(new Set());
export const layerOpacity = signal<Record<string, number>>({});

export function defaultVisibleLayers(layers: StyledLayer[]): Set<string> {
  return new Set(layers.filter((l) => l.style.visibleByDefault).map((l) => l.info.id));
}
