import { describe, expect, it } from 'vitest';
import { movedPlace, solveOffset } from './edgeFit';

describe('solveOffset', () => {
  it('finds the move whose area is the target, to the metre, whichever way area grows', () => {
    expect(solveOffset((d) => 10 + d / 1000, 10.5, 1500)).toEqual({ offsetM: 500, clamped: false });
    expect(solveOffset((d) => 10 - d / 1000, 10.5, 1500)).toEqual({ offsetM: -500, clamped: false });
  });

  it('stops at the nearer end of the band when the target is out of reach', () => {
    expect(solveOffset((d) => 10 + d / 1000, 20, 1500)).toEqual({ offsetM: 1500, clamped: true });
    expect(solveOffset((d) => 10 + d / 1000, 1, 1500)).toEqual({ offsetM: -1500, clamped: true });
  });
});

describe('movedPlace', () => {
  it('moves a place the given metres along a bearing, at 6 decimals', () => {
    const p = { id: 'x', name: 'x', kind: 'estimated' as const, lon: 113.6, lat: 34.7, precisionM: 100, from: 'test' };
    expect(movedPlace(p, 1113.2, 0)).toMatchObject({ lon: 113.6, lat: 34.71 });
    const east = movedPlace(p, 1000, 90);
    expect(east.lat).toBe(34.7);
    expect((east.lon - 113.6) * 111320 * Math.cos((34.7 * Math.PI) / 180)).toBeCloseTo(1000, 0);
  });
});
