/**
 * Data a panel fetches on first use (the timeline, the contradictions, the projects): loaded once
 * from the app's data folder, again after a failure, with its state for the panel to show.
 */
import { signal } from '@preact/signals';
import { fetchSource } from '../data/loadAtlas';

export type Loaded<T> = { kind: 'loading' } | { kind: 'ready'; value: T } | { kind: 'failed'; message: string };

export function onDemand<T>(path: string, read: (data: unknown) => T) {
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

