import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PlanText } from './types';
import { findNameVariants, isVariant, namePieces } from './nameVariants';

const F = '000_062be593f0ca59e2.txt';
const at = (line: number) => ({ file: F, lines: `${line}-${line}` });

describe('which spellings are variants of one name', () => {
  it('takes a changed character, characters reordered, a word inserted or swapped, and a dropped 项目', () => {
    expect(isVariant('联东U谷科技总部港', '联动U谷科技总部港')).toBe(true);
    expect(isVariant('新二七双塔', '二七新双塔')).toBe(true);
    expect(isVariant('万科医疗产业园', '万科医疗养老产业园')).toBe(true);
    expect(isVariant('长安古寨民俗村', '长安古寨民宿项目')).toBe(true);
    expect(isVariant('国棉三厂历史文化街区', '国棉三厂特色历史文化街区')).toBe(true);
  });

  it('keeps apart other numbers, longer names and different things', () => {
    expect(isVariant('二七新区 110 千伏徐双线迁改工程', '二七新区 500 千伏嵩郑线迁改工程')).toBe(false);
    expect(isVariant('华润二期', '华润一期')).toBe(false);
    expect(isVariant('普乐天地', '普乐天地文化项目')).toBe(false); // one contains the other: a longer name
    expect(isVariant('航空港大数据产业园', '白沙园区大数据产业园')).toBe(false);
    expect(isVariant('联东 U 谷-科技总部港项目', '联东U谷科技总部港')).toBe(false); // the same name written with spaces
  });

  it('reads name-like pieces from running text: no leading verb, no company, no clause break', () => {
    expect(namePieces('累计引进中铁十五局总部基地、联动U谷科技总部港等优质项目96个')).toEqual(['中铁十五局总部基地', '联动U谷科技总部港', '优质项目96个']);
    expect(namePieces('河南足球小镇置业有限公司长安古寨民宿项目、西岗建筑艺术体验园建设项目等。')).toContain('长安古寨民宿项目');
  });
});

describe('finding variants in the plans', () => {
  const seeds = {
    [F]: [
      '重点推进二七新双塔、绿地滨湖国际城等产业项目。', // 1
      '★重点项目：新二七双塔、绿地滨湖国际城。', // 2
      '累计引进中铁十五局总部基地、联动U谷科技总部港等优质项目96个', // 3
      '★数字科技：联东 U 谷-科技总部港项目、灏宇数字包装产业园区项目。', // 4
      '京广铁路沿线绿色生态带、陇海铁路沿线绿色生态带。', // 5
    ],
  };
  const groups = findNameVariants(
    [
      { name: '新二七双塔', source: at(2), featureId: 'eq-board-hq' },
      { name: '联东 U 谷科技总部港', source: at(4), featureId: 'eq-board-fenghu' },
      { name: '京广铁路沿线绿色生态带', source: at(5), featureId: 'ct-gr-rail' },
    ],
    seeds,
  );

  it('groups each listed name with the spellings the plan lines use, each with its lines', () => {
    expect(groups.map((g) => [g.featureId, g.spellings.map((s) => `${s.text}@${s.sources.map((c) => c.lines).join(',')}`)])).toEqual([
      ['eq-board-hq', ['新二七双塔@2-2', '二七新双塔@1-1']],
      ['eq-board-fenghu', ['联东 U 谷-科技总部港@4-4', '联动U谷科技总部港@3-3']],
    ]);
  });

  it('does not pair two different things that share most of their words (京广 … 生态带 vs 陇海 … 生态带)', () => {
    expect(groups.some((g) => g.featureId === 'ct-gr-rail')).toBe(false);
  });
});

describe('on the five plans', () => {
  const dir = fileURLToPath(new URL('../../geodata/plans/', import.meta.url));
  const plans = Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(dir, f), 'utf8').split('\n')]));
  const texts = Object.assign({}, ...readdirSync(join(dir, '../text')).map((f) => JSON.parse(readFileSync(join(dir, '../text', f), 'utf8'))));
  const things = Object.entries(texts as Record<string, PlanText>).flatMap(([featureId, t]) => (t.projects ?? []).map((p) => ({ name: p.name, source: p.source, featureId })));
  const groups = findNameVariants([...things, { name: '国棉三厂特色历史文化街区', source: { file: '002_a0be71d4cb4e8638.txt', lines: '398-398' }, featureId: 'zy-guomian3-district' }], plans);
  const where = (spelling: string) => {
    const g = groups.find((x) => x.spellings.some((s) => s.text.replace(/[\s-]/g, '') === spelling));
    return g?.spellings.map((s) => `${s.text.replace(/[\s-]/g, '')} ${s.sources.map((c) => `${c.file.slice(0, 3)}:${c.lines.split('-')[0]}`).join(',')}`);
  };

  it('finds the variants an audit of the lists found by hand, with their lines', () => {
    expect(where('联动U谷科技总部港')).toEqual(expect.arrayContaining(['联动U谷科技总部港 000:47']));
    expect(where('联动U谷科技总部港')!.join(' ')).toMatch(/联东U谷科技总部港 .*000:656.*001:234|联东U谷科技总部港 .*000:533/);
    expect(where('二七新双塔')).toEqual(expect.arrayContaining(['二七新双塔 000:633', '新二七双塔 000:640']));
    expect(where('长安古寨民宿项目')).toEqual(expect.arrayContaining(['长安古寨民宿项目 000:505']));
    expect(where('长安古寨民俗村')!.join(' ')).toMatch(/000:660.*000:670/);
    expect(where('万科医疗产业园')!.map((s) => s.split(' ')[0]).sort()).toEqual(['万科健康养老产业园', '万科医疗产业园', '万科医疗养老产业园']);
    expect(where('国棉三厂历史文化街区')).toBeDefined();
  });
});
