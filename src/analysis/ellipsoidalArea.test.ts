import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { ellipsoidalAreaKm2, ringAreaM2 } from './ellipsoidalArea';

// Closed-form area of a latitude/longitude cell on the WGS-84 ellipsoid (authalic formula),
// independent of GeographicLib.
const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const B2 = A * A * (1 - E2);
function q(latDeg: number): number {
  const s = Math.sin((latDeg * Math.PI) / 180);
  return s / (1 - E2 * s * s) + Math.log((1 + E * s) / (1 - E * s)) / (2 * E);
}
const cellM2 = (lat1: number, lat2: number, dLon: number) => (B2 / 2) * (q(lat2) - q(lat1)) * ((dLon * Math.PI) / 180);

const cell = (lon: number, lat: number, d: number): Position[] => [
  [lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat],
];

describe('ellipsoidal area', () => {
  it('matches the closed-form area of a 0.05° cell at Zhengzhou to 1e-5', () => {
    const expected = cellM2(34.7, 34.75, 0.05);
    expect(Math.abs(ringAreaM2(cell(113.6, 34.7, 0.05)) - expected) / expected).toBeLessThan(1e-5);
  });

  it('ignores ring orientation and subtracts holes', () => {
    const ccw = cell(113.6, 34.7, 0.05);
    expect(ringAreaM2([...ccw].reverse())).toBeCloseTo(ringAreaM2(ccw), 3);
    const withHole: Polygon = { type: 'Polygon', coordinates: [ccw, cell(113.61, 34.71, 0.01)] };
    const expected = (cellM2(34.7, 34.75, 0.05) - cellM2(34.71, 34.72, 0.01)) / 1e6;
    expect(ellipsoidalAreaKm2(withHole)).toBeCloseTo(expected, 4);
  });
});
