import { describe, expect, it } from 'vitest';
import { fitBox, HOME_FRAMES, homeView } from './region';

/** Where a lon/lat lands in a map of w × h px showing this camera (Web Mercator, 512 px world). */
function project(view: { lon: number; lat: number; zoom: number }, w: number, h: number, [lon, lat]: [number, number]) {
  const world = 512 * 2 ** view.zoom;
  const x = (l: number) => ((l + 180) / 360) * world;
  const y = (p: number) => ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * world;
  return [w / 2 + x(lon) - x(view.lon), h / 2 + y(lat) - y(view.lat)];
}

// That the frames hold the plans on at first is checked against geodata in scripts/homeFrames.test.ts.
describe('the home view', () => {
  it('shows the whole frame inside the map, filling it along one side', () => {
    for (const [w, h] of [[360, 328], [1060, 816], [1540, 996]]) {
      const frame = HOME_FRAMES.city;
      const view = fitBox(frame, w, h);
      const [x0, y0] = project(view, w, h, [frame[0], frame[3]]);
      const [x1, y1] = project(view, w, h, [frame[2], frame[1]]);
      expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(23);
      expect(Math.max(x1 - w, y1 - h)).toBeLessThanOrEqual(-23);
      // Zoom is kept to 0.01 (rounded down): within 1 % of filling.
      expect(Math.max((x1 - x0) / (w - 48), (y1 - y0) / (h - 48))).toBeGreaterThan(0.99);
    }
  });

  it('takes in the city\'s boards on a desktop and keeps a phone on the districts\' plans, larger than before', () => {
    const desktop = homeView(1060, 816);
    expect(desktop.lon).toBeCloseTo((HOME_FRAMES.city[0] + HOME_FRAMES.city[2]) / 2, 3);
    const phone = homeView(360, 328);
    expect(phone.lon).toBeCloseTo((HOME_FRAMES.districts[0] + HOME_FRAMES.districts[2]) / 2, 3);
    // The old first view put a 360 px phone at zoom 9.08, the districts' plans about 140 px across.
    expect(phone.zoom).toBeGreaterThan(9.7);
  });
});
