/**
 * geodata/admin/districts.geojson against independent facts: the national
 * boundary service's city outline (testing/, CGCS2000 ≈ WGS-84, source in testing/README.md)
 * and the district areas measured when the file was made.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { area, featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Feature<Polygon | MultiPolygon, { id: string }>;
const DISTRICTS = fileURLToPath(new URL('../../geodata/admin/districts.geojson', import.meta.url));
const OUTLINE = fileURLToPath(new URL('./testing/zhengzhou-city-outline-cgcs2000.geojson', import.meta.url));

const districts = JSON.parse(readFileSync(DISTRICTS, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { id: string }>;
const exteriors = (g: Polygon | MultiPolygon): Position[][] => (g.type === 'Polygon' ? [g.coordinates[0]] : g.coordinates.map((p) => p[0]));

// Local equirectangular metres: distances of a few hundred metres within the
// city are exact to well under 1 %, and this is far faster than geodesics.
const R = 6371008.8;
const LAT0 = (34.7 * Math.PI) / 180;
const xy = ([lon, lat]: Position): [number, number] => [(R * Math.cos(LAT0) * lon * Math.PI) / 180, (R * lat * Math.PI) / 180];

function segmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Points every `stepM` metres along a ring (projected). */
function sample(ring: Position[], stepM: number): [number, number][] {
  const pts = ring.map(xy);
  const out: [number, number][] = [];
  let carry = 0;
  for (let i = 0; i + 1 < pts.length; i++) {
    const [a, b] = [pts[i], pts[i + 1]];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    for (let d = carry; d < len; d += stepM) out.push([a[0] + ((b[0] - a[0]) * d) / len, a[1] + ((b[1] - a[1]) * d) / len]);
    carry = (carry - len) % stepM;
    if (carry < 0) carry += stepM;
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

describe('admin districts', () => {
  it('form the city outline of the national boundary service (median gap < 100 m)', () => {
    const outline = JSON.parse(readFileSync(OUTLINE, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
    const merged = union(featureCollection(districts.features as Area[]));
    expect(merged).not.toBeNull();
    const ours = exteriors(merged!.geometry).map((r) => r.map(xy));
    const samples = outline.features.flatMap((f) => exteriors(f.geometry)).flatMap((r) => sample(r, 200));
    expect(samples.length).toBeGreaterThan(1000); // ~200 m steps round a city several hundred km round

    const gaps = samples.map((p) => {
      let best = Infinity;
      for (const ring of ours) for (let i = 0; i + 1 < ring.length; i++) best = Math.min(best, segmentDistance(p, ring[i], ring[i + 1]));
      return best;
    });
    const med = median(gaps);
    console.log(`districts vs CGCS2000 city outline: median gap ${med.toFixed(1)} m over ${samples.length} samples (p90 ${[...gaps].sort((a, b) => a - b)[Math.floor(gaps.length * 0.9)].toFixed(0)} m)`);
    expect(med).toBeLessThan(100);
  });

  it.each([
    ['erqi', 159.9],
    ['zhongyuan', 197.0],
  ])('%s has its measured area (%s km² ± 5 %)', (id, km2) => {
    const f = districts.features.find((d) => d.properties.id === id);
    expect(f, `district ${id}`).toBeDefined();
    const drawn = area(f!) / 1e6;
    expect(Math.abs(drawn - km2) / km2).toBeLessThan(0.05);
  });
});
