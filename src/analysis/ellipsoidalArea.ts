/**
 * Polygon area on the WGS-84 ellipsoid (GeographicLib, Karney 2013): exact to
 * round-off, unlike Turf's spherical approximation. See area.ts for which one
 * the analysis uses and why.
 */
// The package is CommonJS with `module.exports = geodesic`: only the default
// import works under Node's ESM loader (named imports come back undefined).
import geodesic from 'geographiclib-geodesic';
import type { Position } from 'geojson';
import type { AreaGeometry, AreaInput } from './area';

const WGS84 = geodesic.Geodesic.WGS84;

/** |area| of one ring in m²; orientation and a repeated closing vertex do not matter. */
export function ringAreaM2(ring: readonly Position[]): number {
  const poly = WGS84.Polygon(false);
  const n = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]
    ? ring.length - 1
    : ring.length;
  if (n < 3) return 0;
  for (let i = 0; i < n; i++) poly.AddPoint(ring[i][1], ring[i][0]);
  // sign=true: a clockwise ring gives a negative area instead of "the rest of the Earth".
  return Math.abs(poly.Compute(false, true).area ?? 0);
}

const polygonAreaM2 = (rings: readonly Position[][]): number =>
  rings.reduce((sum, ring, i) => (i === 0 ? sum + ringAreaM2(ring) : sum - ringAreaM2(ring)), 0);

/** Ellipsoidal area in m² (outer rings minus holes; multipolygon parts summed). */
export function ellipsoidalAreaM2(input: AreaInput): number {
  const g: AreaGeometry = input.type === 'Feature' ? input.geometry : input;
  if (g.type === 'Polygon') return polygonAreaM2(g.coordinates);
  return g.coordinates.reduce((sum, p) => sum + polygonAreaM2(p), 0);
}

export const ellipsoidalAreaKm2 = (input: AreaInput): number => ellipsoidalAreaM2(input) / 1e6;
