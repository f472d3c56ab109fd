import { describe, expect, it } from 'vitest';
import { formatDistance, metresPerPixel, scaleBar } from './scaleBar';

describe('scale bar', () => {
  it('uses MapLibre ground resolution (512 px tiles)', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.5, 1);
    // Zhengzhou, zoom 12: about 15.7 m per pixel (it would be twice that with 256 px tiles).
    expect(metresPerPixel(34.75, 12)).toBeCloseTo(15.7, 1);
  });

  it('picks the longest 1-2-5 distance that fits, with a pixel length true to the map', () => {
    const mpp = metresPerPixel(34.75, 12);
    const bar = scaleBar(mpp, 160);
    expect(bar.metres).toBe(2000);
    expect(bar.label).toBe('2 km');
    expect(bar.widthPx).toBeLessThanOrEqual(160);
    expect(bar.widthPx * mpp).toBeCloseTo(2000, 6);
    for (const zoom of [8, 9.5, 11, 13.3, 15, 17.9]) {
      const b = scaleBar(metresPerPixel(34.75, zoom), 160);
      expect(b.widthPx).toBeGreaterThan(160 / 2.5); // never a stub: the next round step would not fit
      expect(b.widthPx).toBeLessThanOrEqual(160);
      expect(String(b.metres / 10 ** Math.floor(Math.log10(b.metres)))).toMatch(/^[125]$/);
    }
  });

  it('writes metres below a kilometre', () => {
    expect(formatDistance(200)).toBe('200 m');
    expect(formatDistance(2000)).toBe('2 km');
  });
});
