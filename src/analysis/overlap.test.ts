import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { classifyOverlap, overlapOf, type IdentifiedArea } from './overlap';

// Squares measured in km east/north of a point in Zhengzhou (34.75°N).
const LON0 = 113.66;
const LAT0 = 34.75;
const KM_LAT = 1 / 111.195;
const KM_LON = KM_LAT / Math.cos((LAT0 * Math.PI) / 180);
function ring(x: number, y: number, w: number, h: number): number[][] {
  const [x0, y0, x1, y1] = [LON0 + x * KM_LON, LAT0 + y * KM_LAT, LON0 + (x + w) * KM_LON, LAT0 + (y + h) * KM_LAT];
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
}
const area = (id: string, geometry: Polygon | MultiPolygon): IdentifiedArea => ({ type: 'Feature', properties: { id }, geometry });
const square = (id: string, x: number, y: number, side = 1) => area(id, { type: 'Polygon', coordinates: [ring(x, y, side, side)] });

describe('overlapOf', () => {
  it('finds half of two 1 km squares shifted by 500 m', () => {
    const o = overlapOf(square('a', 0, 0), square('b', 0.5, 0));
    expect(o.aId).toBe('a');
    expect(o.bId).toBe('b');
    expect(o.intersectionKm2).toBeCloseTo(0.5, 2);
    expect(o.shareOfA).toBeCloseTo(0.5, 2);
    expect(o.shareOfB).toBeCloseTo(0.5, 2);
    expect(o.verdict).toBe('overlaps');
  });

  it('says a small square is inside a large one, and the large one contains it', () => {
    const small = square('small', 1, 1, 1);
    const big = square('big', 0, 0, 3);
    const o = overlapOf(small, big);
    expect(o.shareOfA).toBeCloseTo(1, 3);
    expect(o.shareOfB).toBeCloseTo(1 / 9, 2);
    expect(o.verdict).toBe('inside');
    expect(overlapOf(big, small).verdict).toBe('contains');
  });

  it('calls two drawings of one area that differ by 10 % the same area', () => {
    const o = overlapOf(square('a', 0, 0, 2), square('b', 0.2, 0, 2));
    expect(o.shareOfA).toBeCloseTo(0.9, 2);
    expect(o.verdict).toBe('same-area');
  });

  it('reports far-apart and edge-touching squares as disjoint with no area', () => {
    const far = overlapOf(square('a', 0, 0), square('b', 10, 10));
    expect(far).toMatchObject({ intersectionKm2: 0, shareOfA: 0, shareOfB: 0, verdict: 'disjoint' });
    expect(overlapOf(square('a', 0, 0), square('b', 1, 0)).verdict).toBe('disjoint');
  });

  it('treats a square in a hole as disjoint', () => {
    const donut = area('donut', { type: 'Polygon', coordinates: [ring(0, 0, 3, 3), ring(1, 1, 1, 1)] });
    expect(overlapOf(square('in-hole', 1.2, 1.2, 0.5), donut).verdict).toBe('disjoint');
  });

  it('sums the parts of a MultiPolygon', () => {
    const parts = area('parts', { type: 'MultiPolygon', coordinates: [[ring(-0.5, 0, 1, 0.5)], [ring(0.5, 0.5, 1, 0.5)]] });
    const o = overlapOf(square('a', 0, 0), parts);
    expect(o.intersectionKm2).toBeCloseTo(0.5, 2);
    expect(o.shareOfA).toBeCloseTo(0.5, 2);
    expect(o.shareOfB).toBeCloseTo(0.5, 2);
  });
});

describe('classifyOverlap thresholds', () => {
  it('applies the documented thresholds at their edges', () => {
    expect(classifyOverlap(0.95, 0.79)).toBe('inside');
    expect(classifyOverlap(0.94, 0.5)).toBe('overlaps');
    expect(classifyOverlap(0.5, 0.96)).toBe('contains');
    expect(classifyOverlap(0.8, 0.8)).toBe('same-area');
    expect(classifyOverlap(0.0009, 0.00001)).toBe('disjoint');
    expect(classifyOverlap(0.0011, 0.00001)).toBe('overlaps');
  });
});
