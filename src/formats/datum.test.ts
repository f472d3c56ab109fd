import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { alternativesInRegion, CGCS2000_GK_CM114, CGCS2000_GK_ZONE38, detectCrs, inRegion, makeTransform, WGS84 } from './datum';

// 二七纪念塔 (shared/README.md: WGS-84 about 113.6604, 34.7533; GCJ-02 about 113.6665, 34.7520).
const TOWER: [number, number] = [113.6604, 34.7533];
const TOWER_GCJ: [number, number] = [113.6665, 34.752];
const GK114 = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const [E, N] = proj4('EPSG:4326', GK114, TOWER); // computed once with proj4, then checked by round trip

const metres = (a: number[], b: number[]) =>
  Math.hypot((a[0] - b[0]) * 111_320 * Math.cos((b[1] * Math.PI) / 180), (a[1] - b[1]) * 110_950);

describe('the tower in Gauss-Krüger metres', () => {
  it('is where a hand estimate puts it (0.34° west of CM 114°E, 34.75°N)', () => {
    expect(E).toBeGreaterThan(468_000);
    expect(E).toBeLessThan(470_000);
    expect(N).toBeGreaterThan(3_846_000);
    expect(N).toBeLessThan(3_849_000);
  });
});

describe('detectCrs', () => {
  it('reads lon/lat degrees, in either order', () => {
    expect(detectCrs([TOWER])).toMatchObject({ crs: WGS84, swapAxes: false, recognised: true });
    expect(detectCrs([[TOWER[1], TOWER[0]]])).toMatchObject({ crs: WGS84, swapAxes: true });
  });

  it('reads EPSG:4547 metres, easting first or X = northing first', () => {
    expect(detectCrs([[E, N]])).toMatchObject({ crs: CGCS2000_GK_CM114, swapAxes: false });
    expect(detectCrs([[N, E]])).toMatchObject({ crs: CGCS2000_GK_CM114, swapAxes: true });
  });

  it('reads EPSG:4526 metres from the 38 zone prefix', () => {
    expect(detectCrs([[E + 38_000_000, N]])).toMatchObject({ crs: CGCS2000_GK_ZONE38, swapAxes: false });
    expect(detectCrs([[N, E + 38_000_000]])).toMatchObject({ crs: CGCS2000_GK_ZONE38, swapAxes: true });
  });

  it('says so when the numbers fit nothing', () => {
    const g = detectCrs([[5, 5000]]);
    expect(g.recognised).toBe(false);
    expect(g.reason.en).toMatch(/neither/);
  });

  it('cannot tell GCJ-02 from WGS-84 and says WGS-84, naming the choice', () => {
    const g = detectCrs([TOWER_GCJ]);
    expect(g.crs).toEqual(WGS84);
    expect(g.reason.zh).toContain('GCJ-02');
  });
});

describe('makeTransform', () => {
  it('brings GK metres back to the tower within a metre, in every layout', () => {
    for (const [crs, p, swap] of [
      [CGCS2000_GK_CM114, [E, N], false],
      [CGCS2000_GK_CM114, [N, E], true],
      [CGCS2000_GK_ZONE38, [E + 38_000_000, N], false],
      [CGCS2000_GK_ZONE38, [N, E + 38_000_000], true],
    ] as const) {
      expect(metres(makeTransform(crs, swap)([...p]), TOWER)).toBeLessThan(1);
    }
  });

  it('converts GCJ-02 to WGS-84 (about 600 m west-north) to within the quoted precision', () => {
    const wgs = makeTransform({ kind: 'lonlat', datum: 'gcj02' }, false)(TOWER_GCJ);
    expect(metres(TOWER_GCJ, TOWER)).toBeGreaterThan(400);
    expect(metres(wgs, TOWER)).toBeLessThan(50);
  });

  it('rounds to 6 decimals', () => {
    expect(makeTransform(WGS84, false)([113.12345678, 34.98765432])).toEqual([113.123457, 34.987654]);
  });
});

describe('alternativesInRegion', () => {
  it('suggests the swap when lat/lon were read the wrong way round', () => {
    const points = [[TOWER[1], TOWER[0]]];
    expect(inRegion(makeTransform(WGS84, false)(points[0]))).toBe(false);
    const alts = alternativesInRegion(points, { crs: WGS84, swapAxes: false });
    expect(alts.some((a) => a.crs.kind === 'lonlat' && a.crs.datum === 'wgs84' && a.swapAxes)).toBe(true);
  });

  it('suggests CM 111°E for 6° zone metres read as CM 114°E', () => {
    const [e6, n6] = proj4('EPSG:4326', GK114.replace('lon_0=114', 'lon_0=111'), TOWER);
    const alts = alternativesInRegion([[e6, n6]], { crs: CGCS2000_GK_CM114, swapAxes: false });
    expect(alts.map((a) => a.label.en)).toContain('CGCS2000 6° Gauss-Krüger CM 111°E');
  });
});
