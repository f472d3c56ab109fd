/**
 * How precise each stretch of a built feature's outline is, derived from its
 * recipe (never typed by hand): an edge between located places (junctions,
 * landmarks, facilities, road points) or along a district border is
 * **located**; an edge touching an estimated place, an explicit `lonlat`
 * vertex or a place moved by a `fit` is **estimated**; the outline of a shape
 * that only marks a place (a circle, a hull of explicit vertices, a two-point
 * line) is a **mark**. Each stretch carries its precision in metres: the
 * larger of its two ends' (a fitted place counts its band).
 *
 * The built geometry is traced back to the straight pieces the recipe walked
 * (clipping and unions cut those pieces but never bend them), so every edge of
 * the output gets the class of the piece it lies on. Pure; see build.ts and edges.ts.
 */
import Flatbush from 'flatbush';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { EdgeClass, PlanGeometry } from '../../../src/data/types';
import { polygonsOf } from '../../../src/lib/polygons';

/** Where one walked vertex of a ring or line comes from. */
export type VertexOrigin =
  /** A gazetteer place; `estimated` for kind "estimated" and places a fit moved (their band counted in `precisionM`). */
  | { kind: 'place'; estimated: boolean; precisionM: number }
  /** A vertex of a district border stretch (the stretch's ends included). */
  | { kind: 'border'; precisionM: number }
  /** An explicit `lonlat` vertex: placed by hand, so estimated, as precise as its own `precisionM` or else the feature's. */
  | { kind: 'lonlat'; precisionM?: number };

export interface TracedVertex {
  pos: Position;
  origin: VertexOrigin;
}

/** A stretch of an outline or line with one class and one precision. */
export interface EdgeRun {
  edge: EdgeClass;
  precisionM: number;
  coordinates: Position[];
}

/** A straight piece of the recipe the built edges are traced back to. */
export interface SourceSegment {
  a: Position;
  b: Position;
  edge: EdgeClass;
  precisionM: number;
}

/** Built edges farther than this from every piece of their recipe are not traced (metres; clipping rounds to 6 decimals, ~0.1 m). */
const TRACE_TOLERANCE_M = 2;

/** The class and precision of the piece between two walked vertices; `featurePrecisionM` stands in for explicit vertices. */
export function segmentClass(a: VertexOrigin, b: VertexOrigin, featurePrecisionM: number): Pick<SourceSegment, 'edge' | 'precisionM'> {
  const precision = (o: VertexOrigin) => (o.kind === 'lonlat' ? (o.precisionM ?? featurePrecisionM) : o.precisionM);
  const estimated = (o: VertexOrigin) => o.kind === 'lonlat' || (o.kind === 'place' && o.estimated);
  return { edge: estimated(a) || estimated(b) ? 'estimated' : 'located', precisionM: Math.max(precision(a), precision(b)) };
}

/**
 * Whether a walk only marks a place: no vertex is a gazetteer place or a border
 * (a hull of explicit vertices), or a line of just two vertices (a chord, not a course).
 */
export function walkIsMark(walk: readonly TracedVertex[], closed: boolean): boolean {
  if (!closed && walk.length <= 2) return true;
  return walk.every((v) => v.origin.kind === 'lonlat');
}

/** The pieces of a walked ring (closed: back to the start) or line, each with its class. */
export function walkSegments(walk: readonly TracedVertex[], closed: boolean, featurePrecisionM: number): SourceSegment[] {
  const out: SourceSegment[] = [];
  const n = walk.length;
  for (let i = 0; i < (closed ? n : n - 1); i++) {
    const [a, b] = [walk[i], walk[(i + 1) % n]];
    out.push({ a: a.pos, b: b.pos, ...segmentClass(a.origin, b.origin, featurePrecisionM) });
  }
  return out;
}

/** Every edge of a polygon's rings as one class (district borders: located; marks: mark). */
export function outlineSegments(g: Polygon | MultiPolygon, edge: EdgeClass, precisionM: number): SourceSegment[] {
  return polygonsOf(g).flatMap((rings) => rings.flatMap((ring) => ring.slice(1).map((b, i) => ({ a: ring[i], b, edge, precisionM }))));
}

/** The pieces of runs already classified (the parts of a union). */
export const runSegments = (runs: readonly EdgeRun[]): SourceSegment[] =>
  runs.flatMap((r) => r.coordinates.slice(1).map((b, i) => ({ a: r.coordinates[i], b, edge: r.edge, precisionM: r.precisionM })));

