/** Ring helpers shared by the readers and the import checks (planar: any units). */
import Flatbush from 'flatbush';
import type { Position } from 'geojson';

const samePoint = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** 2-D copy without repeated consecutive points, closed; null when fewer than 3 distinct points. */
export function closeRing(points: readonly Position[]): Position[] | null {
  const ring: Position[] = [];
  for (const p of points) {
    if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
    if (ring.length === 0 || !samePoint(p, ring[ring.length - 1])) ring.push([p[0], p[1]]);
  }
  if (ring.length > 1 && samePoint(ring[0], ring[ring.length - 1])) ring.pop();
  if (ring.length < 3) return null;
  return [...ring, ring[0]];
}

/**
 * Removes spikes (the boundary running out along a line and back, to within
 * `tolerance`) and repeated points: they enclose no area. `ring` is closed; the
 * result is closed, or empty when nothing with area is left.
 */
export function withoutSpikes<P extends Position>(ring: readonly P[], tolerance: number): P[] {
  const out: P[] = [];
  const turnsBack = (a: P, b: P, c: P) => {
    const ux = b[0] - a[0];
    const uy = b[1] - a[1];
    const vx = c[0] - b[0];
    const vy = c[1] - b[1];
    if ((ux === 0 && uy === 0) || (vx === 0 && vy === 0)) return true;
    // Back along (nearly) the same line: the shorter leg's end lies within tolerance of the longer leg.
    return ux * vx + uy * vy < 0 && Math.abs(ux * vy - uy * vx) / Math.max(Math.hypot(ux, uy), Math.hypot(vx, vy)) <= tolerance;
  };
  for (const p of ring.slice(0, -1)) {
    out.push(p);
    while (out.length >= 3 && turnsBack(out[out.length - 3], out[out.length - 2], out[out.length - 1])) out.splice(out.length - 2, 1);
    if (out.length >= 2 && samePoint(out[out.length - 1], out[out.length - 2])) out.pop();
  }
  // Spikes across the start of the ring.
  for (let changed = true; changed && out.length >= 3; ) {
    changed = false;
    const n = out.length;
    if (turnsBack(out[n - 1], out[0], out[1])) {
      out.shift();
      changed = true;
    } else if (turnsBack(out[n - 2], out[n - 1], out[0])) {
      out.pop();
      changed = true;
    }
  }
  return out.length >= 3 ? [...out, out[0]] : [];
}

/**
 * Splits a ring at its bridges: a segment walked there and, later, back (A→B … B→A),
 * as in "keyhole" polygons where a hole or a second part hangs off the outline by a
 * cut line. The walk between the two passes becomes a ring of its own. Closed rings
 * in and out; rings with fewer than 3 distinct points are dropped.
 */
export function splitBridges(ring: readonly Position[]): Position[][] {
  const key = (a: Position, b: Position) => `${a[0]},${a[1]},${b[0]},${b[1]}`;
  const pending: Position[][] = [ring.slice(0, -1)];
  const done: Position[][] = [];
  while (pending.length > 0) {
    const open = pending.pop()!;
    const n = open.length;
    const seen = new Map<string, number>();
    let split = false;
    for (let j = 0; j < n && !split; j++) {
      const a = open[j];
      const b = open[(j + 1) % n];
      const i = seen.get(key(b, a));
      if (i !== undefined) {
        // Segment i went b → a, segment j goes a → b: drop both passes.
        pending.push([...open.slice(0, i + 1), ...open.slice(j + 2)]);
        pending.push(open.slice(i + 1, j));
        split = true;
      } else seen.set(key(a, b), j);
    }
    if (split) continue;
    const closed = closeRing(open);
    if (closed) done.push(closed);
  }
  return done;
}

/** Twice the signed planar area of a closed ring (positive = counter-clockwise). */
export function signedArea2(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

/** Even-odd point-in-ring test. */
export function pointInRing(p: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const orient = (a: Position, b: Position, c: Position) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));

/** Where two segments cross or overlap along a stretch (touching at an end point does not count). */
function crossing(a: Position, b: Position, c: Position, d: Position): Position | null {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 * o2 < 0 && o3 * o4 < 0) {
    const t = ((c[0] - a[0]) * (d[1] - c[1]) - (c[1] - a[1]) * (d[0] - c[0])) / ((b[0] - a[0]) * (d[1] - c[1]) - (b[1] - a[1]) * (d[0] - c[0]));
    return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
  }
  if (o1 === 0 && o2 === 0 && o3 === 0 && o4 === 0) {
    // Collinear: a shared stretch of positive length is an overlap.
    const axis = Math.abs(b[0] - a[0]) >= Math.abs(b[1] - a[1]) ? 0 : 1;
    const [s0, s1] = [Math.min(a[axis], b[axis]), Math.max(a[axis], b[axis])];
    const [t0, t1] = [Math.min(c[axis], d[axis]), Math.max(c[axis], d[axis])];
    if (Math.min(s1, t1) - Math.max(s0, t0) > 0) return axis === 0 ? [Math.max(s0, t0), a[1]] : [a[0], Math.max(s0, t0)];
  }
  return null;
}

/**
 * Points where the rings of one polygon cross themselves or each other (closed rings
 * expected). Segments are indexed by bbox, so large rings stay fast; stops at `limit`.
 */
export function findCrossings(rings: readonly Position[][], limit = 50): Position[] {
  const segs: { ring: number; i: number; n: number }[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i < ring.length - 1; i++) segs.push({ ring: r, i, n: ring.length - 1 });
  });
  if (segs.length < 2) return [];
  const index = new Flatbush(segs.length);
  for (const s of segs) {
    const [a, b] = [rings[s.ring][s.i], rings[s.ring][s.i + 1]];
    index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  }
  index.finish();
  const found: Position[] = [];
  for (let k = 0; k < segs.length && found.length < limit; k++) {
    const s = segs[k];
    const [a, b] = [rings[s.ring][s.i], rings[s.ring][s.i + 1]];
    const candidates = index.search(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
    for (const m of candidates) {
      if (m <= k) continue;
      const t = segs[m];
      if (t.ring === s.ring) {
        const gap = Math.abs(t.i - s.i);
        if (gap === 1 || gap === s.n - 1) continue; // neighbours share a vertex
      }
      const x = crossing(a, b, rings[t.ring][t.i], rings[t.ring][t.i + 1]);
      if (x) found.push(x);
      if (found.length >= limit) break;
    }
  }
  return found;
}
