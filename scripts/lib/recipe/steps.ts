/**
 * The step interpreter: turns a ring's or line's steps (`place`, `border`,
 * `lonlat`) into positions, recording each vertex's origin in the context.
 */
import type { Position } from 'geojson';
import type { RecipeStep } from '../../../src/data/types';
import { Problem, type Context } from './context';
import { borderStretch } from './trace';

function stepPositions(ctx: Context, step: RecipeStep, i: number): Position[] {
  const s = step as Record<string, unknown>;
  if ('place' in s) {
    const pos = ctx.place(s.place, `step ${i + 1} place`);
    ctx.trace.push({ pos, origin: ctx.placeOrigin(s.place as string) });
    return [pos];
  }
  if ('border' in s) {
    for (const k of ['from', 'to'] as const) if (typeof s[k] !== 'string') throw new Problem(`step ${i + 1} border: "${k}" place id missing`);
    return borderStretch(ctx, step as { border: string; from: string; to: string; via?: string });
  }
  if ('lonlat' in s) {
    const ll = s.lonlat;
    if (!Array.isArray(ll) || ll.length !== 2 || !ll.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new Problem(`step ${i + 1} lonlat: expected [lon, lat] numbers`);
    }
    if (typeof s.why !== 'string' || !s.why.trim()) throw new Problem(`step ${i + 1} lonlat: "why" is required for an explicit vertex`);
    const precisionM = s.precisionM;
    if (precisionM !== undefined && !(typeof precisionM === 'number' && Number.isFinite(precisionM) && precisionM > 0)) {
      throw new Problem(`step ${i + 1} lonlat: "precisionM" must be a positive number of metres, got ${JSON.stringify(precisionM)}`);
    }
    ctx.trace.push({ pos: ll as Position, origin: precisionM === undefined ? { kind: 'lonlat' } : { kind: 'lonlat', precisionM } });
    return [ll as Position];
  }
  throw new Problem(`step ${i + 1}: expected "place", "border" or "lonlat", got ${JSON.stringify(step)}`);
}

export function walk(ctx: Context, steps: unknown, key: string): Position[] {
  if (!Array.isArray(steps) || !steps.length) throw new Problem(`"${key}" must be a non-empty list of steps`);
  return steps.flatMap((s: RecipeStep, i) => stepPositions(ctx, s, i));
}
