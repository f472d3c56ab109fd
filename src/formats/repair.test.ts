import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { repairSelfIntersections } from './repair';
import { findCrossings } from './rings';

const sq = (x: number, y: number, s: number) => [[x, y], [x + s, y], [x + s, y + s], [x, y + s], [x, y]];
const bowtie = [[113.6, 34.7], [113.62, 34.72], [113.62, 34.7], [113.6, 34.72], [113.6, 34.7]];

describe('findCrossings', () => {
  it('finds where a ring crosses itself, and nothing in a simple ring', () => {
    expect(findCrossings([bowtie])).toHaveLength(1);
    expect(findCrossings([bowtie])[0][0]).toBeCloseTo(113.61, 6);
    expect(findCrossings([sq(0, 0, 1)])).toEqual([]);
  });

  it('finds a hole crossing its outer ring and a doubled-back edge', () => {
    expect(findCrossings([sq(0, 0, 10), sq(8, 2, 4)]).length).toBeGreaterThan(0);
    expect(findCrossings([[[0, 0], [4, 0], [4, 2], [2, 0], [1, 0], [0, 0]]]).length).toBeGreaterThan(0);
  });
});

describe('repairSelfIntersections', () => {
  it('leaves a valid polygon alone', () => {
    const g: Polygon = { type: 'Polygon', coordinates: [sq(0, 0, 1)] };
    expect(repairSelfIntersections(g)).toEqual({ geometry: g, crossings: [] });
  });

  it('splits a figure-of-eight into its two triangles, keeping their area', () => {
    const { geometry, crossings } = repairSelfIntersections({ type: 'Polygon', coordinates: [bowtie] });
    expect(crossings).toHaveLength(1);
    expect(geometry.type).toBe('MultiPolygon');
    const half = area({ type: 'Polygon', coordinates: [sq(113.6, 34.7, 0.02)] }) / 2;
    expect(area(geometry) / half).toBeCloseTo(1, 2);
  });

  it('keeps a hole a hole when the hole is the part that crosses itself', () => {
    const outer = sq(113.5, 34.6, 0.1);
    const holeBowtie = [[113.52, 34.62], [113.54, 34.64], [113.54, 34.62], [113.52, 34.64], [113.52, 34.62]];
    const { geometry } = repairSelfIntersections({ type: 'Polygon', coordinates: [outer, holeBowtie] });
    const full = area({ type: 'Polygon', coordinates: [outer] });
    const holes = area({ type: 'Polygon', coordinates: [sq(113.52, 34.62, 0.02)] }) / 2;
    expect(area(geometry) / (full - holes)).toBeCloseTo(1, 3);
  });
});
