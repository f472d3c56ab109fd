import { describe, expect, it } from 'vitest';
import { edgeDiffs, findContradictions, readArea, readBounds } from './contradictions';
import type { PlanProperties, PlanText } from './types';

const F = '000_062be593f0ca59e2.txt';
const cite = (line: number, to = line) => ({ file: F, lines: `${line}-${to}` });

/** A plan text with the board's boundary words on line 1 and its section (lines 3–5) repeating them. */
function plan(board: string, section: string): string[] {
  return [board, '', '四、某板块', section, '★功能定位：示范。'];
}
const props = (over: Partial<PlanProperties> = {}): PlanProperties =>
  ({ id: 'board', name: '某板块', nameEn: 'A board', layer: 'l', level: 'erqi', statedAreaKm2: 6, sources: [cite(1), cite(3, 5)], drawing: { method: 'm', precisionM: 1 }, ...over }) as PlanProperties;
const text = (over: PlanText = {}): Record<string, PlanText> => ({ board: { boundaryText: { text: '…', source: cite(1) }, ...over } });
const found = (lines: string[], p = props(), t = text()) =>
  findContradictions({ features: [p], texts: t, seeds: { [F]: lines } }).map((c) => `${c.kind}: ${c.detail}`);

describe('reading boundary words', () => {
  it('reads edges, lists on one side and "以南"-style clauses as the side the road bounds', () => {
    const bounds = readBounds('某板块：西至敦睦路、福寿街，郑密路以南，南四环以北区域，约 3.77 平方公里');
    expect(bounds.map((b) => `${b.side}${b.name}`)).toEqual(['西敦睦路', '西福寿街', '北郑密路', '南南四环']);
  });
  it('reads areas in km², hectares and mu', () => {
    expect(readArea('约 6 平方公里')?.km2).toBe(6);
    expect(readArea('总面积 564.33 公顷')?.km2).toBeCloseTo(5.6433);
    expect(readArea('1500亩')?.km2).toBe(1);
    expect(readArea('长210米')).toBeNull();
  });
  it('takes a road written longer, or a lake by its other name, as the same edge', () => {
    const a = readBounds('东临凤湖（尖岗水库）、西至郑少高速');
    const b = readBounds('郑少高速公路以东，尖岗水库二级水源保护线以西');
    expect(edgeDiffs(a, b)).toEqual([]);
  });
});

describe('findContradictions', () => {
  it('finds another area for the same board in its section', () => {
    expect(found(plan('某板块：西至甲路、东至乙路，约 6 平方公里', '★空间范围：甲路以东，乙路以西，总面积 564.33 公顷。'))).toEqual(['area: 约 6 平方公里 ≠ 总面积 564.33 公顷']);
  });
  it('names the feature that draws the other statement, when one relates to the board citing its line', () => {
    const lines = plan('某板块：西至甲路、东至乙路，约 6 平方公里', '★空间范围：甲路以东，乙路以西，总面积 564.33 公顷。');
    const variant = props({ id: 'variant', name: '某板块（专栏）', sources: [cite(4)], relations: [{ type: 'same-area', target: 'board', source: cite(3, 4) }] });
    const unrelated = props({ id: 'other', name: '另一板块', sources: [cite(4)], relations: [{ type: 'inside', target: 'board', source: cite(1) }] });
    const got = findContradictions({ features: [props(), unrelated, variant], texts: text(), seeds: { [F]: lines } });
    expect(got.map((c) => [c.kind, c.variantId])).toEqual([['area', 'variant']]);
    expect(findContradictions({ features: [props(), unrelated], texts: text(), seeds: { [F]: lines } })[0].variantId).toBeUndefined();
  });
  it('finds a road on another side and a spelling variant, but not the same words twice', () => {
    const oct = found(plan('某板块：郑密路以南，南四环以北区域，约 6 平方公里', '★空间范围：郑密路以南，南四环以东，南接生态涵养林'));
    expect(oct).toEqual(['boundary: 南：南四环 ≠ 生态涵养林；南四环：南 ≠ 西']);
    expect(found(plan('某板块：东至顺城街，南至菜场街，约 6 平方公里', '★空间范围：东至顺城街，南至菜市街'))).toEqual(['spelling: 南：菜场街 ≠ 菜市街']);
    expect(found(plan('某板块：东至顺城街，南至菜场街，约 6 平方公里', '★空间范围：东至顺城街，南至菜场街'))).toEqual([]);
  });
  it('finds the old names of a board in other papers, not its short forms', () => {
    const t = text({ aliases: [{ name: '金水河源板块', source: { file: '001_78a782e63aa22335.txt', lines: '222-222' } }, { name: '某板', source: { file: '001_78a782e63aa22335.txt', lines: '1-1' } }] });
    expect(found(['某板块：东至顺城街'], props(), t)).toEqual(['name: 某板块 ← 金水河源板块']);
  });
  it('finds parts whose stated areas add up to more than their stated whole', () => {
    const whole = props({ id: 'whole', name: '新区', statedAreaKm2: 5, sources: [cite(1)] });
    const part = (id: string, area: number) => props({ id, name: id, statedAreaKm2: area, sources: [cite(1)], relations: [{ type: 'inside', target: 'whole', source: cite(1) }] });
    const got = findContradictions({ features: [whole, part('a', 3), part('b', 2.5)], texts: {}, seeds: { [F]: ['x'] } });
    expect(got.map((c) => `${c.kind}: ${c.detail}`)).toEqual(['sum: 新区 5 < a 3 + b 2.5 = 5.5 km²']);
    expect(findContradictions({ features: [whole, part('a', 3)], texts: {}, seeds: { [F]: ['x'] } })).toEqual([]);
  });
  it('finds one figure compared with a base year differently in two papers', () => {
    const seeds = { [F]: ['生产总值760.2亿元，是2015年的1.61倍'], '004_7726e0e1890838e6.txt': ['完成**760.2**亿元,是2015年的**1.64**倍;'] };
    const got = findContradictions({ features: [], texts: {}, seeds });
    expect(got.map((c) => [c.detail, c.statements.map((s) => s.source.file.slice(0, 3))])).toEqual([['760.2亿元，是2015年的 1.61 ≠ 1.64 倍', ['000', '004']]]);
  });
});

describe('a whole stated with its parts in one sentence', () => {
  const seeds = (line: string) => ({ [F]: ['', line] });
  it('lists a sentence whose parts do not add up to its whole, with both statements on that line', () => {
    const got = findContradictions({ features: [], texts: {}, seeds: seeds('“六核”即甲板块、乙板块、丙板块、丁板块和戊板块，合力发展。') });
    expect(got.map((c) => [c.kind, c.detail, c.statements.map((s) => `${s.text} ${s.source.lines}`)])).toEqual([
      ['sum', '“六核” ≠ 5：甲板块、乙板块、丙板块、丁板块、戊板块', ['“六核” 2-2', '甲板块、乙板块、丙板块、丁板块、戊板块 2-2']],
    ]);
    expect(findContradictions({ features: [], texts: {}, seeds: seeds('占地约300亩，其中甲地146亩，乙地131亩，丙地45亩。') }).map((c) => c.detail)).toEqual(['300 亩 < 146 + 131 + 45 = 322 亩']);
  });
  it('lists nothing when they add up', () => {
    expect(findContradictions({ features: [], texts: {}, seeds: seeds('“五核”即甲板块、乙板块、丙板块、丁板块和戊板块。') })).toEqual([]);
  });
});
