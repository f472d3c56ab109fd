import { describe, expect, it } from 'vitest';
import { destination } from '@turf/turf';
import type { Polygon } from 'geojson';
import { matchPois, MAX_PRECISION_M, type Poi } from './poiMatch';

// A board of about 1 km square south of 二七区's centre, and POIs placed by bearing and distance from a site in it.
const SITE: [number, number] = [113.645, 34.652];
const at = (bearingDeg: number, m: number): [number, number] => destination(SITE, m / 1000, bearingDeg).geometry.coordinates as [number, number];
const board: Polygon = { type: 'Polygon', coordinates: [[at(225, 700), at(135, 700), at(45, 700), at(315, 700), at(225, 700)]] };
const poi = (name: string, pos: [number, number], district = '二七区', address = ''): Poi => ({ name, address, district, lon: pos[0], lat: pos[1] });
const near = { geometry: board, withinM: 500 };

describe('matching a project to reference POIs', () => {
  it('takes the same-name place in the plan\'s district only, and says how many elsewhere were left', () => {
    const pois = [
      poi('肯德基(杉杉奥莱店)', at(0, 40)), poi('呷哺呷哺', at(90, 60), '二七区', '杉杉奥莱1期A20800'), poi('必胜客(杉杉奥莱店)', at(200, 50)),
      poi('肯德基(杉杉奥莱店)', [114.0213, 34.7840], '中牟县'), poi('霸王茶姬(中牟杉杉奥莱店)', [114.0242, 34.7832], '中牟县'),
    ];
    const m = matchPois(pois, { words: ['杉杉奥莱'], district: '二七区', near });
    expect(m.otherDistricts).toEqual({ 中牟县: 2 });
    expect(m.used).toHaveLength(3);
    expect(m.position![0]).toBeCloseTo(SITE[0], 3);
    expect(m.position![1]).toBeCloseTo(SITE[1], 3);
  });

  it('does not take a same-district namesake far from the board the plan ties the project to', () => {
    const m = matchPois([poi('杉杉奥莱(北店)', at(0, 6000)), poi('杉杉奥莱', at(10, 30))], { words: ['杉杉奥莱'], district: '二七区', near });
    expect(m.tooFar).toBe(1);
    expect(m.used).toHaveLength(1);
    expect(m.precisionM).toBe(150); // a lone POI: its own error
  });

  it('drops a branch named after the site but far from the others, and keeps the median on the cluster', () => {
    const cluster = [0, 60, 120, 180, 240, 300].map((b, i) => poi(`店${i}(二七万达店)`, at(b, 60 + i * 10)));
    const m = matchPois([...cluster, poi('面馆(二七万达店)', at(90, 1300))], { words: ['二七万达'], district: '二七区' });
    expect(m.outliers.map((p) => p.name)).toEqual(['面馆(二七万达店)']);
    expect(m.used).toHaveLength(6);
    expect(m.position && Math.abs(m.position[0] - SITE[0]) * 91_000).toBeLessThan(60);
  });

  it('gives a precision that grows with the spread, and no position when the POIs spread over several sites', () => {
    const tight = matchPois([0, 120, 240].map((b) => poi('x', at(b, 40))), { words: ['x'], district: '二七区' });
    const loose = matchPois([0, 90, 180, 270].map((b) => poi('x', at(b, 350))), { words: ['x'], district: '二七区' });
    expect(tight.precisionM).toBe(100);
    expect(loose.precisionM).toBeGreaterThanOrEqual(350);
    const apart = matchPois([poi('x', at(0, 0)), poi('x', at(90, 1400))], { words: ['x'], district: '二七区' });
    expect(apart.spreadM).toBeGreaterThan(MAX_PRECISION_M);
    expect(apart.position).toBeNull();
  });

  it('leaves out POIs that hold an excluded word', () => {
    const m = matchPois([poi('华润万象城店', at(0, 10)), poi('华润万家超市', at(0, 900))], { words: ['华润'], exclude: ['万家'], district: '二七区' });
    expect(m.matched).toBe(1);
  });
});
