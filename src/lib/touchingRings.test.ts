import { describe, expect, it } from 'vitest';
import { area } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { hasTouchingRing, simpleLoops, splitTouchingRings } from './touchingRings';

const poly = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
// Two 0.01° squares meeting at one corner, walked as one ring (a "figure eight").
const figureEight = poly([[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.62, 34.71], [113.62, 34.72], [113.61, 34.72], [113.61, 34.71], [113.6, 34.71], [113.6, 34.7]]);
// A square whose outline dips into itself and back to the same corner: the dip is really a hole.
const inwardLoop = poly([[113.6, 34.7], [113.63, 34.7], [113.63, 34.73], [113.6, 34.73], [113.6, 34.715], [113.61, 34.715], [113.61, 34.72], [113.62, 34.72], [113.62, 34.71], [113.61, 34.71], [113.61, 34.715], [113.6, 34.715], [113.6, 34.7]]);

describe('splitTouchingRings', () => {
  // That the results are valid by OGC rules (JTS, as PostGIS and QGIS check) is tested with the build's
  // validity check, in scripts/lib/ogcValidity.test.ts: app code and its tests do not reach into scripts/.
  it('turns a figure eight into two polygons meeting at the corner, same area', () => {
    expect(hasTouchingRing(figureEight)).toBe(true);
    const fixed = splitTouchingRings(figureEight);
    expect(fixed.type).toBe('MultiPolygon');
    expect(hasTouchingRing(fixed)).toBe(false);
    expect(area(fixed)).toBeCloseTo(area(figureEight), 0);
  });

  it('makes an inward loop a hole of the shell around it', () => {
    expect(hasTouchingRing(inwardLoop)).toBe(true);
    const fixed = splitTouchingRings(inwardLoop);
    expect(fixed.type).toBe('Polygon');
    expect(fixed.coordinates).toHaveLength(2);
    expect(hasTouchingRing(fixed)).toBe(false);
    expect(area(fixed)).toBeCloseTo(area(inwardLoop), 0);
  });

  it('also splits where a vertex lies on another edge of the same ring', () => {
    // The outline comes back down to (113.615, 34.7), in the middle of its first edge.
    const touching = poly([[113.6, 34.7], [113.63, 34.7], [113.63, 34.73], [113.615, 34.73], [113.615, 34.7], [113.6, 34.73], [113.6, 34.7]]);
    expect(hasTouchingRing(touching)).toBe(true);
    const fixed = splitTouchingRings(touching);
    expect(fixed.type).toBe('MultiPolygon');
    expect(hasTouchingRing(fixed)).toBe(false);
    expect(area(fixed)).toBeCloseTo(area(touching), 0);
  });

  it('leaves valid polygons untouched and drops loops that enclose nothing', () => {
    const square = poly([[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.6, 34.71], [113.6, 34.7]]);
    expect(splitTouchingRings(square)).toBe(square);
    expect(simpleLoops([[0, 0], [1, 0], [2, 0], [1, 0], [1, 1], [0, 0]])).toEqual([[[0, 0], [1, 0], [1, 1], [0, 0]]]);
  });
});