/** The lines and rings of a geometry, each with whether it closes on itself. */
function pathsOf(g: PlanGeometry): { path: Position[]; closed: boolean }[] {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return polygonsOf(g).flatMap((rings) => rings.map((path) => ({ path, closed: true })));
  if (g.type === 'LineString') return [{ path: (g as LineString).coordinates, closed: false }];
  if (g.type === 'MultiLineString') return (g as MultiLineString).coordinates.map((path) => ({ path, closed: false }));
  return [];
}

/** Metres on a local plane around `lat0`: enough for distances of a few metres. */
function localPlane(lat0: number) {
  const kx = 111_320 * Math.cos((lat0 * Math.PI) / 180);
  const ky = 110_574;
  return (p: Position): [number, number] => [p[0] * kx, p[1] * ky];
}

function distanceToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

type Label = Pick<SourceSegment, 'edge' | 'precisionM'>;
const sameLabel = (a: Label, b: Label) => a.edge === b.edge && a.precisionM === b.precisionM;

/** Consecutive edges of one path with the same label joined into runs; a closed path starts where its label changes. */
function runsOf(path: Position[], labels: Label[], closed: boolean): EdgeRun[] {
  let start = 0;
  if (closed) {
    const change = labels.findIndex((l, i) => i > 0 && !sameLabel(l, labels[i - 1]));
    if (change > 0 && sameLabel(labels[0], labels[labels.length - 1])) start = change;
  }
  const runs: EdgeRun[] = [];
  for (let k = 0; k < labels.length; k++) {
    const i = (start + k) % labels.length;
    const last = runs[runs.length - 1];
    if (last && sameLabel(last, labels[i])) last.coordinates.push(path[i + 1]);
    else runs.push({ ...labels[i], coordinates: [path[i], path[i + 1]] });
  }
  return runs;
}

export interface TracedEdges {
  runs: EdgeRun[];
  /** Built edges lying on no piece of the recipe (drawn as estimated at `fallback`): should be none. */
  untraced: number;
}

/**
 * Labels every edge of `geometry` with the piece of `sources` it lies on (both
 * ends within 2 m, else its midpoint) and joins them into runs. Edges on no
 * piece get `fallback` and are counted.
 */
export function traceEdges(geometry: PlanGeometry, sources: readonly SourceSegment[], fallback: Label): TracedEdges {
  const paths = pathsOf(geometry);
  if (!paths.length) return { runs: [], untraced: 0 };
  const toPlane = localPlane(paths[0].path[0][1]);
  const planar = sources.map((s) => ({ s, a: toPlane(s.a), b: toPlane(s.b) }));
  const index = new Flatbush(Math.max(1, planar.length));
  for (const { a, b } of planar) index.add(Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
  if (!planar.length) index.add(0, 0, 0, 0);
  index.finish();

  let untraced = 0;
  const labelOf = (p: Position, q: Position): Label => {
    const [pp, qp] = [toPlane(p), toPlane(q)];
    const mid: [number, number] = [(pp[0] + qp[0]) / 2, (pp[1] + qp[1]) / 2];
    const t = TRACE_TOLERANCE_M;
    const near = index.search(Math.min(pp[0], qp[0]) - t, Math.min(pp[1], qp[1]) - t, Math.max(pp[0], qp[0]) + t, Math.max(pp[1], qp[1]) + t);
    let best: Label | undefined;
    let bestD = Infinity;
    let midBest: Label | undefined;
    let midD = Infinity;
    for (const i of near) {
      const c = planar[i];
      if (!c) continue;
      const d = Math.max(distanceToSegment(pp, c.a, c.b), distanceToSegment(qp, c.a, c.b));
      if (d < bestD) [best, bestD] = [c.s, d];
      const m = distanceToSegment(mid, c.a, c.b);
      if (m < midD) [midBest, midD] = [c.s, m];
    }
    if (best && bestD <= t) return best;
    // Clipping may join pieces that run straight on into one edge: its midpoint still lies on one of them.
    if (midBest && midD <= t) return midBest;
    untraced++;
    return fallback;
  };

  const runs = paths.flatMap(({ path, closed }) => {
    const labels = path.slice(1).map((q, i) => {
      const l = labelOf(path[i], q);
      return { edge: l.edge, precisionM: l.precisionM };
    });
    return labels.length ? runsOf(path, labels, closed) : [];
  });
  return { runs, untraced };
}

/** The whole outline (or line) of a geometry as one class: a mark's. */
export function markRuns(geometry: PlanGeometry, precisionM: number): EdgeRun[] {
  return pathsOf(geometry)
    .filter(({ path }) => path.length > 1)
    .map(({ path }) => ({ edge: 'mark' as const, precisionM, coordinates: path }));
}
