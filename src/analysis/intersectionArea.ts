/**
 * Area of the intersection of two polygons without building the intersection:
 * by Green's theorem it is the boundary integral over the parts of A's boundary
 * inside B, the parts of B's boundary inside A, and the boundary the two share
 * running the same way.
 *
 * Why not turf.intersect: its exact-arithmetic clipper (polyclip-ts) took 5.9 s
 * for the 52 plan polygons all-vs-all (about 16 ms a pair) and ~230 ms per parcel
 * against all plan polygons, and throws on some inputs; this takes ~65 ms and
 * ~40 µs (scripts/bench-analysis.ts). Geometry is still built with turf.intersect
 * where it is wanted (overlap.ts: intersectionOf), and is the fallback when this
 * declines (null).
 *
 * Coordinates are mapped to (λ, sin φ) in radians: there, planar area × R² is
 * exactly Turf's area formula (area.ts), so a site wholly inside a zone has share
 * 1 exactly. Edges are straight in that plane rather than in lon/lat: crossings of
 * km-long edges move by centimetres, and results agree with turf.intersect to
 * about 0.003 % (intersectionArea.test.ts).
 *
 * Boundaries that run together are matched exactly: every vertex of one lying
 * within ON_EDGE of the other's edge, and every crossing, splits the edges of both
 * at the same point, so shared pieces have identical end points.
 *
 * The inner loops index arrays instead of destructuring them: array destructuring
 * runs the iterator protocol and allocates until V8 optimises the function, which
 * made the first matrix (the one a user waits for) several times slower than later ones.
 */
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { signedArea2, withoutSpikes } from '../lib/rings';
import { polygonsOf } from '../lib/polygons';

/** Turf's earth radius (@turf/helpers earthRadius), so areas match turf.area. */
const R = 6371008.8;
const RAD = Math.PI / 180;
/**
 * Distance under which a point counts as on an edge: 2e-8 rad ≈ 13 cm on the ground,
 * just above the rounding of 6-decimal coordinates (±0.05 m), far below any boundary's
 * precision. Points meant to be on a shared border are then treated as on it.
 */
const ON_EDGE = 2e-8;

/** A polygon prepared for repeated intersection-area queries. */
export interface AreaShape {
  /** Edges as x0,y0,x1,y1 in (λ, sin φ), each ring turned so the interior is on its left. */
  edges: Float64Array;
  /** Ring of each edge (consecutive edges of one ring are consecutive here). */
  ring: Int32Array;
  /** Edges whose bbox meets the box, in no particular order. */
  search(minX: number, minY: number, maxX: number, maxY: number): number[];
  bbox: [number, number, number, number];
  /** Some coordinate was not a finite number: no answer from this module. */
  invalid: boolean;
}

const project = (p: Position): [number, number] => [p[0] * RAD, Math.sin(p[1] * RAD)];

export function prepareShape(geometry: Polygon | MultiPolygon): AreaShape {
  const polygons = polygonsOf(geometry);
  const rings: [number, number][][] = [];
  const invalid = polygons.some((poly) => poly.some((ring) => ring.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]))));
  for (const poly of polygons) {
    poly.forEach((raw, k) => {
      // Spikes enclose no area, but a boundary lying on itself would be counted inconsistently.
      const ring = withoutSpikes(raw.map(project), ON_EDGE);
      if (ring.length < 4) return;
      // Outer rings counter-clockwise (interior left), holes clockwise.
      if ((k === 0) !== signedArea2(ring) > 0) ring.reverse();
      rings.push(ring);
    });
  }
  const count = rings.reduce((n, r) => n + r.length - 1, 0);
  const edges = new Float64Array(count * 4);
  const ringOf = new Int32Array(count);
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  let e = 0;
  rings.forEach((ring, r) => {
    for (let i = 0; i < ring.length - 1; i++, e++) {
      const o = e * 4;
      edges[o] = ring[i][0];
      edges[o + 1] = ring[i][1];
      edges[o + 2] = ring[i + 1][0];
      edges[o + 3] = ring[i + 1][1];
      ringOf[e] = r;
      bbox[0] = Math.min(bbox[0], ring[i][0]);
      bbox[1] = Math.min(bbox[1], ring[i][1]);
      bbox[2] = Math.max(bbox[2], ring[i][0]);
      bbox[3] = Math.max(bbox[3], ring[i][1]);
    }
  });
  return {
    edges,
    ring: ringOf,
    search: edgeSearch(edges, count),
    bbox,
    invalid,
  };
}

