import { describe, expect, it } from 'vitest';
import { projectorChanges, scaledValue } from './projectorTheme';

describe('projector theme', () => {
  it('thickens lines and strengthens fills, keeping feature-state expressions working', () => {
    const width = ['case', ['boolean', ['feature-state', 'selected'], false], 3.5, 1.6];
    expect(scaledValue(width, 1.8)).toEqual(['*', 1.8, width]);
    expect(scaledValue(0.22, 1.6, 1)).toBe(0.352);
    expect(scaledValue(0.9, 1.6, 1)).toBe(1);
    expect(scaledValue(['get', 'x'], 1.6, 1)).toEqual(['min', 1, ['*', 1.6, ['get', 'x']]]);
    expect(scaledValue(undefined, 2)).toBeUndefined();
  });

  it('enlarges label text only where it is a plain number, never below 24 px', () => {
    const values: Record<string, unknown> = { 'text-size': 12, 'text-halo-width': 1.6 };
    expect(projectorChanges('symbol', (_k, p) => values[p])).toEqual([
      ['paint', 'text-halo-width', 2.4],
      ['layout', 'text-size', 24],
    ]);
    expect(projectorChanges('symbol', (_k, p) => ({ 'text-size': 20 })[p as 'text-size'])).toEqual([['layout', 'text-size', 28]]);
    const zoomed = { 'text-size': ['interpolate', ['linear'], ['zoom'], 8, 10, 14, 16] };
    expect(projectorChanges('symbol', (_k, p) => (zoomed as Record<string, unknown>)[p])).toEqual([]);
    expect(projectorChanges('background', () => 1)).toEqual([]);
  });
});
