/**
 * A site a web page bounds by named roads (`npm run data:projects`, recipe `bounded`): "位于前程路、雁鸣路、云溪北路、
 * 云溪路围合区域". Each corner is where two roads adjacent in the ring meet: the median of the reference records that
 * name both (scripts/lib/roadRecords.ts), or, when none does, the crossing of the two roads' traced lines
 * (scripts/lib/roadTrace.ts) inside the district. The site is the middle of the located corners, ± the farthest
 * corner's distance from it (half the diagonal) plus the corners' own precision. Fewer than three corners (or two
 * that are not opposite) do not enclose a site: it stays unplaced, saying which corners are missing and why.
 * Pure: the caller passes the records and the district.
 */
import { distance, lineIntersect, lineString } from '@turf/turf';
import type { Position } from 'geojson';
import { junctionRecords, locateJunction, MIN_JUNCTION_PRECISION_M, pointsOnRoad, type District, type RoadRecords } from './roadRecords';
import { traceRoad } from './roadTrace';
import { distanceToM } from './poiMatch';

/** A traced road is drawn only where it has points: its crossing with another may lie this far beyond its ends. */
export const TRACE_REACH_M = 300;
/** Wider than this the corners enclose a district, not a site: left unplaced. */
export const MAX_BOUNDED_PRECISION_M = 1000;

export type Corner = { roads: [string, string] } & (
  | { position: Position; precisionM: number; how: 'junction'; records: number }
  | { position: Position; precisionM: number; how: 'traces'; beyondM: number }
  /** Not found: why no junction record places it, which roads have no traced line, or the traced lines do not cross. */
  | { position: null; junction: 'none' | 'outside' | 'spread'; untraced: string[] }
);

export type BoundedSite =
  | { position: Position; precisionM: number; halfDiagonalM: number; corners: Corner[] }
  | { position: null; why: 'corners' | 'wide'; corners: Corner[]; halfDiagonalM?: number };

const metres = (a: Position, b: Position) => distance(a, b, { units: 'meters' });
const ceil10 = (v: number) => Math.ceil(v / 10) * 10;
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** The line extended by `m` metres at both ends, straight on from its end segments. */
function reach(line: Position[], m: number): Position[] {
  const out = (a: Position, b: Position): Position => {
    const d = metres(a, b) || 1;
    return [b[0] + ((b[0] - a[0]) * m) / d, b[1] + ((b[1] - a[1]) * m) / d];
  };
  return [out(line[1], line[0]), ...line, out(line[line.length - 2], line[line.length - 1])];
}

/** Where roads a and b meet in the district: their junction records, else the crossing of their traced lines. */
export function locateCorner(a: string, b: string, records: RoadRecords, d: District): Corner {
  const roads: [string, string] = [a, b];
  const j = locateJunction(junctionRecords(a, b, records), d.geometry, d.toleranceM);
  if (j.position) return { roads, position: j.position, precisionM: j.precisionM, how: 'junction', records: j.used.length };
  const traces = [a, b].map((r) => ({ r, t: traceRoad(pointsOnRoad([r], records), d.geometry, d.toleranceM) }));
  const untraced = traces.filter((x) => !x.t.line).map((x) => x.r);
  if (untraced.length) return { roads, position: null, junction: j.reason, untraced };
  const [ta, tb] = traces.map((x) => x.t as Extract<typeof x.t, { line: Position[] }>);
  const hits = lineIntersect(lineString(reach(ta.line, TRACE_REACH_M)), lineString(reach(tb.line, TRACE_REACH_M))).features;
  if (hits.length !== 1) return { roads, position: null, junction: j.reason, untraced: [] };
  const p = hits[0].geometry.coordinates;
  // The crossing lies on both extended lines: its distance from a drawn line is how far beyond that line's end it is.
  const beyondM = Math.round(Math.max(...[ta.line, tb.line].map((l) => distanceToM(p, { type: 'LineString', coordinates: l }))));
  const precisionM = ceil10(Math.max(MIN_JUNCTION_PRECISION_M, ta.precisionM, tb.precisionM) + beyondM);
  return { roads, position: [round6(p[0]), round6(p[1])], precisionM, how: 'traces', beyondM };
}

/** The site enclosed by `roads` (in ring order: each meets the next, the last meets the first). */
export function locateBoundedSite(roads: readonly string[], records: RoadRecords, d: District): BoundedSite {
  const corners = roads.map((r, i) => locateCorner(r, roads[(i + 1) % roads.length], records, d));
  const found = corners.flatMap((c, i) => (c.position ? [{ c, i }] : []));
  const opposite = roads.length === 4 && found.length === 2 && Math.abs(found[0].i - found[1].i) === 2;
  if (found.length < 3 && !opposite) return { position: null, why: 'corners', corners };
  const pts = found.map((f) => f.c.position as Position);
  const centre: Position = [round6(pts.reduce((s, p) => s + p[0], 0) / pts.length), round6(pts.reduce((s, p) => s + p[1], 0) / pts.length)];
  const halfDiagonalM = Math.round(Math.max(...pts.map((p) => metres(centre, p))));
  const cornerM = Math.max(...found.map((f) => (f.c as { precisionM: number }).precisionM));
  const precisionM = ceil10(halfDiagonalM + cornerM);
  if (precisionM > MAX_BOUNDED_PRECISION_M) return { position: null, why: 'wide', corners, halfDiagonalM };
  return { position: centre, precisionM, halfDiagonalM, corners };
}
