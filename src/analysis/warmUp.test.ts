import { area, featureCollection, intersect } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { warmUpIntersections, warmUpShapes } from './warmUp';

describe('warmUpIntersections', () => {
  it('intersects shapes that really meet, and gets the areas turf.intersect gets', () => {
    const { geometries, pairs } = warmUpShapes();
    const areas = warmUpIntersections(1);
    expect(areas).toHaveLength(pairs.length);
    pairs.forEach(([a, b], k) => {
      const [ga, gb] = [geometries[a], geometries[b]];
      const shared = intersect(featureCollection([{ type: 'Feature', properties: {}, geometry: ga }, { type: 'Feature', properties: {}, geometry: gb }]));
      // Edges here are kilometres long, straight in (λ, sin φ) for us and in lon/lat for Turf.
      expect(Math.abs(areas[k]! - (shared ? area(shared) : 0)), `pair ${a}–${b}`).toBeLessThan(1e-3 * Math.min(area(ga), area(gb)));
    });
    // All overlap but the ellipse and the ring sector outside it, which only share edges (run opposite ways).
    expect(areas.filter((m2) => m2! > 0)).toHaveLength(pairs.length - 1);
  });
});
