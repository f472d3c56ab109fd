/**
 * A long computation split into numbered steps, so it can run either straight
 * through (tests, scripts) or in chunks that yield to the event loop (the worker:
 * progress messages get out and a cancel message gets in between chunks).
 */
export interface Job<R> {
  /** Number of steps; step(i) is called once for every i in 0..size-1, in order. */
  readonly size: number;
  step(i: number): void;
  result(): R;
}

export function runJob<R>(job: Job<R>): R {
  for (let i = 0; i < job.size; i++) job.step(i);
  return job.result();
}

export interface Progress {
  done: number;
  total: number;
}

/** Anything with `aborted`: an AbortSignal, or a plain object the worker flips. */
export interface CancelToken {
  readonly aborted: boolean;
}

export interface ChunkOptions {
  signal?: CancelToken;
  onProgress?: (progress: Progress) => void;
  /** Run steps for about this long before yielding (ms). */
  sliceMs?: number;
  /** How to yield; defaults to a macrotask so queued messages are handled. */
  yieldFn?: () => Promise<void>;
}

const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs the job in time slices; resolves to null when cancelled (checked between slices). */
export async function runJobChunked<R>(job: Job<R>, options: ChunkOptions = {}): Promise<R | null> {
  const { signal, onProgress, sliceMs = 50, yieldFn = macrotask } = options;
  let i = 0;
  while (i < job.size) {
    if (signal?.aborted) return null;
    const sliceEnd = performance.now() + sliceMs;
    do job.step(i++);
    while (i < job.size && performance.now() < sliceEnd);
    onProgress?.({ done: i, total: job.size });
    await yieldFn();
  }
  if (signal?.aborted) return null;
  if (job.size === 0) onProgress?.({ done: 0, total: 0 });
  return job.result();
}
