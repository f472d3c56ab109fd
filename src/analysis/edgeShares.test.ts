import { describe, expect, it } from 'vitest';
import type { EdgeClass, EdgeCollection } from '../data/types';
import { edgeShares, wholePercents } from './edgeShares';

const stretch = (id: string, edge: EdgeClass, lonFrom: number, lonTo: number) => ({
  type: 'Feature' as const,
  properties: { id, edge, precisionM: 100 },
  geometry: { type: 'LineString' as const, coordinates: [[lonFrom, 34.7], [lonTo, 34.7]] },
});

describe('edge shares', () => {
  const square = { type: 'Polygon' as const, coordinates: [] };
  it('measures each class of one feature by length, ignoring other features', () => {
    const edges: EdgeCollection = {
      type: 'FeatureCollection',
      features: [stretch('a', 'located', 113.6, 113.66), stretch('a', 'estimated', 113.66, 113.69), stretch('a', 'mark', 113.69, 113.7), stretch('b', 'mark', 113.6, 113.7)],
    };
    expect(edgeShares('a', square, edges)).toEqual({ located: 60, estimated: 30, mark: 10 });
    expect(edgeShares('b', square, edges)).toEqual({ located: 0, estimated: 0, mark: 100 });
    expect(edgeShares('c', square, edges)).toBeNull();
    expect(edgeShares('a', square, undefined)).toBeNull();
  });

  it('a point is all location mark', () => {
    expect(edgeShares('p', { type: 'Point', coordinates: [113.6, 34.7] }, undefined)).toEqual({ located: 0, estimated: 0, mark: 100 });
  });

  it('whole percents always add up to 100', () => {
    expect(wholePercents({ located: 1, estimated: 1, mark: 1 })).toEqual({ located: 34, estimated: 33, mark: 33 });
    expect(wholePercents({ located: 2, estimated: 0.004, mark: 0 })).toEqual({ located: 100, estimated: 0, mark: 0 });
    expect(wholePercents({ located: 0, estimated: 0, mark: 0 })).toBeNull();
  });
});
