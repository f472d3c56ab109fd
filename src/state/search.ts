import { computed, signal } from '@preact/signals';
import { buildSearchEntries, createSearchIndex, type PlaceLike, type SearchIndex } from '../data/search';
import { atlas } from './atlasState';

/** Named places of the gazetteer (junctions, landmarks), loaded with the atlas. */
export const places = signal<PlaceLike[]>([]);

export const searchIndex = computed<SearchIndex | null>(() => {
  const loaded = atlas.value;
  if (!loaded) return null;
  return createSearchIndex(buildSearchEntries(loaded.layers.map((l) => l.data), loaded.manifest.text, places.value));
});
