/**
 * Statistics for `npm run bench`: medians and spreads of timings taken on a shared, busy machine,
 * where a single figure means little and drift between runs is the rule.
 */

/** The middle value (the mean of the two middle values for an even count); NaN for none. */
export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** The q-quantile (0 ≤ q ≤ 1), interpolated linearly between the sorted values; NaN for none. */
export function quantile(xs: readonly number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}

export interface Spread {
  median: number;
  /** The middle half of the values: 25th to 75th percentile. */
  p25: number;
  p75: number;
  min: number;
  max: number;
  n: number;
}

export function spread(xs: readonly number[]): Spread {
  return { median: median(xs), p25: quantile(xs, 0.25), p75: quantile(xs, 0.75), min: Math.min(...xs), max: Math.max(...xs), n: xs.length };
}

/**
 * What one condition costs, measured in rounds: in each round the reference (everything drawn) and the condition
 * (something left out) are timed back to back, and the cost is their difference in that round. Pairing by round
 * cancels the drift of a shared machine (another job starting) that separate medians would count as a cost.
 * Rounds missing either side are skipped.
 */
export function pairedDifferences(reference: readonly number[], condition: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(reference.length, condition.length); i++) {
    if (Number.isFinite(reference[i]) && Number.isFinite(condition[i])) out.push(reference[i] - condition[i]);
  }
  return out;
}

/** `12.3 (10.1–14.0)`: a median with the middle half of the values, at `digits` decimals. */
export function formatSpread(s: Spread, digits = 1): string {
  const f = (x: number) => x.toFixed(digits);
  return `${f(s.median)} (${f(s.p25)}–${f(s.p75)})`;
}
