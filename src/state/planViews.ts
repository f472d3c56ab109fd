/**
 * The timeline and the plans' contradictions: loaded on demand (built by
 * scripts/build-plans.ts), the chosen year, and what the map highlights.
 */
import { computed, signal } from '@preact/signals';
import type { Contradiction } from '../data/contradictions';
import { fetchSource } from '../data/loadAtlas';
import { featuresOfYear, FIRST_YEAR, type TimelineItem } from '../data/timeline';
import { activeTab } from './ui';

export type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; message: string };

function onDemand<T>(path: string, read: (data: unknown) => T) {
  const state = signal<Loaded<T> | null>(null);
  let pending: Promise<T> | null = null;
  /** The data, fetched once (again after a failure). */
  const load = (): Promise<T> => {
    if (pending && state.peek()?.kind !== 'failed') return pending;
    state.value = { kind: 'loading' };
    pending = fetchSource()
      .getJson(path)
      .then(read)
      .then(
        (value) => {
          state.value = { kind: 'ready', value };
          return value;
        },
        (err: unknown) => {
          state.value = { kind: 'failed', message: err instanceof Error ? err.message : String(err) };
          throw err;
        },
      );
    return pending;
  };
  // A panel only starts the fetch: the failure is shown from `state`.
  const ensure = () => void load().catch(() => undefined);
  return { state, ensure, load };
}

const timelineData = onDemand('timeline.json', (d) => ((d as { items?: TimelineItem[] }).items ?? []));
const contradictionData = onDemand('contradictions.json', (d) => ((d as { contradictions?: Contradiction[] }).contradictions ?? []));
export const timeline = timelineData.state;
export const ensureTimeline = timelineData.ensure;
export const contradictions = contradictionData.state;
export const ensureContradictions = contradictionData.ensure;
export const loadContradictions = contradictionData.load;

/** The year chosen on the time control; part of the URL (`y=`) when it is not the first. */
export const timelineYear = signal<number>(FIRST_YEAR);

/** Features with an item in the chosen year, lit on the map while the timeline is open. */
export const timelineHighlight = computed<string[]>(() => {
  const loaded = timeline.value;
  if (activeTab.value !== 'timeline' || loaded?.kind !== 'ready') return [];
  return featuresOfYear(loaded.value, timelineYear.value);
});
