/**
 * Self-intersecting rings (figure-of-eight boundaries, a hole crossing its outer
 * ring) are repaired rather than rejected: a digitising slip should not stop an
 * analysis, but the user is told where it happened. Each ring is split into simple
 * pieces with turf.unkinkPolygon, then outer pieces are united and hole pieces
 * subtracted. If the result still crosses itself, the import is refused.
 *
 * Spikes (the boundary running out and straight back, common in digitised district
 * outlines) are removed first: they enclose no area and are not crossings.
 */
import { difference, featureCollection, polygon, union, unkinkPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { fromPolygons, polygonsOf } from '../lib/polygons';
import { findCrossings, pointInRing, signedArea2, splitBridges, withoutSpikes } from '../lib/rings';

export interface Repair {
  /** null when nothing with area is left once spikes are removed. */
  geometry: Polygon | MultiPolygon | null;
  /** Crossing points found before the repair (lon/lat), at most 50. */
  crossings: Position[];
  /** Vertices removed as spikes or repeats. */
  spikeVertices: number;
  /** Keyhole bridges cut (a hole or part joined to the outline by a line walked both ways). */
  bridges: number;
}

/** 2e-6° ≈ 0.2 m: twice the rounding of 6-decimal coordinates. */
export const SPIKE_TOLERANCE_DEG = 2e-6;

/**
 * The geometry without spikes and with keyhole bridges cut: an outline's pieces turning
 * the same way as its largest piece are parts, the others holes (assigned to the part
 * holding most of their vertices). Pieces without area are dropped.
 */
function cleaned(geometry: Polygon | MultiPolygon): { polygons: Position[][][]; spikeVertices: number; bridges: number } {
  let spikeVertices = 0;
  let bridges = 0;
  const polygons: Position[][][] = [];
  for (const rings of polygonsOf(geometry)) {
    const outers: Position[][] = [];
    const holes: Position[][] = [];
    for (const [k, ring] of rings.entries()) {
      const despiked = withoutSpikes(ring, SPIKE_TOLERANCE_DEG);
      spikeVertices += Math.max(0, ring.length - Math.max(despiked.length, 1));
      const split = despiked.length >= 4 ? splitBridges(despiked) : [];
      bridges += Math.max(0, split.length - 1);
      const pieces = split.map((r) => withoutSpikes(r, SPIKE_TOLERANCE_DEG)).filter((r) => r.length >= 4);
      if (k > 0) {
        holes.push(...pieces);
        continue;
      }
      if (pieces.length === 0) break; // the outline encloses nothing: drop the polygon
      const main = pieces.reduce((a, b) => (Math.abs(signedArea2(b)) > Math.abs(signedArea2(a)) ? b : a));
      for (const piece of pieces) (Math.sign(signedArea2(piece)) === Math.sign(signedArea2(main)) ? outers : holes).push(piece);
    }
    const assembled = outers.map((outer) => [outer]);
    for (const hole of holes) {
      const votes = outers.map((outer) => hole.filter((p) => pointInRing(p, outer)).length);
      const best = votes.indexOf(Math.max(...votes));
      if (best >= 0 && votes[best] > 0) assembled[best].push(hole);
    }
    polygons.push(...assembled);
  }
  return { polygons, spikeVertices, bridges };
}

const piecesOf = (ring: Position[]): Feature<Polygon>[] => unkinkPolygon(polygon([ring])).features;

function unite(pieces: Feature<Polygon | MultiPolygon>[]): Feature<Polygon | MultiPolygon> | null {
  if (pieces.length === 0) return null;
  if (pieces.length === 1) return pieces[0];
  return union(featureCollection(pieces));
}

function repairPolygon(rings: Position[][]): Position[][][] {
  let shape = unite(piecesOf(rings[0]));
  const holes = unite(rings.slice(1).flatMap(piecesOf));
  if (shape && holes) shape = difference(featureCollection([shape, holes]));
  return shape ? polygonsOf(shape.geometry) : [];
}

/** Spikes removed, bridges cut, and crossings found and repaired (throws if they cannot be). */
export function repairSelfIntersections(geometry: Polygon | MultiPolygon): Repair {
  const { polygons, spikeVertices, bridges } = cleaned(geometry);
  const base = { spikeVertices, bridges };
  if (polygons.length === 0) return { geometry: null, crossings: [], ...base };
  const crossings = polygons.flatMap((rings) => findCrossings(rings)).slice(0, 50);
  const clean = spikeVertices > 0 || bridges > 0 ? fromPolygons(polygons) : geometry;
  if (crossings.length === 0) return { geometry: clean, crossings, ...base };
  const parts = polygons.flatMap((rings) => (findCrossings(rings, 1).length > 0 ? repairPolygon(rings) : [rings]));
  if (parts.length === 0 || parts.some((rings) => findCrossings(rings, 1).length > 0)) {
    throw new Error('ring still crosses itself after repair');
  }
  return { geometry: fromPolygons(parts), crossings, ...base };
}
