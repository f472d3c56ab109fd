import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import type { LineString, Point } from 'geojson';
import { lineLabelPoint, stepLabelPoints } from './stepLabels';
import type { AtlasLayer, PlanFeature } from '../data/types';

const line = (coordinates: [number, number][]): LineString => ({ type: 'LineString', coordinates });
const pt = (coordinates: [number, number]): Point => ({ type: 'Point', coordinates });

describe('lineLabelPoint', () => {
  const eastWest = line([[113.5, 34.75], [113.7, 34.75]]);

  it('names a line at its middle when nothing else is near', () => {
    const p = lineLabelPoint(eastWest, []);
    expect(p.coordinates[0]).toBeCloseTo(113.6, 3);
    expect(lineLabelPoint(eastWest, [pt([113.0, 34.0])]).coordinates[0]).toBeCloseTo(113.6, 3);
  });

  it('moves the name along the line, away from a name already at its middle', () => {
    const p = lineLabelPoint(eastWest, [pt([113.6, 34.75])]);
    expect(distance(p, pt([113.6, 34.75]))).toBeGreaterThan(5);
    expect(p.coordinates[1]).toBeCloseTo(34.75, 3); // still on the line
  });
});

describe('stepLabelPoints', () => {
  // Three corridors crossing at one spot (their middles), as the 绿廊 of 中原区 do.
  const corridor = (id: string, coordinates: [number, number][]) =>
    ({ type: 'Feature', properties: { id, name: id, nameEn: id }, geometry: line(coordinates) }) as unknown as PlanFeature;
  const layer = { info: { id: 'green', style: { color: '#2a9d4b', order: 1 } }, data: { features: [] } } as unknown as AtlasLayer;
  const features = [
    corridor('a', [[113.50, 34.75], [113.70, 34.75]]),
    corridor('b', [[113.60, 34.65], [113.60, 34.85]]),
    corridor('c', [[113.52, 34.67], [113.68, 34.83]]),
  ].map((feature) => ({ layer, feature }));

  it('gives crossing lines names at different places, each on its own line', () => {
    const points = stepLabelPoints(features).features;
    expect(points.map((f) => f.properties.kind)).toEqual(['line', 'line', 'line']);
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++) expect(distance(points[i], points[j]), `${points[i].properties.id}–${points[j].properties.id}`).toBeGreaterThan(3);
  });
});
