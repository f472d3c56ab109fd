import { describe, expect, it } from 'vitest';
import { northArrow } from './northArrow';

describe('north arrow', () => {
  it('points up on a map with north up', () => {
    const a = northArrow(0, 100, 100, 40);
    expect(a.tip).toEqual({ x: 100, y: 80 });
    expect(a.label.y).toBeLessThan(a.tip.y);
  });

  it('turns against the bearing: with east at the top, north is to the left', () => {
    const a = northArrow(90, 100, 100, 40);
    expect(a.rotationDeg).toBe(-90);
    expect(a.tip.x).toBeCloseTo(80, 6);
    expect(a.tip.y).toBeCloseTo(100, 6);
    const b = northArrow(-45, 0, 0, 40); // west-north-west up: north leans right
    expect(b.tip.x).toBeGreaterThan(0);
    expect(b.tip.y).toBeLessThan(0);
  });
});
