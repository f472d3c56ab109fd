import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { overlapMatrix } from './matrix';
import type { IdentifiedArea } from './overlap';
import { createRelatedIndex } from '../data/related';
import type { PlanFeature, Relation } from '../data/types';
import { buildMatrixModel } from './matrixModel';

const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});
const SRC = { file: '000_062be593f0ca59e2.txt', lines: '250-250' };
const feature = (id: string, geometry: Polygon, relations: Relation[] = []): PlanFeature & IdentifiedArea =>
  ({
    type: 'Feature',
    geometry,
    properties: { id, name: id, nameEn: id, layer: 'l', level: 'erqi', sources: [SRC], drawing: { method: { zh: '测试', en: 't' }, precisionM: 0 }, relations },
  }) as PlanFeature & IdentifiedArea;

// zone Z; board A lies inside it and the plan says so; board B lies half outside though the plan says "inside";
// board C is far away though the plan says it overlaps Z.
const Z = feature('Z', box(113.6, 34.7, 113.7, 34.8));
const A = feature('A', box(113.62, 34.72, 113.64, 34.74), [{ type: 'inside', target: 'Z', source: SRC }]);
const B = feature('B', box(113.69, 34.72, 113.71, 34.74), [{ type: 'inside', target: 'Z', source: SRC }]);
const C = feature('C', box(113.9, 34.9, 113.95, 34.95), [{ type: 'overlaps', target: 'Z', source: SRC }]);
const related = createRelatedIndex([Z, A, B, C]);

describe('matrix model', () => {
  it('puts a stated relation the drawing contradicts first, including a pair that does not touch at all', () => {
    const model = buildMatrixModel(overlapMatrix([A, B, C], [Z]), related.relatedOf);
    expect(model.disagreements.map((c) => `${c.overlap.aId}>${c.overlap.bId}`).sort()).toEqual(['B>Z', 'C>Z']);
    expect(model.pairs.slice(0, 2).every((c) => c.agrees === false)).toBe(true);
    const a = model.cell('A', 'Z');
    expect(a.overlap.verdict).toBe('inside');
    expect(a.stated?.type).toBe('inside');
    expect(a.agrees).toBe(true);
    expect(model.cell('B', 'Z').overlap.shareOfA).toBeCloseTo(0.5, 2);
    expect(model.cell('C', 'Z').overlap.verdict).toBe('disjoint');
  });

  it('reads a statement from either end: the zone "contains" what its boards say they are inside', () => {
    const model = buildMatrixModel(overlapMatrix([Z], [A, B]), related.relatedOf);
    const za = model.cell('Z', 'A');
    expect(za.overlap.verdict).toBe('contains');
    expect(za.stated?.type).toBe('contains');
    expect(za.agrees).toBe(true);
    expect(model.cell('Z', 'B').agrees).toBe(false);
  });

  it('lists each pair once in an all-against-all matrix', () => {
    const model = buildMatrixModel(overlapMatrix([Z, A, B, C]), related.relatedOf);
    const keys = model.pairs.map((c) => [c.overlap.aId, c.overlap.bId].sort().join('-'));
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(['A-Z', 'B-Z', 'C-Z']);
    expect(model.cell('A', 'A').stated).toBeNull();
  });

  it('says nothing about agreement where the plan states nothing', () => {
    const model = buildMatrixModel(overlapMatrix([A], [B]), related.relatedOf);
    expect(model.pairs).toEqual([]);
    expect(model.cell('A', 'B').agrees).toBeNull();
  });
});