/** Small shapes (parcels) are scanned; large ones get an R-tree over their edges. */
function edgeSearch(edges: Float64Array, count: number): AreaShape['search'] {
  if (count <= 32) {
    return (minX, minY, maxX, maxY) => {
      const out: number[] = [];
      for (let i = 0; i < count; i++) {
        const o = i * 4;
        if (Math.max(edges[o], edges[o + 2]) >= minX && Math.min(edges[o], edges[o + 2]) <= maxX &&
            Math.max(edges[o + 1], edges[o + 3]) >= minY && Math.min(edges[o + 1], edges[o + 3]) <= maxY) out.push(i);
      }
      return out;
    };
  }
  const index = new Flatbush(count);
  for (let i = 0; i < count; i++) {
    const o = i * 4;
    index.add(Math.min(edges[o], edges[o + 2]), Math.min(edges[o + 1], edges[o + 3]), Math.max(edges[o], edges[o + 2]), Math.max(edges[o + 1], edges[o + 3]));
  }
  index.finish();
  return (minX, minY, maxX, maxY) => index.search(minX, minY, maxX, maxY);
}

type Point = [number, number];

const TOL2 = ON_EDGE * ON_EDGE;

function distance2ToSegment(px: number, py: number, x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2)) : 0;
  const ex = px - (x0 + t * dx);
  const ey = py - (y0 + t * dy);
  return ex * ex + ey * ey;
}

const farFrom = (px: number, py: number, x: number, y: number) => (px - x) * (px - x) + (py - y) * (py - y) > TOL2;

/** Point p lies on the edge (within ON_EDGE) but not at either of its ends. */
const onEdgeInterior = (px: number, py: number, x0: number, y0: number, x1: number, y1: number) =>
  farFrom(px, py, x0, y0) && farFrom(px, py, x1, y1) && distance2ToSegment(px, py, x0, y0, x1, y1) <= TOL2;

/** Even-odd ray to +x against shape t's edges that span the ray's height. */
function insideShape(px: number, py: number, t: AreaShape): boolean {
  const E = t.edges;
  let inside = false;
  const candidates = t.search(px, py, t.bbox[2], py);
  for (let k = 0; k < candidates.length; k++) {
    const o = candidates[k] * 4;
    const x0 = E[o], y0 = E[o + 1], x1 = E[o + 2], y1 = E[o + 3];
    if (y0 > py !== y1 > py && px < x0 + ((py - y0) * (x1 - x0)) / (y1 - y0)) inside = !inside;
  }
  return inside;
}

const addSplit = (splits: Map<number, Point[]>, edge: number, p: Point) => {
  const list = splits.get(edge);
  if (list) list.push(p);
  else splits.set(edge, [p]);
};

/** One shape's side of a meeting: its edges in the common box and where they are cut or near the other. */
interface Side {
  /** Edges whose bbox meets the common box, ascending. */
  edges: number[];
  splits: Map<number, Point[]>;
  /** 1 for an edge whose bbox, widened by ON_EDGE, meets the bbox of some edge of the other shape. */
  near: Uint8Array;
}

/**
 * Where the two boundaries meet, as points inserted into both: a vertex of one lying
 * on (within ON_EDGE of) an edge of the other splits that edge at the vertex itself,
 * and a proper crossing is computed once and split both edges at the same point.
 * Pieces the two boundaries share then have identical end points.
 *
 * The same pass marks which edges of each have the other's edges close by: two edges
 * within ON_EDGE of each other both meet the common box, so searching one shape once per
 * edge of the other in the box finds every such pair, and no edge needs a search of its own later.
 */
