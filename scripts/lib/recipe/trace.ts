/**
 * Boundary tracing: the stretch of a district border between two places (a
 * recipe's `border` step), walked the short way round or the way that passes
 * nearest a `via` place.
 */
import { length, lineString, nearestPointOnLine, pointToLineDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { borderPrecisionM, Problem, type Context } from './context';
import type { VertexOrigin } from './edgeClasses';

/** A position on a closed ring: the segment it lies on and how far along that segment. */
interface RingPoint {
  pos: Position;
  segment: number;
  along: number;
}

function project(ring: Position[], pt: Position): RingPoint & { distanceKm: number } {
  const snapped = nearestPointOnLine(lineString(ring), pt);
  const { segmentIndex, segmentDistance, pointDistance } = snapped.properties;
  return { pos: snapped.geometry.coordinates, segment: segmentIndex, along: segmentDistance, distanceKm: pointDistance };
}

/** Walks the ring forward (in vertex order) from a to b, endpoints included. */
function walkForward(ring: Position[], a: RingPoint, b: RingPoint): Position[] {
  const n = ring.length - 1; // segments; ring[n] repeats ring[0]
  const path = [a.pos];
  const sameSegmentAhead = a.segment === b.segment && a.along <= b.along;
  if (!sameSegmentAhead) {
    // Vertices a.segment+1 … b.segment, wrapping round the ring's start.
    let k = (a.segment + 1) % n;
    for (;;) {
      path.push(ring[k]);
      if (k === b.segment) break;
      k = (k + 1) % n;
    }
  }
  path.push(b.pos);
  return path;
}

/** The exterior ring of the district part that lies nearest the point. */
function nearestExterior(d: Feature<Polygon | MultiPolygon>, pt: Position): Position[] {
  const exteriors = d.geometry.type === 'Polygon' ? [d.geometry.coordinates[0]] : d.geometry.coordinates.map((p) => p[0]);
  let best = exteriors[0];
  let bestKm = Infinity;
  for (const ring of exteriors) {
    const km = project(ring, pt).distanceKm;
    if (km < bestKm) [best, bestKm] = [ring, km];
  }
  return best;
}

/** The stretch of a district border between the points nearest `from` and `to`. */
export function borderStretch(ctx: Context, step: { border: string; from: string; to: string; via?: string }): Position[] {
  const district = ctx.district(step.border, 'border');
  const from = ctx.place(step.from, 'border.from');
  const via = step.via === undefined ? undefined : ctx.place(step.via, 'border.via');
  const to = ctx.place(step.to, 'border.to');
  const ring = nearestExterior(district, from);
  if (nearestExterior(district, to) !== ring) throw new Problem(`border ${step.border}: "${step.from}" and "${step.to}" are nearest different parts of the district`);
  const a = project(ring, from);
  const b = project(ring, to);
  const forward = walkForward(ring, a, b);
  const backward = walkForward(ring, b, a).reverse();
  let path: Position[];
  if (via) {
    const off = (p: Position[]) => (p.length < 2 ? Infinity : pointToLineDistance(via, lineString(p)));
    path = off(forward) <= off(backward) ? forward : backward;
  } else {
    const km = (p: Position[]) => (p.length < 2 ? 0 : length(lineString(p)));
    path = km(forward) <= km(backward) ? forward : backward;
  }
  const origin: VertexOrigin = { kind: 'border', precisionM: borderPrecisionM(district) };
  ctx.trace.push(...path.map((pos) => ({ pos, origin })));
  return path;
}
