import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { repairSelfIntersections } from './repair';
import { findCrossings } from '../lib/rings';

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
    expect(repairSelfIntersections(g)).toEqual({ geometry: g, crossings: [], spikeVertices: 0, bridges: 0 });
  });

  it('splits a figure-of-eight into its two triangles, keeping their area', () => {
    const { geometry, crossings } = repairSelfIntersections({ type: 'Polygon', coordinates: [bowtie] });
    expect(crossings).toHaveLength(1);
    expect(geometry!.type).toBe('MultiPolygon');
    const half = area({ type: 'Polygon', coordinates: [sq(113.6, 34.7, 0.02)] }) / 2;
    expect(area(geometry!) / half).toBeCloseTo(1, 2);
  });

  it('keeps a hole a hole when the hole is the part that crosses itself', () => {
    const outer = sq(113.5, 34.6, 0.1);
    const holeBowtie = [[113.52, 34.62], [113.54, 34.64], [113.54, 34.62], [113.52, 34.64], [113.52, 34.62]];
    const { geometry } = repairSelfIntersections({ type: 'Polygon', coordinates: [outer, holeBowtie] });
    const full = area({ type: 'Polygon', coordinates: [outer] });
    const holes = area({ type: 'Polygon', coordinates: [sq(113.52, 34.62, 0.02)] }) / 2;
    expect(area(geometry!) / (full - holes)).toBeCloseTo(1, 3);
  });

  it('removes a spike instead of calling it a crossing', () => {
    const spiky = [[113.6, 34.7], [113.62, 34.7], [113.62, 34.71], [113.63, 34.71], [113.62, 34.71], [113.62, 34.72], [113.6, 34.72], [113.6, 34.7]];
    const r = repairSelfIntersections({ type: 'Polygon', coordinates: [spiky] });
    expect(r.crossings).toEqual([]);
    expect(r.spikeVertices).toBe(2);
    expect(r.geometry).toEqual({ type: 'Polygon', coordinates: [[[113.6, 34.7], [113.62, 34.7], [113.62, 34.71], [113.62, 34.72], [113.6, 34.72], [113.6, 34.7]]] });
  });

  it('turns a keyhole (a hole joined to the outline by a cut line) into a polygon with a hole', () => {
    const keyhole = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 5], [4, 5], [4, 6], [6, 6], [6, 4], [4, 4], [4, 5], [0, 5], [0, 0]]
      .map(([x, y]) => [113.6 + x / 1000, 34.7 + y / 1000]);
    const r = repairSelfIntersections({ type: 'Polygon', coordinates: [keyhole] });
    expect(r.bridges).toBe(1);
    expect(r.crossings).toEqual([]);
    expect(r.geometry?.type).toBe('Polygon');
    expect((r.geometry as Polygon).coordinates).toHaveLength(2);
    const full = area({ type: 'Polygon', coordinates: [sq(113.6, 34.7, 0.01)] });
    const hole = area({ type: 'Polygon', coordinates: [sq(113.604, 34.704, 0.002)] });
    expect(area(r.geometry!) / (full - hole)).toBeCloseTo(1, 6);
  });

  it('says when nothing with area is left', () => {
    const line = [[113.6, 34.7], [113.61, 34.7], [113.6, 34.7], [113.61, 34.7]];
    expect(repairSelfIntersections({ type: 'Polygon', coordinates: [line] }).geometry).toBeNull();
  });
});
