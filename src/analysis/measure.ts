/**
 * What the measure tool shows: path length, and for an outline its area and
 * perimeter, on the WGS-84 ellipsoid (GeographicLib), so a measured 1 km is 1 km
 * anywhere on the map. Pure; the map tool only collects the points.
 */
import geodesic from 'geographiclib-geodesic';
import type { LineString, Point, Polygon, Position } from 'geojson';
import { ringAreaM2 } from './ellipsoidalArea';
import { findCrossings } from '../lib/rings';

const WGS84 = geodesic.Geodesic.WGS84;

/** Geodesic distance in metres between two lon/lat points. */
export function distanceM(a: Position, b: Position): number {
  return WGS84.Inverse(a[1], a[0], b[1], b[0]).s12 ?? 0;
}

export function pathLengthM(points: readonly Position[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++) sum += distanceM(points[i - 1], points[i]);
  return sum;
}

export interface Measurement {
  /** Length of the drawn path (distance mode) or the closed outline (area mode), m. */
  lengthM: number;
  /** Area of the closed outline, km²; null in distance mode or with fewer than 3 points. */
  areaKm2: number | null;
  /** The outline crosses itself, so its area means nothing. */
  selfCrossing: boolean;
}

export function measure(points: readonly Position[], mode: 'distance' | 'area'): Measurement {
  if (mode === 'distance' || points.length < 3) {
    return { lengthM: pathLengthM(points), areaKm2: null, selfCrossing: false };
  }
  const ring = [...points, points[0]];
  const selfCrossing = findCrossings([ring], 1).length > 0;
  return { lengthM: pathLengthM(ring), areaKm2: ringAreaM2(ring) / 1e6, selfCrossing };
}

/** A drawn sketch's figures: nothing for a point, the length of a line, the area and perimeter of a polygon. */
export type SketchGeometry = Point | LineString | Polygon;

export function measureGeometry(geometry: SketchGeometry): Measurement | null {
  switch (geometry.type) {
    case 'Point':
      return null;
    case 'LineString':
      return measure(geometry.coordinates, 'distance');
    case 'Polygon': {
      const open = geometry.coordinates[0]?.slice(0, -1) ?? [];
      return measure(open, 'area');
    }
  }
}
