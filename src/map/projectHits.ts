/**
 * A tap on the 项目 layer: which projects it touches, nearest first. Pure (screen pixels in, ids out), so the
 * rule is tested without a map: MapController.projectsAt gives it what the map drew under the finger.
 */

/** A project mark the map drew under the finger: its id and its shape as screen pixels (lines: their vertices). */
export interface DrawnHit {
  id: string;
  /** Runs of screen positions: one position for a point, a run per line; none for an area (the tap is in it). */
  pixels: readonly (readonly [number, number])[][];
}

type Px = readonly [number, number];

/** Pixels from `p` to the segment a–b. */
function toSegment(p: Px, a: Px, b: Px): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(a[0] + t * dx - p[0], a[1] + t * dy - p[1]);
}

/** Pixels from the tap to a drawn mark: to a point, to the nearest segment of a line; 0 for an area. */
export function tapDistance(hit: DrawnHit, tap: Px): number {
  let best = hit.pixels.length ? Infinity : 0;
  for (const run of hit.pixels) {
    if (run.length === 1) best = Math.min(best, Math.hypot(run[0][0] - tap[0], run[0][1] - tap[1]));
    for (let i = 1; i < run.length; i++) best = Math.min(best, toSegment(tap, run[i - 1], run[i]));
  }
  return best;
}

/**
 * Every project the tap touches, once each (a project drawn by several layers — its line and its name — or cut
 * into tiles counts once, at its nearest piece), nearest first; ties keep the map's order (topmost first).
 * One id: the tap is on that project. Several: they overlap there (one spot, one road) and the reader chooses.
 */
export function projectsUnderTap(hits: readonly DrawnHit[], tap: Px): string[] {
  const nearest = new Map<string, { d: number; order: number }>();
  hits.forEach((hit, order) => {
    const d = tapDistance(hit, tap);
    const was = nearest.get(hit.id);
    if (!was) nearest.set(hit.id, { d, order });
    else if (d < was.d) was.d = d;
  });
  return [...nearest].sort((a, b) => a[1].d - b[1].d || a[1].order - b[1].order).map(([id]) => id);
}
