import { describe, expect, it } from 'vitest';
import { metresPerPixel } from '../export/scaleBar';
import { isLocated, placeOf, projectIdsOfYear, thinningZooms } from './projectLists';
import { point, testProject } from './testing/projectFixture';

const cite = { file: '000-test.txt', lines: '5-5' };

describe('projectIdsOfYear', () => {
  it('lights the projects the plans schedule, report started or built in that year', () => {
    const built = testProject('built', point(113.6, 34.7), { schedule: [{ year: 2021, status: 'built', text: '建成', source: cite }] });
    const planned = testProject('planned', null, { schedule: [{ year: 2025, status: 'planned', text: '2025年建成', source: cite }, { year: null, status: 'started', text: '开工', source: cite }] });
    expect(projectIdsOfYear([built, planned], 2021)).toEqual(['built']);
    expect(projectIdsOfYear([built, planned], 2025)).toEqual(['planned']);
    expect(projectIdsOfYear([built, planned], 2030)).toEqual([]);
    expect(projectIdsOfYear([built, planned], null)).toEqual([]);
  });
});

describe('isLocated', () => {
  it('calls a place within ±250 m located, a coarser or missing one not', () => {
    expect(isLocated(testProject('x', point(113.6, 34.7), { precisionM: 120 }))).toBe(true);
    expect(isLocated(testProject('y', point(113.6, 34.7), { precisionM: 800 }))).toBe(false);
    expect(isLocated(testProject('z', null))).toBe(false);
  });
});

describe('placeOf', () => {
  it('tells a located place, an approximate one and a project not on the map apart', () => {
    expect(placeOf(testProject('x', point(113.6, 34.7), { precisionM: 250 }))).toBe('located');
    expect(placeOf(testProject('y', point(113.6, 34.7), { precisionM: 251 }))).toBe('approximate');
    // Not placed is not "approximate": it has no mark on the map to be approximate about.
    expect(placeOf(testProject('z', null))).toBe('unplaced');
  });
});

describe('thinningZooms', () => {
  // Three points 300 m apart on a parallel, one 5 km away.
  const px = (m: number, z: number) => m / metresPerPixel(34.75, z);
  const firstZoomApart = (m: number) => [10, 11, 12, 13, 14].find((z) => px(m, z) >= 22);
  const east = (m: number) => 113.6 + m / (111_195 * Math.cos((34.75 * Math.PI) / 180));
  const ps = [
    testProject('p1', point(east(0), 34.75), { precisionM: 100 }),
    testProject('p2', point(east(300), 34.75), { precisionM: 100 }),
    testProject('p3', point(east(600), 34.75), { precisionM: 900 }),
    testProject('far', point(east(5000), 34.75), { precisionM: 900 }),
    testProject('line', { type: 'LineString', coordinates: [[113.6, 34.7], [113.61, 34.7]] }),
  ];
  const zooms = thinningZooms(ps, { fromZoom: 10, toZoom: 14, minPx: 22 });

  it('draws lone points from the widest view and close ones from the zoom at which they stand apart', () => {
    expect(zooms.get('p1')).toBe(10);
    expect(zooms.get('far')).toBe(10);
    // p2 is 300 m from p1: it joins at the first zoom where 300 m is at least 22 px; p3, 600 m from p1, a zoom earlier.
    expect(zooms.get('p2')).toBe(firstZoomApart(300));
    expect(zooms.get('p3')).toBe(firstZoomApart(600));
    expect(firstZoomApart(600)).toBeLessThan(firstZoomApart(300)!);
  });

  it('draws a long road line from the widest view and a short street from the zoom at which it is 24 px long', () => {
    const long = testProject('long', { type: 'LineString', coordinates: [[east(0), 34.7], [east(2000), 34.7], [east(3800), 34.7]] });
    const short = testProject('short', { type: 'LineString', coordinates: [[east(0), 34.71], [east(370), 34.71]] });
    const z = thinningZooms([long, short], { fromZoom: 10, toZoom: 14, minPx: 22, minLinePx: 24 });
    expect(z.get('long')).toBe(10);
    const firstZoomLong = [10, 11, 12, 13, 14].find((k) => px(370, k) >= 24);
    expect(z.get('short')).toBe(firstZoomLong);
    expect(z.get('short')).toBeGreaterThan(11);
    // The 1.1 km line of the fixture: 1.1 km is 24 px from zoom 11 or 12, never later than street zoom.
    expect(zooms.get('line')).toBe([10, 11, 12, 13, 14].find((k) => px(913, k) >= 24));
  });

  it('never thins past street zoom, and prefers located places when two compete', () => {
    const crowd = Array.from({ length: 6 }, (_, i) => testProject(`c${i}`, point(113.6 + i * 1e-5, 34.75), { precisionM: i === 5 ? 50 : 900 }));
    const z = thinningZooms(crowd, { fromZoom: 10, toZoom: 14, minPx: 22 });
    expect(z.get('c5')).toBe(10);
    expect([...z.values()].every((v) => v <= 14)).toBe(true);
    expect(crowd.filter((p) => z.get(p.properties.id) === 10)).toHaveLength(1);
  });
});
