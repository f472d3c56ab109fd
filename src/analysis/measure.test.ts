import { describe, expect, it } from 'vitest';
import { areaKm2 } from './area';
import { distanceM, measure, measureGeometry, pathLengthM } from './measure';

describe('measure tool figures', () => {
  it('measures 0.1° along a meridian at Zhengzhou as the ellipsoid says (11 094 m), not the sphere (11 120 m)', () => {
    // Meridian radius of curvature at 34.75°N on WGS-84: 6 356 155 m/rad → 110 936 m per degree.
    expect(distanceM([113.66, 34.7], [113.66, 34.8])).toBeCloseTo(11_093.6, 0);
  });

  it('adds up a path leg by leg, in the order clicked', () => {
    const pts = [
      [113.6, 34.7],
      [113.61, 34.7],
      [113.61, 34.71],
    ];
    const m = measure(pts, 'distance');
    expect(m.lengthM).toBeCloseTo(distanceM(pts[0], pts[1]) + distanceM(pts[1], pts[2]), 6);
    expect(m.areaKm2).toBeNull();
  });

  it('an outline of a 1 km × 1 km block gives about 1 km² (same as the analysis within 0.5 %), whichever way it is clicked', () => {
    const dLon = 1000 / distanceM([113.6, 34.75], [113.61, 34.75]) * 0.01;
    const dLat = 1000 / distanceM([113.6, 34.75], [113.6, 34.76]) * 0.01;
    const ring = [
      [113.6, 34.75],
      [113.6 + dLon, 34.75],
      [113.6 + dLon, 34.75 + dLat],
      [113.6, 34.75 + dLat],
    ];
    const m = measure(ring, 'area');
    expect(m.areaKm2!).toBeCloseTo(1, 2);
    expect(m.lengthM).toBeCloseTo(4000, -1); // closed: the last leg back to the start counts
    expect(measure([...ring].reverse(), 'area').areaKm2).toBeCloseTo(m.areaKm2!, 9);
    const turf = areaKm2({ type: 'Polygon', coordinates: [[...ring, ring[0]]] });
    expect(Math.abs(turf - m.areaKm2!) / m.areaKm2!).toBeLessThan(0.005);
    expect(m.selfCrossing).toBe(false);
  });

  it('has no area before the third point', () => {
    expect(measure([[113.6, 34.7], [113.61, 34.7]], 'area').areaKm2).toBeNull();
    expect(measure([], 'area')).toEqual({ lengthM: 0, areaKm2: null, selfCrossing: false });
  });

  it('flags a figure-of-eight outline, whose area would be meaningless', () => {
    const bowtie = [
      [113.6, 34.7],
      [113.62, 34.72],
      [113.62, 34.7],
      [113.6, 34.72],
    ];
    expect(measure(bowtie, 'area').selfCrossing).toBe(true);
  });
});

describe('a sketch\'s figures as it is drawn', () => {
  const block: [number, number][] = [
    [113.6, 34.75],
    [113.61, 34.75],
    [113.61, 34.76],
    [113.6, 34.76],
  ];
  it('a polygon has the area and perimeter of its outline, whichever way GeoJSON closes it', () => {
    const m = measureGeometry({ type: 'Polygon', coordinates: [[...block, block[0]]] })!;
    expect(m.areaKm2).toBeCloseTo(measure(block, 'area').areaKm2!, 12);
    expect(m.lengthM).toBeCloseTo(measure(block, 'area').lengthM, 6);
  });
  it('a line has a length and no area; a point has no figures', () => {
    const line = measureGeometry({ type: 'LineString', coordinates: block })!;
    expect(line.lengthM).toBeCloseTo(pathLengthM(block), 6);
    expect(line.areaKm2).toBeNull();
    expect(measureGeometry({ type: 'Point', coordinates: block[0] })).toBeNull();
  });
  it('a polygon still being drawn (two points) has no area yet', () => {
    expect(measureGeometry({ type: 'Polygon', coordinates: [[block[0], block[1], block[0]]] })!.areaKm2).toBeNull();
  });
});
