import { describe, expect, it } from 'vitest';
import { readDrawnFeatures } from '../geodataFiles';
import { splitTouchingRings } from '../../src/lib/touchingRings';
import { ogcInvalidity, ogcValidityProblems } from './ogcValidity';

// A ring passing twice through (113.61, 34.71): draws fine, rejected by PostGIS ST_IsValid and QGIS.
const bowTouch = {
  type: 'Polygon' as const,
  coordinates: [[[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.62, 34.71], [113.62, 34.72], [113.61, 34.72], [113.61, 34.71], [113.6, 34.71], [113.6, 34.7]]],
};
const square = { type: 'Polygon' as const, coordinates: [[[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.6, 34.71], [113.6, 34.7]]] };

describe('ogcValidityProblems', () => {
  it('names the feature whose ring touches itself, and where', () => {
    const fc = { features: [{ properties: { id: 'ok' }, geometry: square }, { properties: { id: 'pinched' }, geometry: bowTouch }] };
    const problems = ogcValidityProblems('layers/x.geojson', fc);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'layers/x.geojson', featureId: 'pinched' });
    expect(problems[0].problem).toContain('[113.610000, 34.710000]');
  });

  it('ignores lines and points', () => {
    expect(ogcInvalidity({ type: 'LineString', coordinates: [[113.6, 34.7], [113.6, 34.7]] })).toBeNull();
  });

  it('finds every polygon the atlas ships valid (districts and built layers)', () => {
    const { features } = readDrawnFeatures();
    const invalid = features.map((f) => [f.properties.id, ogcInvalidity(f.geometry)]).filter(([, why]) => why);
    expect(features.filter((f) => f.geometry.type.endsWith('Polygon')).length).toBeGreaterThan(40);
    expect(invalid).toEqual([]);
  });
});

describe('the ring repair the builders and the analysis use (src/lib/touchingRings)', () => {
  const poly = (ring: number[][]) => ({ type: 'Polygon' as const, coordinates: [ring] });
  // A square whose outline dips into itself and back to the same corner (the dip is a hole), and one
  // that comes back down to the middle of its first edge.
  const inwardLoop = poly([[113.6, 34.7], [113.63, 34.7], [113.63, 34.73], [113.6, 34.73], [113.6, 34.715], [113.61, 34.715], [113.61, 34.72], [113.62, 34.72], [113.62, 34.71], [113.61, 34.71], [113.61, 34.715], [113.6, 34.715], [113.6, 34.7]]);
  const onEdge = poly([[113.6, 34.7], [113.63, 34.7], [113.63, 34.73], [113.615, 34.73], [113.615, 34.7], [113.6, 34.73], [113.6, 34.7]]);

  it('turns rings PostGIS and QGIS reject into shapes they accept', () => {
    expect(ogcInvalidity(bowTouch)).toMatch(/Self-intersection/);
    for (const [name, g] of Object.entries({ bowTouch, inwardLoop, onEdge })) {
      expect(ogcInvalidity(g), name).not.toBeNull();
      expect(ogcInvalidity(splitTouchingRings(g)), name).toBeNull();
    }
  });
});