function meetingPoints(a: AreaShape, b: AreaShape, box: number[]): [Side, Side] {
  const splitsA = new Map<number, Point[]>();
  const splitsB = new Map<number, Point[]>();
  const nearA = new Uint8Array(a.ring.length);
  const nearB = new Uint8Array(b.ring.length);
  const A = a.edges;
  const B = b.edges;
  const crossings: Point[] = [];
  const near = onEdgeInterior;
  /** Edge i of a against edge j of b: end points on the other edge, and a proper crossing. */
  const meet = (i: number, j: number) => {
    nearA[i] = 1;
    nearB[j] = 1;
    const o = i * 4;
    const x0 = A[o], y0 = A[o + 1], x1 = A[o + 2], y1 = A[o + 3];
    const p = j * 4;
    const rx = B[p], ry = B[p + 1], qx = B[p + 2], qy = B[p + 3];
    if (near(x0, y0, rx, ry, qx, qy)) addSplit(splitsB, j, [x0, y0]);
    if (near(x1, y1, rx, ry, qx, qy)) addSplit(splitsB, j, [x1, y1]);
    if (near(rx, ry, x0, y0, x1, y1)) addSplit(splitsA, i, [rx, ry]);
    if (near(qx, qy, x0, y0, x1, y1)) addSplit(splitsA, i, [qx, qy]);
    const dx = x1 - x0;
    const dy = y1 - y0;
    const ex = qx - rx;
    const ey = qy - ry;
    const d = dx * ey - dy * ex;
    if (d === 0) return;
    const s = ((rx - x0) * ey - (ry - y0) * ex) / d;
    const t = ((rx - x0) * dy - (ry - y0) * dx) / d;
    if (s <= 0 || s >= 1 || t <= 0 || t >= 1) return;
    const cx = x0 + s * dx;
    const cy = y0 + s * dy;
    // A crossing next to an end point is that end point touching the other edge (handled above).
    if (!(farFrom(cx, cy, x0, y0) && farFrom(cx, cy, x1, y1) && farFrom(cx, cy, rx, ry) && farFrom(cx, cy, qx, qy))) return;
    crossings.push([cx, cy]);
  };
  const edgesA = a.search(box[0], box[1], box[2], box[3]).sort((p, q) => p - q);
  const edgesB = b.search(box[0], box[1], box[2], box[3]).sort((p, q) => p - q);
  // Walk the shape with fewer edges here and search the other's index for each: a small
  // mark against a long district border then costs a few searches, not one per border edge.
  const walkA = edgesA.length <= edgesB.length;
  const [walked, W, searched] = walkA ? [edgesA, A, b] : [edgesB, B, a];
  for (let k = 0; k < walked.length; k++) {
    const e = walked[k];
    const o = e * 4;
    const x0 = W[o], y0 = W[o + 1], x1 = W[o + 2], y1 = W[o + 3];
    const found = searched.search(Math.min(x0, x1) - ON_EDGE, Math.min(y0, y1) - ON_EDGE, Math.max(x0, x1) + ON_EDGE, Math.max(y0, y1) + ON_EDGE);
    for (let m = 0; m < found.length; m++) {
      if (walkA) meet(e, found[m]);
      else meet(found[m], e);
    }
  }
  // A crossing splits every edge it lies on, not only the two that made it: where the
  // boundaries run together, the same point must cut both of them.
  for (const [px, py] of crossings) {
    splitAt(a, splitsA, px, py);
    splitAt(b, splitsB, px, py);
  }
  return [
    { edges: edgesA, splits: splitsA, near: nearA },
    { edges: edgesB, splits: splitsB, near: nearB },
  ];
}

/** Splits every edge of `shape` that point (px, py) lies on. */
function splitAt(shape: AreaShape, splits: Map<number, Point[]>, px: number, py: number): void {
  const E = shape.edges;
  const candidates = shape.search(px - ON_EDGE, py - ON_EDGE, px + ON_EDGE, py + ON_EDGE);
  for (let k = 0; k < candidates.length; k++) {
    const o = candidates[k] * 4;
    if (onEdgeInterior(px, py, E[o], E[o + 1], E[o + 2], E[o + 3])) addSplit(splits, candidates[k], [px, py]);
  }
}

/** Pieces by their exact end points (hashed; equal end points checked on lookup). */
class PieceTable {
  private readonly slots = new Map<number, number[][]>();
  private static hash = (ax: number, ay: number, cx: number, cy: number) =>
    Math.round(ax * 1e8) * 31 + Math.round(ay * 1e8) * 17 + Math.round(cx * 1e8) * 13 + Math.round(cy * 1e8) * 7;

