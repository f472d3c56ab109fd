import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { createPrng } from '../lib/prng';
import type { PlanFeature, PlanGeometry } from '../data/types';
import type { Level } from '../data/levels';
import { createPointIndex, queryPoint } from './pointQuery';

const EARTH_R = 6_371_008.8; // Turf's mean Earth radius, metres
const DEG = Math.PI / 180;

function feature(id: string, geometry: PlanGeometry, level: Level = 'erqi', layer = 'test-layer'): PlanFeature {
  return {
    type: 'Feature',
    geometry,
    properties: { id, name: id, nameEn: id, layer, level, sources: [], drawing: { method: { zh: '测试', en: 'test' }, precisionM: 0 } },
  };
}

/** Axis-aligned square [west, south, east, north] in degrees. */
function square(id: string, [w, s, e, n]: [number, number, number, number], level: Level = 'erqi'): PlanFeature {
  return feature(id, { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] }, level);
}

const big = square('big', [113.6, 34.7, 113.7, 34.8], 'city');
const small = square('small', [113.64, 34.74, 113.66, 34.76], 'erqi');
const far = square('far', [113.9, 34.7, 114.0, 34.8], 'zhongyuan');
// A road along the parallel 34.6°N with a vertex every 0.01° (≈ 900 m), as drawn data has: Turf measures
// to great-circle segments, which on one 40 km segment would bulge 17 m north of the drawn line.
const road = feature(
  'road',
  { type: 'LineString', coordinates: Array.from({ length: 41 }, (_, i) => [113.5 + i * 0.01, 34.6]) },
  'city',
  'roads',
);
const tower = feature('tower', { type: 'Point', coordinates: [113.8, 34.9] }, 'erqi', 'points');

describe('queryPoint where only a district contains the spot', () => {
  const district = square('district', [113.5, 34.6, 113.8, 34.9], 'admin');
  const board = square('board', [113.66, 34.74, 113.68, 34.76], 'erqi');
  const index = createPointIndex([district, board, big]);

  it('also lists the nearest specific plan areas, never the broad ones it is already inside', () => {
    // Inside the district and the 100 km² city square, 0.01° west of the board.
    const { inside, near } = queryPoint(index, [113.65, 34.75]);
    expect(inside.map((h) => h.id)).toEqual(['big', 'district']);
    expect(near.map((h) => h.id)).toEqual(['board']);
    expect(near[0].distanceM).toBeGreaterThan(900);
    expect(near[0].distanceM).toBeLessThan(930);
  });
});

describe('queryPoint on hand-made squares', () => {
  const index = createPointIndex([big, small, far, road, tower]);

  it('returns both nested squares, the smaller (more specific) first', () => {
    const { inside, near } = queryPoint(index, [113.65, 34.75]);
    expect(inside.map((h) => h.id)).toEqual(['small', 'big']);
    expect(inside.map((h) => h.level)).toEqual(['erqi', 'city']);
    expect(inside.every((h) => h.distanceM === 0)).toBe(true);
    // inside something: no "nearest areas" padding
    expect(near).toEqual([]);
  });

  it('a point between the squares lists the nearest areas with distances checkable by hand (±1 %)', () => {
    // Along the parallel 34.75°N the distance to a north-south edge Δλ away is R·Δλ·cos φ:
    // big's east edge is 0.05° west, small's 0.09° west, far's west edge 0.15° east.
    const lat = 34.75;
    const { inside, near } = queryPoint(index, [113.75, lat]);
    expect(inside).toEqual([]);
    expect(near.map((h) => h.id)).toEqual(['big', 'small', 'far']);
    const expectBig = EARTH_R * 0.05 * DEG * Math.cos(lat * DEG); // ≈ 4 568 m
    const expectFar = EARTH_R * 0.15 * DEG * Math.cos(lat * DEG); // ≈ 13 705 m
    const expectSmall = EARTH_R * 0.09 * DEG * Math.cos(lat * DEG); // ≈ 8 223 m
    expect(near[0].distanceM).toBeGreaterThan(expectBig * 0.99);
    expect(near[0].distanceM).toBeLessThan(expectBig * 1.01);
    expect(Math.abs(near[1].distanceM - expectSmall) / expectSmall).toBeLessThan(0.01);
    expect(Math.abs(near[2].distanceM - expectFar) / expectFar).toBeLessThan(0.01);
  });

  it('measures to the nearest edge, not to a corner or the centre', () => {
    // 0.01° of latitude south of big's south edge: R·Δφ ≈ 1 112 m
    const { near } = queryPoint(index, [113.65, 34.69], { nearestCount: 1 });
    expect(near).toHaveLength(1);
    expect(near[0].id).toBe('big');
    const expected = EARTH_R * 0.01 * DEG;
    expect(Math.abs(near[0].distanceM - expected) / expected).toBeLessThan(0.01);
  });

  it('lists a road within 150 m and not one 220 m away', () => {
    const close = queryPoint(index, [113.75, 34.601]); // ≈ 111 m north of the road
    expect(close.near.find((h) => h.id === 'road')?.distanceM).toBeCloseTo(EARTH_R * 0.001 * DEG, -1);
    const farther = queryPoint(index, [113.75, 34.602], { nearestCount: 0 }); // ≈ 222 m
    expect(farther.near.map((h) => h.id)).toEqual([]);
    expect(queryPoint(index, [113.75, 34.602], { lineToleranceM: 250, nearestCount: 0 }).near.map((h) => h.id)).toEqual(['road']);
  });

  it('lists a point feature within 300 m', () => {
    const { near } = queryPoint(index, [113.8, 34.902], { nearestCount: 0 }); // ≈ 222 m north of the tower
    expect(near.map((h) => h.id)).toEqual(['tower']);
    expect(near[0].distanceM).toBeGreaterThan(215);
    expect(near[0].distanceM).toBeLessThan(230);
    expect(queryPoint(index, [113.8, 34.905], { nearestCount: 0 }).near).toEqual([]); // ≈ 556 m
  });

  it('lines and points near a point inside an area are listed too', () => {
    const withRoad = createPointIndex([big, feature('inner-road', { type: 'LineString', coordinates: [[113.6, 34.75], [113.7, 34.75]] })]);
    const { inside, near } = queryPoint(withRoad, [113.65, 34.7505]);
    expect(inside.map((h) => h.id)).toEqual(['big']);
    expect(near.map((h) => h.id)).toEqual(['inner-road']);
  });

  it('an empty index or a bad coordinate answers nothing instead of failing', () => {
    expect(queryPoint(createPointIndex([]), [113.6, 34.7])).toEqual({ inside: [], near: [] });
    expect(queryPoint(index, [Number.NaN, 34.7])).toEqual({ inside: [], near: [] });
  });
});

