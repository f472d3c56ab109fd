/**
 * A small seeded pseudo-random generator (xorshift32) for repeatable tests and benchmarks.
 * Not for anything security-related.
 */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform in [min, max). */
  range(min: number, max: number): number;
  /** Integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function createPrng(seed: number): Prng {
  // xorshift32 must not start at 0.
  let s = seed >>> 0 || 0x9e3779b9;
  const next = (): number => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    range: (min, max) => min + next() * (max - min),
    int,
    pick: (items) => items[int(items.length)],
    chance: (p) => next() < p,
  };
}
