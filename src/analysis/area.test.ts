import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { areaKm2 } from './area';

// A closed lon/lat rectangle of the given size in km at Zhengzhou's latitude.
const R_KM = 6371.0088;
function rect(lon: number, lat: number, wKm: number, hKm: number): number[][] {
  const dLat = (hKm / R_KM) * (180 / Math.PI);
  const dLon = (wKm / (R_KM * Math.cos((lat * Math.PI) / 180))) * (180 / Math.PI);
  return [[lon, lat], [lon + dLon, lat], [lon + dLon, lat + dLat], [lon, lat + dLat], [lon, lat]];
}

describe('areaKm2', () => {
  it('measures a 1 km × 1 km square at Zhengzhou as 1 km²', () => {
    expect(areaKm2({ type: 'Polygon', coordinates: [rect(113.66, 34.75, 1, 1)] })).toBeCloseTo(1, 2);
  });

  it('subtracts holes and adds multipolygon parts', () => {
    const withHole: Polygon = { type: 'Polygon', coordinates: [rect(113.6, 34.7, 2, 2), rect(113.605, 34.705, 1, 1)] };
    expect(areaKm2(withHole)).toBeCloseTo(3, 1);
    const multi = {
      type: 'Feature' as const,
      properties: {},
      geometry: { type: 'MultiPolygon' as const, coordinates: [[rect(113.6, 34.7, 1, 1)], [rect(113.7, 34.7, 2, 1)]] },
    };
    expect(areaKm2(multi)).toBeCloseTo(3, 1);
  });
});

describe('spherical vs ellipsoidal area', () => {
  it('stays within 0.1 % of the WGS-84 ellipsoidal area on every district polygon', async () => {
    const { readFileSync } = await import('node:fs');
    const { ellipsoidalAreaKm2 } = await import('./ellipsoidalArea');
    const districts = JSON.parse(readFileSync('geodata/admin/districts.geojson', 'utf8')) as {
      features: { geometry: Polygon }[];
    };
    expect(districts.features.length).toBeGreaterThan(10);
    for (const f of districts.features) {
      const e = ellipsoidalAreaKm2(f.geometry);
      expect(Math.abs(areaKm2(f.geometry) - e) / e).toBeLessThan(0.001);
    }
  });
});
