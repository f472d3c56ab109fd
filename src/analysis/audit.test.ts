import { describe, expect, it } from 'vitest';
import { auditAtlas, auditRelation } from './audit';
import type { AreaFeature, PlanFeature, PlanGeometry, PlanProperties } from '../data/types';

/** A lon/lat box, counter-clockwise. */
const box = (w: number, s: number, e: number, n: number): PlanGeometry => ({
  type: 'Polygon',
  coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]],
});

function feature(id: string, geometry: PlanGeometry, props: Partial<PlanProperties> = {}): PlanFeature {
  return {
    type: 'Feature',
    geometry,
    properties: {
      id, name: id, nameEn: id, layer: 'test', level: 'erqi', statedAreaKm2: null,
      sources: [], drawing: { method: { zh: '测试', en: 'test' }, precisionM: 100 }, ...props,
    },
  };
}

// Two districts side by side, each 0.02° × 0.02° (about 4.07 km²).
const districts = [
  feature('west', box(113.6, 34.7, 113.62, 34.72), { layer: 'admin-districts', level: 'admin' }),
  feature('east', box(113.62, 34.7, 113.64, 34.72), { layer: 'admin-districts', level: 'admin' }),
] as AreaFeature[];

// A 0.01° square at this latitude: 0.01° lon × cos(34.7°) × 111.2 km × 0.01° lat × 111.2 km ≈ 1.017 km².
const SMALL_KM2 = 1.0172;

describe('area audit', () => {
  const report = auditAtlas(
    [
      feature('exact', box(113.6, 34.7, 113.61, 34.71), { statedAreaKm2: SMALL_KM2, district: 'west' }),
      // 8 % too big: fine under 5 km² (±10 %) …
      feature('small-off', box(113.6, 34.7, 113.61, 34.71), { statedAreaKm2: SMALL_KM2 / 1.08 }),
      // … but not for a stated area of 5 km² or more (±5 %).
      feature('large-off', box(113.6, 34.7, 113.64, 34.72), { statedAreaKm2: (4 * SMALL_KM2 * 2) / 1.08 }),
      // 13/16 (81 %) in the west district, the rest in the east, said to be in the west.
      feature('straddle', box(113.607, 34.7, 113.623, 34.71), { district: 'west' }),
      feature('unstated', box(113.62, 34.71, 113.63, 34.72)),
    ],
    districts,
  );
  const row = (id: string) => report.areas.find((a) => a.id === id)!;

  it('measures drawn area and the gap to the stated one', () => {
    expect(row('exact').drawnKm2).toBeCloseTo(SMALL_KM2, 2);
    expect(Math.abs(row('exact').gap!)).toBeLessThan(0.005);
    expect(row('exact')).toMatchObject({ tolerance: 0.1, areaOk: true, districtOk: true, ok: true, mainDistrict: 'west' });
    expect(row('small-off').gap).toBeCloseTo(0.08, 2);
    expect(row('small-off')).toMatchObject({ tolerance: 0.1, areaOk: true, ok: true });
    expect(row('large-off').gap).toBeCloseTo(0.08, 2);
    expect(row('large-off')).toMatchObject({ tolerance: 0.05, areaOk: false, ok: false });
  });

  it('finds the district a feature mostly lies in and checks the stated one', () => {
    const s = row('straddle');
    expect(s.mainDistrict).toBe('west');
    expect(s.mainDistrictShare).toBeCloseTo(13 / 16, 2);
    expect(s.expectedDistrictShare).toBeCloseTo(13 / 16, 2);
    expect(s).toMatchObject({ districtOk: false, areaOk: null, ok: false });
    expect(row('unstated')).toMatchObject({ mainDistrict: 'east', mainDistrictShare: 1, areaOk: null, districtOk: null, ok: true });
  });

  it('counts the misses', () => {
    expect(report.misses).toBe(2);
  });
});

describe('relation audit', () => {
  const big = feature('big', box(113.6, 34.7, 113.62, 34.72));
  const quarter = feature('quarter', box(113.6, 34.7, 113.61, 34.71));
  const almostBig = feature('almost-big', box(113.6, 34.7, 113.62, 34.716)); // 80 % of big
  const neighbour = feature('neighbour', box(113.62, 34.7, 113.64, 34.72));
  const straddle = feature('straddle', box(113.61, 34.7, 113.63, 34.72));
  const centre = feature('centre', { type: 'Point', coordinates: [113.605, 34.705] });
  const road = feature('road', { type: 'LineString', coordinates: [[113.61, 34.71], [113.63, 34.71]] });
  const byId = new Map([big, quarter, almostBig, neighbour, straddle, centre, road].map((f) => [f.properties.id, f]));
  const check = (a: PlanFeature, type: Parameters<typeof auditRelation>[1], b: string) => auditRelation(a, type, b, byId);

  it('checks inside and contains by the share covered', () => {
    const r = check(quarter, 'inside', 'big');
    expect(r.holds).toBe(true);
    expect(r.measure).toMatchObject({ shareOfA: 1, verdict: 'inside' });
    expect(r.measure!.shareOfB).toBeCloseTo(0.25, 2);
    expect(r.measure!.intersectionKm2).toBeCloseTo(SMALL_KM2, 2);
    expect(check(big, 'contains', 'quarter').holds).toBe(true);
    expect(check(big, 'inside', 'quarter').holds).toBe(false);
    expect(check(straddle, 'inside', 'big').holds).toBe(false);
  });

  it('checks same-area on both shares and overlaps on any intersection', () => {
    expect(check(almostBig, 'same-area', 'big').holds).toBe(true);
    expect(check(quarter, 'same-area', 'big').holds).toBe(false);
    expect(check(straddle, 'overlaps', 'big').holds).toBe(true);
    const apart = check(neighbour, 'overlaps', 'quarter');
    expect(apart.holds).toBe(false);
    expect(apart.measure).toMatchObject({ intersectionKm2: 0, verdict: 'disjoint' });
  });

  it('measures points and lines by the share inside an area', () => {
    expect(check(centre, 'inside', 'quarter').holds).toBe(true);
    expect(check(centre, 'inside', 'neighbour').holds).toBe(false);
    const half = check(road, 'inside', 'big');
    expect(half.measure!.shareOfA).toBeCloseTo(0.5, 1);
    expect(half.holds).toBe(false);
    expect(check(big, 'contains', 'centre').holds).toBe(true);
  });

  it('fails a relation whose target is missing or not measurable', () => {
    expect(check(quarter, 'inside', 'nowhere')).toMatchObject({ holds: false, note: 'target not found', measure: null });
    expect(check(centre, 'inside', 'road')).toMatchObject({ holds: false, measure: null });
  });
});
