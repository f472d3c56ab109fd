import { computed, signal } from '@preact/signals';
import type { LoadedAtlas } from '../data/loadAtlas';
import type { AtlasLayer } from '../data/types';

export type LoadStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

export const loadStatus = signal<LoadStatus>({ kind: 'loading' });
export const atlas = signal<LoadedAtlas | null>(null);

/** Every layer with its style (from its zone-file header, via the manifest), in manifest order. */
export const styledLayers = computed<AtlasLayer[]>(() => atlas.value?.layers ?? []);

/** Layer ids the user has switched on; seeded from the layer defaults when data arrives. */
export const visibleLayers = signal<Set<string>>(new Set());
export const layerOpacity = signal<Record<string, number>>({});

export function defaultVisibleLayers(layers: readonly AtlasLayer[]): Set<string> {
  return new Set(layers.filter((l) => l.info.style.visibleByDefault).map((l) => l.info.id));
}