  set(ax: number, ay: number, cx: number, cy: number, value: number): void {
    const h = PieceTable.hash(ax, ay, cx, cy);
    const slot = this.slots.get(h);
    const hit = slot?.find((e) => e[0] === ax && e[1] === ay && e[2] === cx && e[3] === cy);
    if (hit) hit[4] = value;
    else if (slot) slot.push([ax, ay, cx, cy, value]);
    else this.slots.set(h, [[ax, ay, cx, cy, value]]);
  }

  get(ax: number, ay: number, cx: number, cy: number): number | undefined {
    return this.slots.get(PieceTable.hash(ax, ay, cx, cy))?.find((e) => e[0] === ax && e[1] === ay && e[2] === cx && e[3] === cy)?.[4];
  }
}

/**
 * The pieces of s's edges in the common box, split where they meet the other shape, each
 * as [ax, ay, cx, cy, edge, near] where near = 1 when some edge of the other may be within ON_EDGE.
 */
function piecesOf(s: AreaShape, { edges, splits, near }: Side): number[][] {
  const E = s.edges;
  const out: number[][] = [];
  const push = (ax: number, ay: number, cx: number, cy: number, edge: number, near: number) => out.push([ax, ay, cx, cy, edge, near]);
  for (let k = 0; k < edges.length; k++) {
    const i = edges[k];
    const o = i * 4;
    const x0 = E[o], y0 = E[o + 1], x1 = E[o + 2], y1 = E[o + 3];
    const cuts = splits.get(i);
    if (!cuts) {
      push(x0, y0, x1, y1, i, near[i]);
      continue;
    }
    const dx = x1 - x0;
    const dy = y1 - y0;
    const at = (p: Point) => (p[0] - x0) * dx + (p[1] - y0) * dy;
    cuts.sort((p, q) => at(p) - at(q));
    let px = x0;
    let py = y0;
    for (let c = 0; c <= cuts.length; c++) {
      const qx = c < cuts.length ? cuts[c][0] : x1;
      const qy = c < cuts.length ? cuts[c][1] : y1;
      if (qx !== px || qy !== py) push(px, py, qx, qy, i, 1); // a cut edge is near t throughout, conservatively
      px = qx;
      py = qy;
    }
  }
  return out;
}

/**
 * ∮ x dy − y dx (twice the area) over s's pieces that are inside t, plus, when
 * `withShared`, the pieces s and t share running the same way.
 */
function boundaryInside(
  s: AreaShape,
  t: AreaShape,
  pieces: number[][],
  shared: PieceTable,
  withShared: boolean,
  origin: Point,
  flow: { x: number; y: number },
  kept?: number[][],
): number {
  const [ox, oy] = origin;
  let sum = 0;
  let carried: boolean | null = null; // inside-ness of the previous piece, same ring, no split between
  let prevEdge = -2;
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k];
    const ax = piece[0], ay = piece[1], cx = piece[2], cy = piece[3], edge = piece[4], near = piece[5];
    const connected = edge === prevEdge || (edge === prevEdge + 1 && s.ring[edge] === s.ring[prevEdge]);
    prevEdge = edge;
    let inside: boolean;
    const same = near ? shared.get(ax, ay, cx, cy) : undefined;
    if (same !== undefined) {
      inside = withShared && same === 1;
      carried = null;
    } else {
      // Away from t's boundary, a piece is on the side the previous one was on.
      inside = !near && connected && carried !== null ? carried : insideShape((ax + cx) / 2, (ay + cy) / 2, t);
      carried = inside;
    }
    if (inside) {
      sum += (ax - ox) * (cy - oy) - (cx - ox) * (ay - oy);
      flow.x += cx - ax;
      flow.y += cy - ay;
      kept?.push([ax, ay, cx, cy]);
    }
  }
  return sum;
}

/**
 * The pieces kept must join into closed loops: their vectors sum to zero. They may
 * not where a boundary touches itself or the other within centimetres (a tiny loop in
 * a hand-drawn ring, say) and inside/outside/on is decided inconsistently there.
 */
