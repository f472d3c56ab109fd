import { describe, expect, it } from 'vitest';
import type { BBox } from 'geojson';
import { buildBBoxIndex } from './spatialIndex';

describe('buildBBoxIndex', () => {
  const boxes: { id: string; bbox: BBox }[] = [
    { id: 'west', bbox: [113.5, 34.7, 113.6, 34.8] },
    { id: 'east', bbox: [113.7, 34.7, 113.8, 34.8] },
    { id: 'wide', bbox: [113.4, 34.75, 113.9, 34.76] },
  ];
  const index = buildBBoxIndex(boxes, (b) => b.bbox);

  it('returns only the items whose boxes meet the query, edges included', () => {
    expect(index.search([113.55, 34.71, 113.58, 34.72]).map((b) => b.id)).toEqual(['west']);
    expect(index.search([113.6, 34.78, 113.65, 34.79]).map((b) => b.id)).toEqual(['west']);
    expect(index.searchIndices([113.0, 34.0, 114.0, 35.0])).toEqual([0, 1, 2]);
    expect(index.search([114.0, 35.0, 114.1, 35.1])).toEqual([]);
  });

  it('works on an empty set', () => {
    expect(buildBBoxIndex([], () => [0, 0, 1, 1]).search([0, 0, 1, 1])).toEqual([]);
  });
});
