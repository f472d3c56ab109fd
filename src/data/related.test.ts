import { describe, expect, it } from 'vitest';
import { createRelatedIndex, INVERSE_RELATION } from './related';
import type { Citation, PlanFeature, Relation } from './types';

const c = (lines: string): Citation => ({ file: '000_062be593f0ca59e2.txt', lines });

function f(id: string, relations?: Relation[]): PlanFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [113.6, 34.7] },
    properties: { id, name: id, nameEn: id, layer: 'l', level: 'erqi', sources: [c('1-1')], drawing: { method: { zh: '测试', en: 't' }, precisionM: 1 }, relations },
  };
}

describe('createRelatedIndex', () => {
  const features = [
    f('fenghu-board', [{ type: 'inside', target: 'mazhai-zone', source: c('256-256') }]),
    f('mazhai-zone'),
    f('shangcheng-board', [{ type: 'same-area', target: 'commercial-zone', source: c('260-260') }]),
    f('commercial-zone'),
    f('new-district', [{ type: 'overlaps', target: 'health-board', source: c('250-250') }]),
    f('health-board'),
  ];
  const index = createRelatedIndex(features);

  it('lists what a feature says about others', () => {
    expect(index.relatedOf('fenghu-board')).toEqual([{ type: 'inside', targetId: 'mazhai-zone', source: c('256-256'), direct: true }]);
  });

  it('links back from the other end with the inverse type and the same citation', () => {
    expect(index.relatedOf('mazhai-zone')).toEqual([{ type: 'contains', targetId: 'fenghu-board', source: c('256-256'), direct: false }]);
    expect(index.relatedOf('commercial-zone')).toEqual([{ type: 'same-area', targetId: 'shangcheng-board', source: c('260-260'), direct: false }]);
    expect(index.relatedOf('health-board')).toEqual([{ type: 'overlaps', targetId: 'new-district', source: c('250-250'), direct: false }]);
  });

  it('a relation stated at both ends appears once, with its own end\'s citation', () => {
    const both = createRelatedIndex([
      f('a', [{ type: 'inside', target: 'b', source: c('10-10') }]),
      f('b', [{ type: 'contains', target: 'a', source: c('20-20') }]),
    ]);
    expect(both.relatedOf('a')).toEqual([{ type: 'inside', targetId: 'b', source: c('10-10'), direct: true }]);
    expect(both.relatedOf('b')).toEqual([{ type: 'contains', targetId: 'a', source: c('20-20'), direct: true }]);
  });

  it('orders links inside, contains, same-area, overlaps', () => {
    const mixed = createRelatedIndex([
      f('x', [
        { type: 'overlaps', target: 'o', source: c('1-1') },
        { type: 'same-area', target: 's', source: c('2-2') },
        { type: 'inside', target: 'big', source: c('3-3') },
      ]),
      f('small', [{ type: 'inside', target: 'x', source: c('4-4') }]),
      f('o'),
      f('s'),
      f('big'),
    ]);
    expect(mixed.relatedOf('x').map((l) => `${l.type}:${l.targetId}`)).toEqual(['inside:big', 'contains:small', 'same-area:s', 'overlaps:o']);
  });

  it('leaves out relations to missing features, to itself, or of an unknown type, and reports them', () => {
    const bad = createRelatedIndex([
      f('a', [
        { type: 'inside', target: 'nowhere', source: c('1-1') },
        { type: 'same-area', target: 'a', source: c('2-2') },
        { type: 'near' as Relation['type'], target: 'b', source: c('3-3') },
      ]),
      f('b'),
    ]);
    expect(bad.relatedOf('a')).toEqual([]);
    expect(bad.relatedOf('b')).toEqual([]);
    expect(bad.problems.map((p) => p.problem)).toEqual(['unknown target', 'self', 'unknown type']);
  });

  it('answers an empty list for an unknown id, and callers cannot change the index', () => {
    expect(index.relatedOf('no-such-feature')).toEqual([]);
    index.relatedOf('mazhai-zone')[0].targetId = 'changed';
    expect(index.relatedOf('mazhai-zone')[0].targetId).toBe('fenghu-board');
  });

  it('every inverse of an inverse is the type itself', () => {
    for (const [type, inverse] of Object.entries(INVERSE_RELATION)) expect(INVERSE_RELATION[inverse]).toBe(type);
  });
});
