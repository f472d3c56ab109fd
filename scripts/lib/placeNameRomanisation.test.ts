import { describe, expect, it } from 'vitest';
import { placeNameEn, syllables } from './placeNameRomanisation';

describe('place names in Pinyin as the place-name rules write them', () => {
  it('writes the specific and the generic apart, each capitalised', () => {
    expect(placeNameEn('人民公园')).toBe('Renmin Gongyuan');
    expect(placeNameEn('二七广场')).toBe('Erqi Guangchang');
    expect(placeNameEn('秦岭路')).toBe('Qinling Lu');
    expect(placeNameEn('郑州火车站')).toBe('Zhengzhou Huochezhan');
    expect(placeNameEn('龙子湖')).toBe('Longzi Hu');
    expect(placeNameEn('紫荆山')).toBe('Zijing Shan');
  });
  it('splits the multi-syllable parts of a specific, and a leading place, into words', () => {
    expect(placeNameEn('河南工业大学')).toBe('Henan Gongye Daxue');
    expect(placeNameEn('郑州人民医院')).toBe('Zhengzhou Renmin Yiyuan');
    expect(placeNameEn('省人民医院')).toBe('Sheng Renmin Yiyuan');
    expect(placeNameEn('市第二人民医院')).toBe("Shi Di'er Renmin Yiyuan");
    expect(placeNameEn('经开中心广场')).toBe('Jingkai Zhongxin Guangchang');
  });
  it('joins a one-syllable modifier to what it modifies', () => {
    expect(placeNameEn('农业南路')).toBe('Nongye Nanlu');
    expect(placeNameEn('郑州东站')).toBe('Zhengzhou Dongzhan');
    expect(placeNameEn('西大街')).toBe('Xi Dajie');
    expect(placeNameEn('市委党校')).toBe('Shiwei Dangxiao');
  });
  it('keeps a name whose generic became part of it, a village, or two syllables, in one word', () => {
    expect(placeNameEn('西三环')).toBe('Xisanhuan');
    expect(placeNameEn('十八里河')).toBe('Shibalihe');
    expect(placeNameEn('张家村')).toBe('Zhangjiacun');
    expect(placeNameEn('柳湖')).toBe('Liuhu');
    expect(placeNameEn('西流湖公园南')).toBe('Xiliuhu Gongyuan Nan');
  });
  it('names roads, reservoirs, communities and canal works by their generics', () => {
    expect(placeNameEn('解放路')).toBe('Jiefang Lu');
    expect(placeNameEn('建设西路')).toBe('Jianshe Xilu');
    expect(placeNameEn('中州大道')).toBe('Zhongzhou Dadao');
    expect(placeNameEn('尖岗水库大坝')).toBe('Jiangang Shuiku Daba');
    expect(placeNameEn('樱桃沟社区')).toBe('Yingtaogou Shequ');
    expect(placeNameEn('新密收费站')).toBe('Xinmi Shoufeizhan');
    // 调 read diào (to transfer) in 南水北调, fixed in pinyin-pro's dictionary; it reads tiáo alone.
    expect(placeNameEn('南水北调中原西路分水口')).toBe('Nanshuibeidiao Zhongyuan Xilu Fenshuikou');
  });
  it('divides a name into words where spaces say so, reading its sounds in context', () => {
    expect(placeNameEn('化工 路 西流湖')).toBe('Huagong Lu Xiliuhu');
    expect(placeNameEn('郑州 长途 汽车 中心站')).toBe('Zhengzhou Changtu Qiche Zhongxinzhan');
  });
  it("writes a direction after a station's name as its own word", () => {
    expect(placeNameEn('龙湖北')).toBe('Longhu Bei');
    expect(placeNameEn('许昌东')).toBe('Xuchang Dong');
    expect(placeNameEn('长安路北')).toBe("Chang'an Lu Bei");
  });
  it("marks a syllable starting with a, o or e inside a word, and writes ü", () => {
    expect(placeNameEn('北二十里铺')).toBe("Bei'ershilipu");
    expect(placeNameEn('绿城广场')).toBe('Lücheng Guangchang');
  });
  it('reads a polyphone as the reference spells it, and fails on a spelling no reading gives', () => {
    // 长 is chang or zhang; 堡 bao, bu or pu: the metro data's pinyin decides.
    expect(syllables('南五里堡', 'nanwulibao')).toEqual(['nan', 'wu', 'li', 'bao']);
    expect(syllables('南五里堡', 'nanwulipu')).toEqual(['nan', 'wu', 'li', 'pu']);
    // The reference writes ü as v or u: both are the dictionary's lü.
    expect(placeNameEn('绿博园', 'luboyuan')).toBe('Lüboyuan');
    // 祭城's local reading (the metro's Zhacheng) is none of the dictionary's readings of 祭 (ji, zhai).
    expect(placeNameEn('祭城', 'zhacheng')).toBe('Zhacheng');
    expect(() => placeNameEn('人民路', 'renminjie')).toThrow(/人民路/);
  });
});
