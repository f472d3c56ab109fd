import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import type { Polygon } from 'geojson';
import { createProjectIndex, projectsNear, projectsNearArea } from './projectsNear';
import { point, testProject } from './testing/projectFixture';

// Metres per 0.001° at 34.75°N: 111.2 north–south, 91.4 east–west.
const SPOT: [number, number] = [113.65, 34.75];
const north300 = testProject('n300', point(113.65, 34.75 + 0.0027)); // ≈ 300 m north
const east900 = testProject('e900', point(113.65 + 0.00985, 34.75)); // ≈ 900 m east
const south1200 = testProject('s1200', point(113.65, 34.75 - 0.0108)); // ≈ 1.2 km south
const unplaced = testProject('nowhere', null);
// A road work passing 200 m west of the spot, north to south.
const road = testProject('road', { type: 'LineString', coordinates: [[113.65 - 0.00219, 34.74], [113.65 - 0.00219, 34.76]] }, { kind: 'transport' });
// A park whose area holds the spot.
const park = testProject('park', { type: 'Polygon', coordinates: [[[113.649, 34.749], [113.651, 34.749], [113.651, 34.751], [113.649, 34.751], [113.649, 34.749]]] }, { kind: 'ecology' });

describe('projectsNear: what is planned near a spot', () => {
  const index = createProjectIndex([south1200, east900, unplaced, north300, road, park]);

  it('lists the projects within 1 km nearest first, with their distance; unplaced ones are never near', () => {
    const hits = projectsNear(index, SPOT);
    expect(hits.map((h) => h.id)).toEqual(['park', 'road', 'n300', 'e900']);
    expect(hits[0].distanceM).toBe(0);
    expect(hits[1].distanceM).toBeCloseTo(200, -1);
    expect(hits[2].distanceM).toBeCloseTo(distance(SPOT, [113.65, 34.7527], { units: 'meters' }), 3);
    expect(hits[3].distanceM).toBeGreaterThan(880);
    expect(hits[3].distanceM).toBeLessThan(920);
  });

  it('takes a radius and a limit', () => {
    expect(projectsNear(index, SPOT, 1500).map((h) => h.id)).toContain('s1200');
    expect(projectsNear(index, SPOT, 250).map((h) => h.id)).toEqual(['park', 'road']);
    expect(projectsNear(index, SPOT, 1000, 1).map((h) => h.id)).toEqual(['park']);
  });

  it('measures a road drawn through many points to its nearest segment, not to its first vertex', () => {
    // An east–west road of five vertices from 3 km west of the spot to 1 km east, 150 m south of it.
    const lat = 34.75 - 0.00135;
    const longRoad = testProject('long-road', { type: 'LineString', coordinates: [-0.0328, -0.0219, -0.011, 0.0011, 0.011].map((dx) => [113.65 + dx, lat]) }, { kind: 'transport' });
    const [hit] = projectsNear(createProjectIndex([longRoad]), SPOT);
    expect(hit.id).toBe('long-road');
    expect(hit.distanceM).toBeCloseTo(150, -1);
    expect(distance(SPOT, [113.65 - 0.0328, lat], { units: 'meters' })).toBeGreaterThan(2900);
  });

  it('answers nothing for a spot it cannot read or an empty set', () => {
    expect(projectsNear(index, [Number.NaN, 34.75])).toEqual([]);
    expect(projectsNear(createProjectIndex([unplaced]), SPOT)).toEqual([]);
  });
});

describe('projectsNearArea: projects at the user parcel', () => {
  // A parcel 0.004° square (≈ 365 × 445 m) south-west of the spot.
  const parcel: Polygon = { type: 'Polygon', coordinates: [[[113.646, 34.746], [113.65, 34.746], [113.65, 34.75], [113.646, 34.75], [113.646, 34.746]]] };
  const inside = testProject('inside', point(113.648, 34.748));
  const east300 = testProject('east300', point(113.65 + 0.00328, 34.748)); // ≈ 300 m east of its east edge
  const east700 = testProject('east700', point(113.65 + 0.00766, 34.748)); // ≈ 700 m east
  const crossing = testProject('crossing', { type: 'LineString', coordinates: [[113.64, 34.747], [113.66, 34.747]] });
  const index = createProjectIndex([east700, east300, inside, crossing, unplaced]);

  it('lists projects inside or crossing the parcel at 0 m and those within 500 m with their distance', () => {
    const hits = projectsNearArea(index, parcel);
    expect(hits.map((h) => h.id)).toEqual(['crossing', 'inside', 'east300']);
    expect(hits[2].distanceM).toBeGreaterThan(290);
    expect(hits[2].distanceM).toBeLessThan(310);
    expect(projectsNearArea(index, parcel, 800).map((h) => h.id)).toContain('east700');
  });
});
