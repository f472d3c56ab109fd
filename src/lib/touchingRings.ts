/**
 * OGC simple features forbid a ring that touches itself: a boundary passing
 * twice through one vertex (a pinched "figure eight", or an inward loop that is
 * really a hole) is invalid in PostGIS, QGIS and JTS, although it draws fine.
 * This splits such rings at their repeated vertices into simple loops and
 * regroups them: loops turning like their parent stay rings of that kind (a
 * second shell touching the first at one point, a second hole), loops turning
 * the other way become holes of the shell around them (or islands in a hole).
 * No coordinate moves and no area changes, so shared borders stay shared.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { fromPolygons, polygonsOf } from './polygons';

const keyOf = (p: Position) => `${p[0]},${p[1]}`;

/** Twice the signed planar area (lon/lat units): > 0 counter-clockwise. */
function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

/**
 * A closed ring as closed loops that repeat no vertex. Each time the walk comes
 * back to a vertex it already passed, the stretch in between is cut off as a loop.
 */
export function simpleLoops(ring: Position[]): Position[][] {
  const loops: Position[][] = [];
  const path: Position[] = [];
  const at = new Map<string, number>();
  for (const p of ring.slice(0, -1)) {
    const k = at.get(keyOf(p));
    if (k === undefined) {
      at.set(keyOf(p), path.length);
      path.push(p);
      continue;
    }
    const loop = path.splice(k + 1);
    for (const q of loop) at.delete(keyOf(q));
    loops.push([path[k], ...loop, path[k]]);
  }
  loops.push([...path, path[0]]);
  // Two or fewer distinct vertices enclose nothing (a spike walked out and back).
  return loops.filter((l) => l.length >= 4 && signedArea2(l) !== 0);
}

/** Even-odd test of a point against a ring; points on the ring count as outside. */
function inRing(p: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 2; i < ring.length - 1; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A point strictly inside a simple loop: the midpoint of a short chord near one of its corners. */
function interiorPoint(loop: Position[]): Position {
  const ccw = signedArea2(loop) > 0;
  for (let i = 1; i < loop.length - 1; i++) {
    const [a, b, c] = [loop[i - 1], loop[i], loop[i + 1]];
    const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
    if (cross === 0 || cross > 0 !== ccw) continue; // not a convex corner
    const p = [b[0] + ((a[0] - b[0]) + (c[0] - b[0])) * 1e-3, b[1] + ((a[1] - b[1]) + (c[1] - b[1])) * 1e-3];
    if (inRing(p, loop)) return p;
  }
  return loop[0];
}

/** Does loop `inner` (which shares at most single vertices with `outer`) lie inside `outer`? */
const liesIn = (inner: Position[], outer: Position[]) => inRing(interiorPoint(inner), outer);

/** Distance (degrees, about 1 cm) under which a vertex counts as lying on an edge. */
const ON_EDGE = 1e-7;

/** Is p on segment a–b (not at its ends)? */
function onSegment(p: Position, a: Position, b: Position): boolean {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return false;
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  if (t <= 0 || t >= 1) return false;
  return Math.abs((p[0] - a[0]) * dy - (p[1] - a[1]) * dx) / Math.sqrt(len2) <= ON_EDGE;
}

/**
 * The ring with a vertex added wherever one of its own vertices lies on one of its
 * edges: a ring touching itself there then repeats that vertex, which simpleLoops cuts.
 */
export function nodeRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i], ring[i + 1]];
    const [minX, maxX, minY, maxY] = [Math.min(a[0], b[0]) - ON_EDGE, Math.max(a[0], b[0]) + ON_EDGE, Math.min(a[1], b[1]) - ON_EDGE, Math.max(a[1], b[1]) + ON_EDGE];
    const on = ring.slice(0, -1).filter((p) => p[0] >= minX && p[0] <= maxX && p[1] >= minY && p[1] <= maxY && onSegment(p, a, b));
    const along = (p: Position) => (p[0] - a[0]) * (b[0] - a[0]) + (p[1] - a[1]) * (b[1] - a[1]);
    out.push(a, ...on.sort((p, q) => along(p) - along(q)));
  }
  out.push(out[0]);
  return out;
}

/** True when some ring of the geometry passes twice through one point (a vertex, or a vertex on an edge). */
export function hasTouchingRing(g: Polygon | MultiPolygon): boolean {
  return polygonsOf(g).some((rings) => rings.some((r) => {
    const noded = nodeRing(r);
    return new Set(noded.slice(0, -1).map(keyOf)).size < noded.length - 1;
  }));
}

/**
 * The same area with every ring simple. Shells come out counter-clockwise and holes
 * clockwise (RFC 7946); a geometry with no touching ring is returned unchanged.
 */
export function splitTouchingRings(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (!hasTouchingRing(g)) return g;
  const shells: Position[][] = [];
  const holes: Position[][] = [];
  for (const rings of polygonsOf(g)) {
    rings.forEach((ring, r) => {
      const parentSign = Math.sign(signedArea2(ring));
      for (const loop of simpleLoops(nodeRing(ring))) {
        const sameTurn = Math.sign(signedArea2(loop)) === parentSign;
        // A shell's same-turning loops are shells; a hole's are holes; the rest swap roles.
        (sameTurn === (r === 0) ? shells : holes).push(loop);
      }
    });
  }
  const turned = (ring: Position[], ccw: boolean) => (signedArea2(ring) > 0 === ccw ? ring : [...ring].reverse());
  const polygons = shells.map((s) => [turned(s, true)]);
  for (const hole of holes) {
    // The smallest shell around the hole takes it.
    const owners = polygons.filter((p) => liesIn(hole, p[0]));
    if (!owners.length) continue; // a hole in nothing encloses no area of the geometry
    owners.sort((a, b) => Math.abs(signedArea2(a[0])) - Math.abs(signedArea2(b[0])));
    owners[0].push(turned(hole, false));
  }
  return fromPolygons(polygons);
}