describe('holes and multipolygons', () => {
  const donut = feature('donut', {
    type: 'Polygon',
    coordinates: [
      [[113.6, 34.7], [113.7, 34.7], [113.7, 34.8], [113.6, 34.8], [113.6, 34.7]],
      [[113.64, 34.74], [113.66, 34.74], [113.66, 34.76], [113.64, 34.76], [113.64, 34.74]],
    ],
  });
  const pair = feature('pair', {
    type: 'MultiPolygon',
    coordinates: [
      [[[113.0, 34.0], [113.01, 34.0], [113.01, 34.01], [113.0, 34.01], [113.0, 34.0]]],
      [[[113.1, 34.0], [113.11, 34.0], [113.11, 34.01], [113.1, 34.01], [113.1, 34.0]]],
    ],
  });
  const index = createPointIndex([donut, pair]);

  it('a point in the hole is not inside, and its distance is to the hole edge', () => {
    const { inside, near } = queryPoint(index, [113.65, 34.75], { nearestCount: 1 });
    expect(inside).toEqual([]);
    const expected = EARTH_R * 0.01 * DEG * Math.cos(34.75 * DEG); // to the hole's east/west edge
    expect(near[0].id).toBe('donut');
    expect(Math.abs(near[0].distanceM - expected) / expected).toBeLessThan(0.01);
  });

  it('either part of a multipolygon counts as inside', () => {
    expect(queryPoint(index, [113.105, 34.005]).inside.map((h) => h.id)).toEqual(['pair']);
    expect(queryPoint(index, [113.005, 34.005]).inside.map((h) => h.id)).toEqual(['pair']);
  });
});

describe('agrees with measuring every feature by brute force', () => {
  // 40 random rectangles and 10 random lines around Zhengzhou; 300 random points.
  const r = createPrng(4242);
  const features: PlanFeature[] = [];
  for (let i = 0; i < 40; i++) {
    const w = r.range(113.3, 113.9);
    const s = r.range(34.5, 34.9);
    const poly = square(`area-${i}`, [w, s, w + r.range(0.005, 0.15), s + r.range(0.005, 0.12)]);
    // jitter one corner so edges are not all axis-aligned
    (poly.geometry as Polygon).coordinates[0][2] = [w + r.range(0.01, 0.2), s + r.range(0.01, 0.15)];
    features.push(poly);
  }
  for (let i = 0; i < 10; i++) {
    const coords = Array.from({ length: 6 }, () => [r.range(113.3, 114), r.range(34.5, 35)]);
    features.push(feature(`line-${i}`, { type: 'LineString', coordinates: coords }));
  }
  const index = createPointIndex(features);

  const edgeDistance = (f: PlanFeature, p: [number, number]): number => {
    const lines = polygonToLine(f as Feature<Polygon>) as Feature<LineString | MultiLineString>;
    const parts = lines.geometry.type === 'LineString' ? [lines.geometry.coordinates] : lines.geometry.coordinates;
    return Math.min(...parts.map((c) => pointToLineDistance(p, { type: 'LineString', coordinates: c }, { units: 'meters' })));
  };

  it('finds the same containing areas and the same nearest areas', () => {
    for (let k = 0; k < 300; k++) {
      const p: [number, number] = [r.range(113.2, 114.1), r.range(34.4, 35.1)];
      const got = queryPoint(index, p, { nearestCount: 3, lineToleranceM: 2000 });
      const areas = features.filter((f) => f.geometry.type === 'Polygon');
      const inside = areas.filter((f) => booleanPointInPolygon(p, f.geometry as Polygon | MultiPolygon));
      expect(new Set(got.inside.map((h) => h.id))).toEqual(new Set(inside.map((f) => f.properties.id)));
      if (inside.length === 0) {
        const expected = areas
          .map((f) => ({ id: f.properties.id, d: edgeDistance(f, p) }))
          .sort((a, b) => a.d - b.d)
          .slice(0, 3);
        const gotAreas = got.near.filter((h) => h.kind === 'polygon');
        expect(gotAreas.map((h) => h.distanceM)).toEqual(expected.map((e) => expect.closeTo(e.d, 3)));
      }
      const lines = features.filter((f) => f.geometry.type === 'LineString');
      const nearLines = lines.filter((f) => pointToLineDistance(p, f.geometry as LineString, { units: 'meters' }) <= 2000);
      expect(new Set(got.near.filter((h) => h.kind === 'line').map((h) => h.id))).toEqual(new Set(nearLines.map((f) => f.properties.id)));
    }
  });
});
