import { describe, expect, it } from 'vitest';
import { createPrng } from './prng';

describe('createPrng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
  });

  it('stays in [0, 1) and spreads over the range', () => {
    const r = createPrng(7);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const x = r.next();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      buckets[Math.floor(x * 10)]++;
    }
    for (const count of buckets) expect(count).toBeGreaterThan(800);
  });

  it('int and pick stay inside their bounds, even for seed 0', () => {
    const r = createPrng(0);
    for (let i = 0; i < 1000; i++) {
      expect(r.int(5)).toBeLessThan(5);
      expect(['a', 'b']).toContain(r.pick(['a', 'b']));
    }
  });
});
