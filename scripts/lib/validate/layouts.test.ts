import { describe, expect, it } from 'vitest';
import { inventoryCoverage, validateInventory, type InventoryContext, type LayoutInventory } from './layouts';
import type { NotDrawn } from '../../../src/data/types';

const SEED = '000_062be593f0ca59e2.txt';
const seeds = { [SEED]: ['“四区联动、六核协同”的空间布局', '“四区”即二七新区、二七特色商业区', '丝路网红大厦新经济中心：打造网红经济新地标'] };
const cite = (line: number) => ({ file: SEED, lines: `${line}-${line}` });
const gap: NotDrawn = { name: '丝路网红大厦新经济中心', why: { zh: '无法定位', en: 'cannot be located' }, source: cite(3) };

const inventory = (): LayoutInventory => ({
  layouts: [{
    id: 'erqi',
    name: '四区联动、六核协同',
    source: cite(1),
    entities: [
      { name: '二七新区', source: cite(2), feature: 'eq-new' },
      { name: '二七特色商业区', source: cite(2), feature: 'eq-commercial' },
      { name: '丝路网红大厦新经济中心', source: cite(3), notDrawnIn: 'erqi-centres' },
    ],
  }],
});
const context = (over: Partial<InventoryContext> = {}): InventoryContext => ({
  featureIds: new Set(['eq-new', 'eq-commercial']),
  notDrawn: new Map([['erqi-centres', [gap]]]),
  seeds,
  ...over,
});
const problemsOf = (data: unknown, ctx = context()) => validateInventory('layouts.json', data, ctx).map((p) => `${p.featureId}: ${p.problem}`);

describe('validateInventory', () => {
  it('accepts entities drawn by a feature or listed, with a reason, in a layer', () => {
    expect(problemsOf(inventory())).toEqual([]);
  });

  it('names an entity whose words are not in the cited lines', () => {
    const data = inventory();
    data.layouts[0].entities[0].name = '二七老城区';
    expect(problemsOf(data)).toEqual([`erqi: entities[0]: "二七老城区" is not in ${SEED} lines 2-2`]);
  });

  it('wants exactly one of feature and notDrawnIn, and both must exist', () => {
    const data = inventory();
    const [a, b, c] = data.layouts[0].entities;
    data.layouts[0].entities = [{ ...a, notDrawnIn: 'erqi-centres' }, { ...b, feature: 'eq-gone' }, { ...c, notDrawnIn: 'erqi-six-boards' }];
    expect(problemsOf(data)).toEqual([
      'erqi: entities[0]: give exactly one of "feature" (the id drawing it) or "notDrawnIn" (the layer listing why not)',
      'erqi: entities[1]: feature "eq-gone" is not a built feature id',
      'erqi: entities[2]: notDrawnIn "erqi-six-boards" is not a layer with a notDrawn list',
      // the centres layer's gap is now counted nowhere
      '-: layer "erqi-centres" lists "丝路网红大厦新经济中心" as not drawn, but no layout entity names it (add it with "notDrawnIn": "erqi-centres")',
    ]);
  });

  it('refuses a gap hidden from the count: a layer lists it, no entity does', () => {
    const data = inventory();
    data.layouts[0].entities.pop();
    expect(problemsOf(data)).toEqual([
      '-: layer "erqi-centres" lists "丝路网红大厦新经济中心" as not drawn, but no layout entity names it (add it with "notDrawnIn": "erqi-centres")',
    ]);
  });

  it('reports a file that is not an inventory and a layout without entities', () => {
    expect(problemsOf([])).toEqual(['-: expected { "layouts": [ … ] }']);
    expect(problemsOf({ layouts: [{ id: 'empty', name: '四区联动', source: cite(1), entities: [] }] }, context({ notDrawn: new Map() })))
      .toEqual(['empty: entities must be a non-empty list']);
  });
});

describe('inventoryCoverage', () => {
  it('counts drawn entities per layout and in all, with each gap and its reason', () => {
    const data = inventory();
    data.layouts.push({ id: 'all-drawn', name: '四区', source: cite(2), entities: [{ name: '二七新区', source: cite(2), feature: 'eq-new' }] });
    const c = inventoryCoverage(data, context().notDrawn);
    expect([c.drawn, c.named]).toEqual([3, 4]);
    expect(c.share).toBeCloseTo(0.75);
    expect(c.layouts.map((l) => [l.id, l.drawn, l.named])).toEqual([['erqi', 2, 3], ['all-drawn', 1, 1]]);
    expect(c.layouts[0].gaps).toEqual([{ name: '丝路网红大厦新经济中心', layer: 'erqi-centres', why: gap.why }]);
  });
});
