import { signal } from '@preact/signals';
import type { PlaceLike, SearchIndex, SearchResult } from '../data/search';
import { atlas } from './atlasState';

/** Named places of the gazetteer (junctions, landmarks), loaded with the atlas. */
export const places = signal<PlaceLike[]>([]);

/** The search box has a query, so its result list is open (a phone's sheet then gives it the whole height). */
export const searchOpen = signal(false);

/** Ready once the user first reaches for search; null until then. */
export const searcher = signal<{ index: SearchIndex; search: (q: string, limit: number) => SearchResult[] } | null>(null);

let loading: Promise<void> | null = null;

/**
 * Builds the search index on first use. The module (with its pinyin dictionary)
 * is loaded lazily, so it costs nothing for users who never search.
 */
export function ensureSearch(): Promise<void> {
  const loaded = atlas.peek();
  if (!loaded) return Promise.resolve();
  loading ??= import('../data/search').then(({ buildSearchEntries, createSearchIndex, search }) => {
    const index = createSearchIndex(buildSearchEntries(loaded.layers.map((l) => l.data), loaded.manifest.text, places.peek()));
    searcher.value = { index, search: (q, limit) => search(index, q, limit) };
  });
  return loading;
}

/** Places arrive after the atlas: rebuild if the index was already made without them. */
export function setPlaces(list: PlaceLike[]): void {
  places.value = list;
  if (searcher.peek()) {
    loading = null;
    void ensureSearch();
  }
}
