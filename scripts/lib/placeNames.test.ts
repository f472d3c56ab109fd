import { describe, expect, it } from 'vitest';
import type { PlanCollection } from '../../src/data/types';
import { vertexPlaceNames } from './placeNames';

const collection = (vertices: string[][]): PlanCollection =>
  ({
    type: 'FeatureCollection',
    features: vertices.map((v, i) => ({ type: 'Feature', properties: { id: `f${i}`, drawing: { vertices: v } }, geometry: { type: 'Point', coordinates: [0, 0] } })),
  }) as unknown as PlanCollection;

describe('vertexPlaceNames', () => {
  const places = [
    { id: 'eq-erqilu-x-taikanglu', name: '二七路与太康路交叉口' },
    { id: 'eq-minggonglu-x-taikanglu', name: '铭功路与太康路交叉口' },
    { id: 'unused', name: '没有用到的地点' },
  ];

  it('names each place a drawing passes, and only those', () => {
    expect(vertexPlaceNames([collection([['eq-minggonglu-x-taikanglu', 'eq-erqilu-x-taikanglu'], ['eq-erqilu-x-taikanglu']])], places)).toEqual({
      'eq-minggonglu-x-taikanglu': '铭功路与太康路交叉口',
      'eq-erqilu-x-taikanglu': '二七路与太康路交叉口',
    });
  });

  it('leaves out features drawn without places', () => {
    expect(vertexPlaceNames([collection([[]])], places)).toEqual({});
  });
});
