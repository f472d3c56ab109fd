import { describe, expect, it } from 'vitest';
import { metresPerPixel } from '../export/scaleBar';
import { BAND_MIN_ZOOM, EDGE_REFERENCE_LAT, edgeLayerSpecs, ESTIMATED_DASH, metresToPixels } from './edgeLayers';

/** Evaluates metresToPixels' expression for a number of metres at an integer zoom (its stops). */
function pixelsAt(expr: unknown[], zoom: number, metres: number): number {
  const stops = expr.slice(3);
  const at = stops.findIndex((v, i) => i % 2 === 0 && v === zoom);
  const out = stops[at + 1] as unknown[];
  const product = (out[0] === 'max' ? out[2] : out) as [string, unknown, number];
  const px = metres * product[2];
  return out[0] === 'max' ? Math.max(out[1] as number, px) : px;
}

describe('edge layers', () => {
  it('turns metres into pixels at every zoom, doubling per level so exponential interpolation stays exact', () => {
    const expr = metresToPixels(['get', 'precisionM'], 13) as unknown[];
    expect(expr.slice(0, 3)).toEqual(['interpolate', ['exponential', 2], ['zoom']]);
    for (const zoom of [14, 15, 16]) {
      expect(pixelsAt(expr, zoom, 150)).toBeCloseTo(150 / metresPerPixel(EDGE_REFERENCE_LAT, zoom), 6);
      expect(pixelsAt(expr, zoom + 1, 150) / pixelsAt(expr, zoom, 150)).toBeCloseTo(2, 9);
    }
    // At zoom 15 in Zhengzhou a pixel is about 2 m: a ±150 m band is about 150 px wide.
    expect(2 * pixelsAt(expr, 15, 150)).toBeGreaterThan(140);
    expect(2 * pixelsAt(expr, 15, 150)).toBeLessThan(170);
    // A floor keeps small marks visible.
    expect(pixelsAt(metresToPixels(['get', 'precisionM'], 10, 12) as unknown[], 10, 100)).toBe(12);
  });

  it('draws located solid, estimated dashed, marks blurred without a hard line, and the band only from zoom 14', () => {
    const specs = edgeLayerSpecs({ id: 'L', source: 's', color: '#d55e00', geometry: 'polygon', opacity: 1, visibility: 'visible', paper: '#fffdf7' });
    const byId = Object.fromEntries(specs.map((s) => [s.id, s as { paint: Record<string, unknown>; minzoom?: number; filter: unknown }]));
    expect(Object.keys(byId)).toEqual(['L:band', 'L:mark', 'L:located', 'L:estimated']);
    expect(byId['L:located'].paint['line-dasharray']).toBeUndefined();
    expect(byId['L:estimated'].paint['line-dasharray']).toEqual(ESTIMATED_DASH);
    expect(byId['L:mark'].paint['line-blur']).toBeTruthy();
    expect(byId['L:band'].minzoom).toBeGreaterThanOrEqual(13.5);
    expect(JSON.stringify(byId['L:band'].filter)).toContain('"located","estimated"');
    // The band is an opaque pale tint of the layer colour on the paper (no darker blots where it overlaps itself).
    expect(byId['L:band'].paint['line-color']).toEqual(['case', expect.anything(), expect.stringMatching(/^#f/), expect.stringMatching(/^#f/)]);
  });

  it('turns the band into a translucent wash of the layer colour over the online basemap, so streets show through', () => {
    const style = { id: 'L', source: 's', color: '#d55e00', geometry: 'polygon', opacity: 1, visibility: 'visible', paper: '#fffdf7' } as const;
    const band = (overBasemap: boolean) => edgeLayerSpecs({ ...style, overBasemap }).find((l) => l.id === 'L:band') as { paint: Record<string, unknown> };
    // Fully faded in (the last stop of the zoom ramp): opaque on the paper, about a fifth over the basemap.
    const fullyIn = (paint: Record<string, unknown>) => (paint['line-opacity'] as unknown[]).slice(-2);
    expect(fullyIn(band(false).paint)).toEqual([BAND_MIN_ZOOM, 1]);
    expect(band(true).paint['line-color']).toBe('#d55e00');
    const [zoom, over] = fullyIn(band(true).paint) as [number, unknown[]];
    expect(zoom).toBe(BAND_MIN_ZOOM);
    const [, , dimmedValue, normal] = over as [string, unknown, number, number];
    expect(normal).toBeGreaterThan(0.1);
    expect(normal).toBeLessThan(0.35);
    expect(dimmedValue).toBeLessThan(normal);
    // Only the band changes: the strokes and the marks stay as they are.
    const rest = (overBasemap: boolean) => edgeLayerSpecs({ ...style, overBasemap }).filter((l) => l.id !== 'L:band');
    expect(rest(true)).toEqual(rest(false));
  });
});