const MAX_OPEN = 1e-11; // radians ≈ 0.06 mm
/** Gaps up to this size (radians ≈ 0.6 m) are closed with a straight segment; larger ones withhold the answer. */
const MAX_GAP = 1e-7;

/** Twice the area added by closing the loose ends of `kept` pairwise, or null if a gap is too wide. */
function mendGaps(kept: number[][], [ox, oy]: Point): number | null {
  const balance = new Map<string, { x: number; y: number; n: number }>();
  const bump = (x: number, y: number, d: number) => {
    const key = `${x},${y}`;
    const entry = balance.get(key) ?? { x, y, n: 0 };
    entry.n += d;
    balance.set(key, entry);
  };
  for (const [ax, ay, cx, cy] of kept) {
    bump(ax, ay, 1);
    bump(cx, cy, -1);
  }
  const starts = [...balance.values()].filter((p) => p.n > 0);
  const ends = [...balance.values()].filter((p) => p.n < 0);
  let sum = 0;
  for (const end of ends) {
    while (end.n < 0) {
      let best: (typeof starts)[number] | null = null;
      for (const st of starts) {
        if (st.n > 0 && (!best || Math.hypot(st.x - end.x, st.y - end.y) < Math.hypot(best.x - end.x, best.y - end.y))) best = st;
      }
      if (!best || Math.hypot(best.x - end.x, best.y - end.y) > MAX_GAP) return null;
      sum += (end.x - ox) * (best.y - oy) - (best.x - ox) * (end.y - oy);
      end.n++;
      best.n--;
    }
  }
  return sum;
}

/**
 * Area in m² (Turf's spherical formula) of the intersection of two prepared shapes,
 * or null when the boundaries are too degenerate to be sure: use turf.intersect then.
 */
export function intersectionAreaM2(a: AreaShape, b: AreaShape): number | null {
  if (a.invalid || b.invalid) return null;
  if (a.ring.length === 0 || b.ring.length === 0) return 0;
  const box = [
    Math.max(a.bbox[0], b.bbox[0]) - ON_EDGE,
    Math.max(a.bbox[1], b.bbox[1]) - ON_EDGE,
    Math.min(a.bbox[2], b.bbox[2]) + ON_EDGE,
    Math.min(a.bbox[3], b.bbox[3]) + ON_EDGE,
  ];
  if (box[0] > box[2] || box[1] > box[3]) return 0;
  const [sideA, sideB] = meetingPoints(a, b, box);
  const piecesA = piecesOf(a, sideA);
  const piecesB = piecesOf(b, sideB);
  // Pieces on both boundaries: 1 when they run the same way, 0 the other way.
  const inB = new PieceTable();
  for (const p of piecesB) {
    if (!p[5]) continue;
    inB.set(p[0], p[1], p[2], p[3], 1);
    if (inB.get(p[2], p[3], p[0], p[1]) === undefined) inB.set(p[2], p[3], p[0], p[1], 0);
  }
  // B's pieces that A also has (either way) are counted in A's pass only.
  const inA = new PieceTable();
  for (const p of piecesA) {
    if (!p[5]) continue;
    inA.set(p[0], p[1], p[2], p[3], 0);
    inA.set(p[2], p[3], p[0], p[1], 0);
  }
  // Measure from a point near both shapes: closed loops do not depend on it, and small
  // coordinates keep the products precise.
  const origin: Point = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  const flow = { x: 0, y: 0 };
  let twice =
    boundaryInside(a, b, piecesA, inB, true, origin, flow) + boundaryInside(b, a, piecesB, inA, false, origin, flow);
  if (!Number.isFinite(twice)) return null;
  if (!(Math.abs(flow.x) + Math.abs(flow.y) <= MAX_OPEN)) {
    // Rare: go again, keeping the pieces, and close their tiny gaps.
    const kept: number[][] = [];
    const again = { x: 0, y: 0 };
    twice =
      boundaryInside(a, b, piecesA, inB, true, origin, again, kept) + boundaryInside(b, a, piecesB, inA, false, origin, again, kept);
    const mend = mendGaps(kept, origin);
    if (mend === null) return null;
    twice += mend;
  }
  return Math.max(0, (twice / 2) * R * R);
}
