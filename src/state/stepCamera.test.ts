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
});
