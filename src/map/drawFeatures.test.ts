import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { newProposal, newSketch } from '../state/drawingModel';
import type { PlanFeature } from '../data/types';
import { editedShape, itemIdOf, PROPOSAL_MODE, toDrawFeatures } from './drawFeatures';

const ring = (x: number, y: number, d: number): Position[] => [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]];
const twoParts: MultiPolygon = { type: 'MultiPolygon', coordinates: [[ring(113.6, 34.7, 0.01), ring(113.602, 34.702, 0.002)], [ring(113.7, 34.7, 0.01)]] };
const feature = (geometry: Polygon | MultiPolygon): PlanFeature<Polygon | MultiPolygon> => ({
  type: 'Feature',
  geometry,
  properties: { id: 'f', name: 'F', nameEn: 'F', layer: 'l', level: 'erqi', sources: [], drawing: { method: { zh: '', en: '' }, precisionM: 100 } },
});

describe('drawings as the drawing library\'s features', () => {
  it('a sketch is one feature under its own id, drawn by the mode of its shape, in its colour', () => {
    const s = newSketch({ type: 'LineString', coordinates: [[113.6, 34.7], [113.61, 34.71]] }, 'road', '#2563eb', 0, 'sketch-1');
    expect(toDrawFeatures(s)).toEqual([{ id: 'sketch-1', type: 'Feature', geometry: s.geometry, properties: { mode: 'linestring', colour: '#2563eb', name: 'road' } }]);
  });

  it('a proposal of a two-part area with a hole is two polygons of outer rings, each traced back to the proposal', () => {
    const p = newProposal(feature(twoParts), 0, 'proposal-1');
    const fs = toDrawFeatures(p);
    expect(fs.map((f) => f.id)).toEqual(['proposal-1::0', 'proposal-1::1']);
    expect(fs.every((f) => f.properties.mode === PROPOSAL_MODE && f.geometry.type === 'Polygon' && f.geometry.coordinates.length === 1)).toBe(true);
    expect(fs.map((f) => itemIdOf(f.id))).toEqual(['proposal-1', 'proposal-1']);
  });

  it('an edit of one part changes that part\'s outline only: the other part and the hole stay as the plan drew them', () => {
    const p = newProposal(feature(twoParts), 0, 'proposal-1');
    const moved = ring(113.6, 34.7, 0.012);
    const shape = editedShape(p, 'proposal-1::0', { type: 'Polygon', coordinates: [moved] }) as MultiPolygon;
    expect(shape.type).toBe('MultiPolygon');
    expect(shape.coordinates[0]).toEqual([moved, twoParts.coordinates[0][1]]);
    expect(shape.coordinates[1]).toEqual(twoParts.coordinates[1]);
  });

  it('an edit that does not fit is refused: another shape type for a sketch, a line or a missing part for a proposal', () => {
    const s = newSketch({ type: 'Point', coordinates: [113.6, 34.7] }, 'p', '#2563eb', 0, 'sketch-1');
    expect(editedShape(s, 'sketch-1', { type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toBeNull();
    const p = newProposal(feature({ type: 'Polygon', coordinates: [ring(113.6, 34.7, 0.01)] }), 0, 'proposal-1');
    expect(editedShape(p, 'proposal-1::0', { type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toBeNull();
    expect(editedShape(p, 'proposal-1::3', { type: 'Polygon', coordinates: [ring(0, 0, 1)] })).toBeNull();
    expect(editedShape(p, 'proposal-1::0', { type: 'Polygon', coordinates: [ring(0, 0, 1)] })).toEqual({ type: 'Polygon', coordinates: [ring(0, 0, 1)] });
  });
});
