import { describe, expect, it } from 'vitest';
import { fittedZoom, stepCamera } from './stepCamera';

describe('step camera', () => {
  it('keeps the written zoom on the reference 1280×720 map', () => {
    expect(fittedZoom(12, 1280, 720)).toBe(12);
  });

  it('shows the same extent on a projector and on a phone', () => {
    expect(fittedZoom(12, 2560, 1440)).toBe(13); // twice as many pixels each way: one zoom level in
    expect(fittedZoom(12, 1920, 1200)).toBeCloseTo(12 + Math.log2(1.5), 3); // limited by the width
    expect(fittedZoom(12, 360, 500)).toBeCloseTo(12 + Math.log2(360 / 1280), 3); // a phone zooms out
    expect(fittedZoom(7.5, 200, 200)).toBe(7); // never beyond the map's limits
  });

  it('fits the zoom to the map area left free by the overlay, whatever the previous view was', () => {
    const camera = { center: [113.6, 34.7] as [number, number], zoom: 11 };
    const padding = { top: 100, bottom: 260, left: 0, right: 0 };
    const a = stepCamera(camera, 1920, 1080, padding);
    expect(a.center).toEqual([113.6, 34.7]);
    expect(a.zoom).toBeCloseTo(11 + Math.log2(720 / 720), 3);
    expect(a.bearing).toBe(0);
    // Without the overlay the free area is 1.5× the reference and the step zooms further in.
    // (No current view goes in, so the previous view cannot matter.)
    expect(stepCamera(camera, 1920, 1080, { top: 0, bottom: 0, left: 0, right: 0 }).zoom).toBeCloseTo(11 + Math.log2(1.5), 3);
  });

  it('fits the step\'s features into the free map area, never closer than the written zoom', () => {
    const camera = { center: [113.6, 34.7] as [number, number], zoom: 12 };
    const padding = { top: 80, bottom: 300, left: 24, right: 24 };
    // A small area: the written zoom (or the fitted view, on a screen larger than the reference), centred on it.
    const small = stepCamera(camera, 1440, 900, padding, [113.655, 34.745, 113.665, 34.755]);
    expect(small.zoom).toBe(12);
    expect(small.center[0]).toBeCloseTo(113.66, 5);
    expect(stepCamera(camera, 2560, 1440, { top: 0, bottom: 0, left: 0, right: 0 }, [113.655, 34.745, 113.665, 34.755]).zoom).toBe(13);
    // Features 36 km across: the view takes them in, zoomed out, centred on them.
    const wide = stepCamera(camera, 1440, 900, padding, [113.5, 34.69, 113.9, 34.71]);
    expect(wide.zoom).toBeLessThan(small.zoom);
    expect(wide.center[0]).toBeCloseTo(113.7, 5);
    // Every corner of the features lies inside the free area at that camera (Web Mercator, 512 px world).
    const project = ([lon, lat]: [number, number]) => {
      const scale = 512 * 2 ** wide.zoom;
      const s = Math.sin((lat * Math.PI) / 180);
      return [((lon + 180) / 360) * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
    };
    const [cx, cy] = project(wide.center);
    const free = { x: 24 + (1440 - 48) / 2, y: 80 + (900 - 380) / 2 };
    for (const corner of [[113.5, 34.69], [113.9, 34.71]] as [number, number][]) {
      const [x, y] = project(corner);
      const sx = free.x + x - cx;
      const sy = free.y + y - cy;
      expect(sx).toBeGreaterThanOrEqual(24);
      expect(sx).toBeLessThanOrEqual(1440 - 24);
      expect(sy).toBeGreaterThanOrEqual(80);
      expect(sy).toBeLessThanOrEqual(900 - 300);
    }
  });

  it('on a phone, gives the features most of the narrow map\'s width (little air beside them for names)', () => {
    const camera = { center: [113.55, 34.78] as [number, number], zoom: 11 };
    const padding = { top: 83, bottom: 290, left: 24, right: 24 };
    // 中原区's 绿廊, 15 km across: width-bound on a 360 px phone.
    const phone = stepCamera(camera, 360, 740, padding, [113.46, 34.715, 113.625, 34.86]);
    const widthPx = ((113.625 - 113.46) / 360) * 512 * 2 ** phone.zoom;
    expect(widthPx / (360 - 48)).toBeGreaterThan(0.7); // was half: a quarter of air on each side
    expect(widthPx).toBeLessThanOrEqual(360 - 48);
  });
});
