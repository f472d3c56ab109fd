/**
 * Self-intersecting rings (figure-of-eight boundaries, a hole crossing its outer
 * ring) are repaired rather than rejected: a digitising slip should not stop an
 * analysis, but the user is told where it happened. Each ring is split into simple
 * pieces with turf.unkinkPolygon, then outer pieces are united and hole pieces
 * subtracted. If the result still crosses itself, the import is refused.
 */
import { difference, featureCollection, polygon, union, unkinkPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { polygonsOf } from './extract';
import { findCrossings } from './rings';

export interface Repair {
  geometry: Polygon | MultiPolygon;
  /** Crossing points found before the repair (lon/lat), at most 50. */
  crossings: Position[];
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

/** The crossings of a geometry, and a repaired geometry when there were any (throws if it cannot). */
export function repairSelfIntersections(geometry: Polygon | MultiPolygon): Repair {
  const polygons = polygonsOf(geometry);
  const crossings = polygons.flatMap((rings) => findCrossings(rings)).slice(0, 50);
  if (crossings.length === 0) return { geometry, crossings };
  const parts = polygons.flatMap((rings) => (findCrossings(rings, 1).length > 0 ? repairPolygon(rings) : [rings]));
  if (parts.length === 0 || parts.some((rings) => findCrossings(rings, 1).length > 0)) {
    throw new Error('ring still crosses itself after repair');
  }
  return {
    geometry: parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts },
    crossings,
  };
}
