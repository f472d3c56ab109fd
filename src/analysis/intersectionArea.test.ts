import { readFileSync } from 'node:fs';
import { area, featureCollection, intersect } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { createPrng } from '../lib/prng';
import { intersectionAreaM2, prepareShape } from './intersectionArea';

type G = Polygon | MultiPolygon;
const fast = (a: G, b: G) => intersectionAreaM2(prepareShape(a), prepareShape(b));
const reference = (a: G, b: G) => {
  const r = intersect(featureCollection([{ type: 'Feature', properties: {}, geometry: a }, { type: 'Feature', properties: {}, geometry: b }]));
  return r ? area(r) : 0;
};
// Rings in km east/north of a point in Zhengzhou.
const KM_LAT = 1 / 111.195;
const KM_LON = KM_LAT / Math.cos((34.75 * Math.PI) / 180);
const at = ([x, y]: number[]): Position => [113.6 + x * KM_LON, 34.7 + y * KM_LAT];
const ring = (...pts: number[][]): Position[] => [...pts, pts[0]].map(at);
const rect = (x: number, y: number, w: number, h: number) => ring([x, y], [x + w, y], [x + w, y + h], [x, y + h]);
const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });

describe('intersectionAreaM2', () => {
  it('measures a shape against itself as its own (Turf) area', () => {
    const p = poly(rect(0, 0, 3, 2), rect(1, 0.5, 1, 1));
    expect(fast(p, p)! / area(p)).toBeCloseTo(1, 9);
  });

  it('gives zero for shapes that only share an edge, and the smaller for one drawn along the other’s edges', () => {
    expect(fast(poly(rect(0, 0, 1, 1)), poly(rect(1, 0, 1, 1)))).toBe(0);
    expect(fast(poly(rect(0, 0, 2, 1)), poly(rect(1, 0, 2, 1)))! / area(poly(rect(1, 0, 1, 1)))).toBeCloseTo(1, 9); // T-junctions
    const half = poly(rect(0, 0, 1, 2));
    expect(fast(poly(rect(0, 0, 2, 2)), half)! / area(half)).toBeCloseTo(1, 9);
  });

  it('ignores spikes (a boundary running out and back along itself)', () => {
    const spiky = poly(ring([0, 0], [2, 0], [2, 1], [3, 1], [2, 1], [2, 2], [0, 2]));
    expect(fast(spiky, poly(rect(1, 0, 3, 2)))! / area(poly(rect(1, 0, 1, 2)))).toBeCloseTo(1, 9);
  });

  it('agrees with turf.intersect on 200 random quadrilaterals, holes and multipolygons', () => {
    const rng = createPrng(5);
    const quad = (cx: number, cy: number, r: number) => ring(...[0, 1, 2, 3].map((k) => {
      const a = (k * Math.PI) / 2 + rng.range(-0.6, 0.6);
      const d = r * rng.range(0.5, 1.5);
      return [cx + d * Math.cos(a), cy + d * Math.sin(a)];
    }));
    for (let i = 0; i < 200; i++) {
      const a: G = i % 3 === 0
        ? poly(rect(0, 0, 4, 4), quad(2, 2, 0.8))
        : { type: 'MultiPolygon', coordinates: [[quad(1, 1, 0.6)], [quad(3.5, 3, 0.6)]] }; // parts must not overlap
      const b = poly(quad(rng.range(0, 4), rng.range(0, 4), rng.range(0.3, 2)));
      const expected = reference(a, b);
      // Edges are straight in (λ, sin φ) here and in lon/lat for Turf, so crossings of km-long
      // edges differ by centimetres: up to 3.4e-5 of the area here, 2e-6 once edges are densified.
      expect(Math.abs(fast(a, b)! - expected)).toBeLessThan(5e-5 * Math.min(area(a), area(b)));
    }
  });

  it('agrees with turf.intersect on real neighbouring districts, which share long borders', () => {
    const districts = (JSON.parse(readFileSync('geodata/admin/districts.geojson', 'utf8')) as { features: { properties: { id: string }; geometry: Polygon }[] })
      .features.filter((f) => ['erqi', 'zhongyuan', 'guancheng', 'jinshui'].includes(f.properties.id));
    for (const a of districts) {
      for (const b of districts) {
        const got = fast(a.geometry, b.geometry)!;
        expect(Math.abs(got - reference(a.geometry, b.geometry)) / Math.min(area(a.geometry), area(b.geometry))).toBeLessThan(1e-6);
      }
    }
  });

  it('agrees with turf.intersect on the real 二七区 zones and boards, drawn along each other’s edges', () => {
    const layer = (name: string) => (JSON.parse(readFileSync(`geodata/layers/${name}.geojson`, 'utf8')) as { features: { properties: { id: string }; geometry: G }[] }).features;
    const areas = [...layer('erqi-four-zones'), ...layer('erqi-six-boards')];
    let sharing = 0;
    for (let i = 0; i < areas.length; i++) {
      for (let j = i + 1; j < areas.length; j++) {
        const [a, b] = [areas[i].geometry, areas[j].geometry];
        const expected = reference(a, b);
        if (expected > 0) sharing++;
        expect(Math.abs(fast(a, b)! - expected) / Math.min(area(a), area(b)), `${areas[i].properties.id} × ${areas[j].properties.id}`).toBeLessThan(1e-5);
      }
    }
    expect(sharing).toBeGreaterThanOrEqual(5); // boards inside zones, sharing their edges
  });

  it('closes the gap a 3 cm self-crossing loop on a shared border leaves, instead of giving up', () => {
    // Modelled on a drawn layer here: the ring runs down a district border, steps 3 cm west,
    // and turns back east across its own path just where the border is.
    const looped: Polygon = poly([[112.897331, 34.8], [112.897331, 34.740475], [112.897331, 34.74], [112.8973, 34.74], [113.02, 34.76], [113.02, 34.8], [112.897331, 34.8]]);
    const border = [[112.897331, 34.78], [112.897331, 34.740475], [112.897331, 34.739499], [112.897331, 34.7]];
    const east = poly([...border, [112.95, 34.7], [112.95, 34.78], border[0]]);
    const west = poly([...border, [112.8, 34.7], [112.8, 34.78], border[0]]);
    expect(fast(looped, west)).toBeLessThan(1); // m²: neighbours
    expect(Math.abs(fast(looped, east)! - reference(looped, east)) / area(east)).toBeLessThan(2e-5);
  });

  it('declines shapes with non-numeric coordinates', () => {
    expect(fast(poly(rect(0, 0, 1, 1)), poly([at([0, 0]), [Number.NaN, 34.7], at([1, 1]), at([0, 0])]))).toBeNull();
  });
});
