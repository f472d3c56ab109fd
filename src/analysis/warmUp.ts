/**
 * Runs the intersection-area code on made-up shapes, so that V8 has optimised it
 * before a user's first matrix. Unoptimised, its floating-point loops run several
 * times slower, which made the first matrix 2–5× its later runs. The analysis worker
 * calls this when the Analyze panel opens (analysisApi.ts loadPlan), off the page's
 * thread; nothing it computes is kept.
 *
 * The shapes meet in every way plan areas do: boundaries crossing, a vertex on the
 * other's edge, and stretches shared running the same way and the opposite way.
 */
import type { Polygon, Position } from 'geojson';
import { intersectionAreaM2, prepareShape, type AreaShape } from './intersectionArea';

const VERTICES = 240;
const [LON, LAT] = [113.62, 34.74];

/** The i-th vertex of an ellipse around the city centre, `shift` degrees east, `scale` times as large. */
const ellipse = (i: number, shift = 0, scale = 1): Position => {
  const a = (2 * Math.PI * i) / VERTICES;
  return [LON + shift + 0.06 * scale * Math.cos(a), LAT + 0.04 * scale * Math.sin(a)];
};
/** A closed counter-clockwise box around the centre, `w` degrees east–west and `h` north–south. */
const box = (w: number, h: number): Position[] => [[LON - w, LAT - h], [LON + w, LAT - h], [LON + w, LAT + h], [LON - w, LAT + h], [LON - w, LAT - h]];
const polygon = (ring: Position[]): Polygon => ({ type: 'Polygon', coordinates: [[...ring, ring[0]]] });
const arc = (from: number, to: number, shift = 0, scale = 1) => Array.from({ length: to - from + 1 }, (_, k) => ellipse(from + k, shift, scale));

/** The made-up shapes, as geometry (for tests) and pairs to intersect. */
export function warmUpShapes(): { geometries: Polygon[]; pairs: [number, number][] } {
  const geometries: Polygon[] = [
    polygon(arc(0, VERTICES - 1)), // the ellipse
    polygon([...arc(0, 80), [LON, LAT]]), // a sector: shares 80 edges with it, running the same way
    polygon([...arc(100, 180, 0, 1.5), ...arc(100, 180).reverse()]), // outside it along 80 edges run the opposite way
    polygon(arc(0, VERTICES - 1, 0.045)), // crosses it, vertices on none of its edges
    polygon([ellipse(40), ellipse(60, 0.03), ellipse(140, 0.03)]), // a vertex on its boundary
    // A box with a hole, straight north–south and east–west edges cut where the ellipse crosses them.
    { type: 'Polygon', coordinates: [box(0.02, 0.05), box(0.005, 0.01).reverse()] },
  ];
  return { geometries, pairs: [[0, 1], [0, 2], [0, 3], [0, 4], [1, 3], [1, 4], [0, 5], [3, 5], [2, 5]] };
}

/** Intersects the made-up shapes `rounds` times; returns the last round's areas (m²). */
export function warmUpIntersections(rounds = 20): (number | null)[] {
  const { geometries, pairs } = warmUpShapes();
  const shapes: AreaShape[] = geometries.map(prepareShape);
  let areas: (number | null)[] = [];
  for (let r = 0; r < rounds; r++) areas = pairs.map(([a, b]) => intersectionAreaM2(shapes[a], shapes[b]));
  return areas;
}
