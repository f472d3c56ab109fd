import { describe, expect, it } from 'vitest';
import { alignRoads, writeRoadsByTheRules } from './roadNameAlign';

const phrases = (zh: string, en: string) => alignRoads(zh, en).aligned.map((a) => [a.text, a.zh.join('、'), a.rules]);

describe('roads of a translation matched with the Chinese they translate', () => {
  it('matches "X Road", "X Street" and "X Avenue", starting at the specific', () => {
    expect(phrases('西至敦睦路、福寿街、铭功路，北至太康路', 'West to Dunmu Road, Fushou Street and Minggong Road, north to Taikang Road')).toEqual([
      ['Dunmu Road', '敦睦路', 'Dunmu Lu'],
      ['Fushou Street', '福寿街', 'Fushou Jie'],
      ['Minggong Road', '铭功路', 'Minggong Lu'],
      ['Taikang Road', '太康路', 'Taikang Lu'],
    ]);
    expect(phrases('鼎盛大道与灵山路', 'at Dingsheng Avenue and Lingshan Road')[0]).toEqual(['Dingsheng Avenue', '鼎盛大道', 'Dingsheng Dadao']);
  });
  it('matches a direction after the specific or before it, joined to the generic as the rules write it', () => {
    expect(phrases('大学南路两侧', 'both sides of Daxue South Road')).toEqual([['Daxue South Road', '大学南路', 'Daxue Nanlu']]);
    expect(phrases('沿建设西路', 'along West Jianshe Road')).toEqual([['West Jianshe Road', '建设西路', 'Jianshe Xilu']]);
    expect(phrases('德化东街', 'Dehua East Street: renovation')).toEqual([['Dehua East Street', '德化东街', 'Dehua Dongjie']]);
  });
  it('matches ring roads by their number, the article going with the phrase', () => {
    expect(phrases('北至南三环两侧', 'North to both sides of the South Third Ring Road')).toEqual([['the South Third Ring Road', '南三环', 'Nansanhuan']]);
    expect(phrases('南三环', 'the South 3rd Ring Road')[0][2]).toBe('Nansanhuan');
    expect(phrases('四环路两侧', 'Both sides of the Fourth Ring Road')).toEqual([['the Fourth Ring Road', '四环路', 'Sihuan Lu']]);
    expect(phrases('四环外', 'beyond the 4th Ring')).toEqual([['the 4th Ring', '四环', 'Sihuan']]);
    expect(phrases('侯寨西环路', 'the Houzhai West Ring Road')).toEqual([['the Houzhai West Ring Road', '侯寨西环路', 'Houzhai Xihuanlu']]);
  });
  it('matches lists that share a generic, each road by its own name', () => {
    expect(phrases('桂江路、悦秀路、灵山路合围', 'enclosed by Guijiang, Yuexiu and Lingshan Roads')).toEqual([
      ['Guijiang, Yuexiu and Lingshan Roads', '桂江路、悦秀路、灵山路', 'Guijiang Lu, Yuexiu Lu and Lingshan Lu'],
    ]);
    expect(phrases('现有西三环、西四环、中原路', 'along the West Third and Fourth Ring Roads, Zhongyuan Road')).toEqual([
      ['the West Third and Fourth Ring Roads', '西三环、西四环', 'Xisanhuan and Xisihuan'],
      ['Zhongyuan Road', '中原路', 'Zhongyuan Lu'],
    ]);
  });
  it('reads the specific as the English does: a polyphone, a syllable the rules would split, a numbered road', () => {
    // 乐 is le or yue; 淮南街 is Huainan Street (named after Huainan), not Huai South Street.
    expect(phrases('乐安路', 'Lean Road')[0][2]).toBe("Le'an Lu");
    expect(phrases('淮南街综合改造', 'Huainan Street: renovation')[0][2]).toBe('Huainan Jie');
    expect(phrases('经西一路', 'Jingxi 1st Road')[0][2]).toBe('Jingxiyi Lu');
  });
  it('does not match a phrase whose road the Chinese does not name, and reports it', () => {
    // The translation dropped 南: "Songshan Road" is not 嵩山南路.
    const r = alignRoads('嵩山南路两侧', 'both sides of Songshan Road');
    expect(r.aligned).toEqual([]);
    expect(r.unaligned.map((u) => u.text)).toEqual(['Songshan Road']);
    expect(alignRoads('二七广场', 'Erqi Square and the Ring clipped to it').unaligned).toEqual([]);
  });
  it('rewrites the English by the rules, keeping an article that belongs to a noun after the road', () => {
    expect(writeRoadsByTheRules('北至南三环两侧，南至陇海路', 'North to both sides of the South Third Ring Road, south to Longhai Road.')).toBe(
      'North to both sides of Nansanhuan, south to Longhai Lu.',
    );
    expect(writeRoadsByTheRules('第一大道地下空间更新', 'Renewal of the Diyi Avenue underground space')).toBe('Renewal of the Diyi Dadao underground space');
    expect(writeRoadsByTheRules('老郑密路', 'old Zhengmi Road')).toBe('old Zhengmi Lu');
  });
});
