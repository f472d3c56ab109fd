import { describe, expect, it } from 'vitest';
import { paperLayout } from './paper';
import { fitViewToFrame, printScaleDenominator } from './printFit';
import { metresPerPixel } from './scaleBar';

describe('fitViewToFrame', () => {
  const a4 = paperLayout('A4', 'landscape');
  const frame = { width: a4.mapWidthPx, height: a4.mapHeightPx };

  it('lowers the zoom so a wide 1080p view fits A4 landscape whole', () => {
    const view = { width: 1560, height: 1037 };
    const { zoom, cutShare } = fitViewToFrame(view, frame, 11);
    expect(cutShare).toBe(0);
    expect(zoom).toBeLessThan(11);
    // The view's width and height, at the frame's zoom, both fit the frame; one of them just.
    const scale = 2 ** (zoom - 11);
    expect(view.width * scale).toBeLessThanOrEqual(frame.width + 1e-6);
    expect(view.height * scale).toBeLessThanOrEqual(frame.height + 1e-6);
    expect(Math.max((view.width * scale) / frame.width, (view.height * scale) / frame.height)).toBeCloseTo(1, 6);
  });

  it('keeps the zoom when the view is already smaller than the frame (never enlarges)', () => {
    expect(fitViewToFrame({ width: 600, height: 400 }, frame, 12)).toEqual({ zoom: 12, cutShare: 0 });
  });

  it('says how much is cut when the map cannot zoom out far enough', () => {
    const fit = fitViewToFrame({ width: frame.width * 4, height: frame.height }, frame, 8, 7);
    expect(fit.zoom).toBe(7);
    // Wanted 2 levels out, got 1: half of the view's width is left out.
    expect(fit.cutShare).toBeCloseTo(0.5, 6);
  });

  it('ignores an empty view', () => {
    expect(fitViewToFrame({ width: 0, height: 0 }, frame, 10)).toEqual({ zoom: 10, cutShare: 0 });
  });
});

describe('printScaleDenominator', () => {
  it('is the ground per paper length at 96 px per inch, to two significant figures', () => {
    // 10 m per CSS px: 1 inch of paper (96 px) is 960 m, so 1 : 37,795 → 38,000.
    expect(printScaleDenominator(10)).toBe(38_000);
    // Zhengzhou at zoom 11: 31.4 m per px, 1 : 118,700 → 120,000.
    expect(printScaleDenominator(metresPerPixel(34.75, 11))).toBe(120_000);
  });

  it('is 0 for nonsense', () => {
    expect(printScaleDenominator(0)).toBe(0);
    expect(printScaleDenominator(Number.NaN)).toBe(0);
  });
});
