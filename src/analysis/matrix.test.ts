import { describe, expect, it } from 'vitest';
import { createPrng } from '../lib/prng';
import { overlapMatrix, overlapLookup } from './matrix';
import { overlapOf, type IdentifiedArea } from './overlap';

// Rectangles in km east/north of a point in Zhengzhou.
const KM_LAT = 1 / 111.195;
const KM_LON = KM_LAT / Math.cos((34.75 * Math.PI) / 180);
const rect = (id: string, x: number, y: number, w: number, h = w): IdentifiedArea => {
  const [x0, y0] = [113.6 + x * KM_LON, 34.7 + y * KM_LAT];
  const [x1, y1] = [x0 + w * KM_LON, y0 + h * KM_LAT];
  return { type: 'Feature', properties: { id }, geometry: { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] } };
};

describe('overlapMatrix', () => {
  const a = rect('a', 0, 0, 1);
  const b = rect('b', 0.5, 0, 1);
  const c = rect('c', 20, 20, 1);
  const big = rect('big', -1, -1, 4);

  it('compares every pair of one set once and intersects only pairs whose boxes meet', () => {
    const m = overlapMatrix([a, b, c]);
    expect(m.totalPairs).toBe(3);
    expect(m.intersectedPairs).toBe(1);
    expect(m.overlaps).toHaveLength(1);
    expect(m.overlaps[0]).toMatchObject({ aId: 'a', bId: 'b', verdict: 'overlaps' });
    expect(m.overlaps[0].intersectionKm2).toBeCloseTo(0.5, 2);
  });

  it('compares rows with columns and looks pairs up in either order', () => {
    const m = overlapMatrix([a, c], [big, b]);
    expect(m.totalPairs).toBe(4);
    const look = overlapLookup(m);
    expect(look('a', 'big').verdict).toBe('inside');
    expect(look('big', 'a').verdict).toBe('contains');
    expect(look('big', 'a').shareOfA).toBeCloseTo(1 / 16, 2);
    expect(look('c', 'big')).toMatchObject({ verdict: 'disjoint', intersectionKm2: 0 });
  });

  it('finds the same overlaps as comparing all pairs one by one', () => {
    const rand = createPrng(7).next;
    const set = Array.from({ length: 40 }, (_, i) => rect(`r${i}`, rand() * 8, rand() * 8, 0.3 + rand() * 2, 0.3 + rand() * 2));
    const naive = [];
    for (let i = 0; i < set.length; i++)
      for (let j = i + 1; j < set.length; j++) {
        const o = overlapOf(set[i], set[j]);
        if (o.verdict !== 'disjoint') naive.push(o);
      }
    const m = overlapMatrix(set);
    expect(naive.length).toBeGreaterThan(20);
    expect(m.overlaps).toEqual(naive);
    expect(m.intersectedPairs).toBeLessThan(m.totalPairs);
  });

  it('reports a pair it cannot intersect instead of throwing', () => {
    const broken: IdentifiedArea = {
      type: 'Feature',
      properties: { id: 'broken' },
      geometry: { type: 'Polygon', coordinates: [[[113.6, 34.7], [Number.NaN, 34.7], [113.61, 34.71], [113.6, 34.71], [113.6, 34.7]]] },
    };
    const m = overlapMatrix([a, broken]);
    expect(m.failures).toHaveLength(1);
    expect(m.failures[0]).toMatchObject({ aId: 'a', bId: 'broken' });
  });
});
