import { describe, expect, it } from 'vitest';
import { findStatedSums, partsDisagree, partsTotal, readNumeral } from './statedSums';

const F = '000_062be593f0ca59e2.txt';
const sums = (...lines: string[]) => findStatedSums({ [F]: lines }).map((s) => `${s.source.lines} ${s.wholeWords}=${partsTotal(s)}${partsDisagree(s) ? ' ≠' : ''}`);

describe('reading a whole and its parts', () => {
  it('reads numerals as the plans write them', () => {
    expect(['5', '五', '两', '十二', '二十', '百'].map(readNumeral)).toEqual([5, 5, 2, 12, 20, null]);
  });

  it('reads an amount and its breakdown, the slogan counts and a counted list, as the plans state them', () => {
    expect(sums(
      '（2）大学路东医疗康养综合体项目：占地约322亩，其中医院用地占地146亩，住宅用地占地131亩，商业用地占地45亩，总投资50亿元。',
      '“四区”即二七新区、二七特色商业区、马寨产城融合示范区和樱桃沟西美示范区，围绕全域发展理念。',
      '二七广场主辅广场及二七路、解放路、西大街、德化街和人民路5条景观大道建设项目。',
    )).toEqual(['1-1 （2）大学路东医疗康养综合体项目：占地约322亩=322', '2-2 “四区”=4', '3-3 5条=5']);
  });

  it('finds parts that add up to more than the whole, or more or fewer names than counted', () => {
    expect(sums(
      '项目占地约300亩，其中医院用地占地146亩，住宅用地占地131亩，商业用地占地45亩。',
      '“四区”即二七新区、二七特色商业区、马寨产城融合示范区、樱桃沟西美示范区和足球小镇。',
      '建设二七路、解放路和人民路5条景观大道。',
    )).toEqual(['1-1 项目占地约300亩=322 ≠', '2-2 “四区”=5 ≠', '3-3 5条=3 ≠']);
  });

  it('takes a breakdown that lists only some parts as no contradiction', () => {
    expect(sums('规划面积30.4平方公里，其中凤湖智能新区6平方公里，马寨老镇区3平方公里。')).toEqual(['1-1 规划面积30.4平方公里=9']);
  });

  it('reads no count from prose: open lists (等), figures, a number that starts a new item, lists of words cut by a line break', () => {
    expect(sums(
      '南三环、西三环、长江路、建设路等10条道路。',
      '新建、改建道路143条，新入驻企业150家、创业团队100个。',
      '完成二七广场下穿隧道建设、主辅广场及5条景观大道建设。',
      '岛、科学谷三大片区。',
      '真正树牢“四个意识”、坚定“四个自信”、做到“两个维护”。',
    )).toEqual([]);
  });
});
