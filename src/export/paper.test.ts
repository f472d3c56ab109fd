import { describe, expect, it } from 'vitest';
import { paperLayout, PX_PER_MM } from './paper';

describe('paper', () => {
  it('gives the map frame of A4 landscape in millimetres and print pixels', () => {
    const p = paperLayout('A4', 'landscape');
    expect([p.pageWidthMm, p.pageHeightMm]).toEqual([297, 210]);
    expect(p.mapWidthMm).toBe(277);
    expect(p.mapWidthPx).toBe(Math.floor(277 * PX_PER_MM));
    expect(p.mapHeightMm).toBeLessThan(190);
    expect(p.pageRule).toBe('@page { size: A4 landscape; margin: 10mm; }');
  });

  it('A3 portrait is taller than wide and larger than A4', () => {
    const a3 = paperLayout('A3', 'portrait');
    expect(a3.mapHeightPx).toBeGreaterThan(a3.mapWidthPx);
    expect(a3.mapWidthPx).toBeGreaterThan(paperLayout('A4', 'portrait').mapWidthPx);
  });
});
