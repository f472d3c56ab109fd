import { computed, signal } from '@preact/signals';
import { fetchSource } from '../data/loadAtlas';
import type { SearchIndex, SearchResult } from '../data/search';

/** What the search box holds. */
export const searchQuery = signal('');

/**
 * The search box has a query, so its result list is open (a phone's sheet then gives it the whole height).
 * Derived, not set after the box renders: the list and the sheet change in the same frame.
 */
export const searchOpen = computed(() => searchQuery.value.trim().length > 0);

/** Ready once the user first reaches for search; null until then. */
export const searcher = signal<{ index: SearchIndex; search: (q: string, limit: number) => SearchResult[] } | null>(null);

let loading: Promise<void> | null = null;

/**
 * Loads the search index on first use: the matching code and the entries the build
 * made (data/search.json, pinyin included), so it costs nothing for users who never search.
 * A failed load is tried again on the next use.
 */
export function ensureSearch(): Promise<void> {
  loading ??= Promise.all([import('../data/search'), fetchSource().getJson('search.json')])
    .then(([{ createSearchIndex, readSearchIndexFile, search }, body]) => {
      const index = createSearchIndex(readSearchIndexFile(body));
      searcher.value = { index, search: (q, limit) => search(index, q, limit) };
    })
    .catch(() => {
      loading = null;
    });
  return loading;
}
