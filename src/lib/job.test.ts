import { describe, expect, it } from 'vitest';
import { runJob, runJobChunked, type Job, type Progress } from './job';

const counting = (size: number, stepMs = 0): Job<number[]> => {
  const seen: number[] = [];
  return {
    size,
    step(i) {
      const until = performance.now() + stepMs;
      while (performance.now() < until);
      seen.push(i);
    },
    result: () => seen,
  };
};

describe('jobs', () => {
  it('runs every step in order, straight or in slices', async () => {
    expect(runJob(counting(5))).toEqual([0, 1, 2, 3, 4]);
    const progress: Progress[] = [];
    const result = await runJobChunked(counting(20, 1), { sliceMs: 3, onProgress: (p) => progress.push(p) });
    expect(result).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ done: 20, total: 20 });
  });

  it('stops between slices once the token is aborted', async () => {
    const token = { aborted: false };
    const job = counting(1000, 1);
    const result = await runJobChunked(job, { sliceMs: 2, signal: token, onProgress: () => (token.aborted = true) });
    expect(result).toBeNull();
    expect(job.result().length).toBeLessThan(1000);
  });
});
