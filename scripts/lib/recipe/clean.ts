/**
 * Cleaning the shapes a recipe makes: 6 decimals, no repeated or spur
 * vertices, RFC 7946 winding, rings that touch themselves split (OGC validity).
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { booleanClockwise } from '@turf/turf';
import { closeRing, withoutSpikes } from '../../../src/lib/rings';
import { fromPolygons, polygonsOf } from '../../../src/lib/polygons';
import { round6 } from '../../../src/lib/round6';
import { splitTouchingRings } from '../../../src/lib/touchingRings';
import { Problem } from './context';

const samePos = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Rounds to 6 decimals and drops consecutive duplicates (which rounding can create). */
export function cleanPositions(positions: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of positions) {
    const q = [round6(p[0]), round6(p[1])];
    if (!out.length || !samePos(out[out.length - 1], q)) out.push(q);
  }
  return out;
}

/**
 * Spurs narrower than this (degrees, about 1 m) are dropped from rings: a place a few
 * metres off the border it is followed from would otherwise make the ring run out and
 * back across itself (invalid by OGC rules) for no drawable difference.
 */
const SPUR_DEG = 1e-5;

/** Closed, cleaned ring turned as asked; null if fewer than 3 distinct corners remain. */
export function orientedRing(positions: Position[], clockwise: boolean): Position[] | null {
  const closed = closeRing(cleanPositions(positions));
  const ring = closed && withoutSpikes(closed, SPUR_DEG);
  if (!ring || ring.length < 4 || new Set(ring.map((p) => `${p[0]},${p[1]}`)).size < 3) return null;
  // RFC 7946: exterior rings counter-clockwise, holes clockwise.
  return booleanClockwise(ring) === clockwise ? ring : ring.reverse();
}

function cleanPolygonCoords(rings: Position[][]): Position[][] | null {
  const exterior = orientedRing(rings[0], false);
  if (!exterior) return null;
  const holes = rings.slice(1).map((r) => orientedRing(r, true)).filter((r): r is Position[] => r !== null);
  return [exterior, ...holes];
}

/**
 * Cleans a polygon result of turf (clip/union/circle); parts that rounding collapses are dropped.
 * The clipper may return rings touching themselves at a vertex (and rounding can make them):
 * those are split so the output is valid by OGC rules.
 */
export function cleanArea(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const parts = polygonsOf(g)
    .map(cleanPolygonCoords)
    .filter((p): p is Position[][] => p !== null);
  if (!parts.length) throw new Problem('the polygon collapses to nothing at 6 decimals');
  return splitTouchingRings(fromPolygons(parts));
}
