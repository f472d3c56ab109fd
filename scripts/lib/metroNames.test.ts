import { describe, expect, it } from 'vitest';
import { lineNameEn, stationNameEn } from './metroNames';

describe('metro names in English', () => {
  it('numbers lines and names the two named ones', () => {
    expect(lineNameEn('1号线')).toBe('Line 1');
    expect(lineNameEn('2号线/城郊线')).toBe('Line 2 / Chengjiao Line');
    expect(lineNameEn('郑许线')).toBe('Zhengxu Line');
  });
  it("writes a station as the place-name rules do, checked against the metro data's pinyin", () => {
    expect(stationNameEn('人民公园', 'renmingongyuan')).toBe('Renmin Gongyuan');
    expect(stationNameEn('河南工业大学', 'henangongyedaxue')).toBe('Henan Gongye Daxue');
    expect(stationNameEn('郑州火车站', 'zhengzhouhuochezhan')).toBe('Zhengzhou Huochezhan');
    expect(stationNameEn('碧沙岗', 'bishagang')).toBe('Bishagang');
  });
  it('names the line that tells two stations of one name apart', () => {
    expect(stationNameEn('东风路(2号线)', 'dongfenglu2')).toBe('Dongfeng Lu (Line 2)');
    expect(stationNameEn('东风路(8号线)', 'dongfenglu8')).toBe('Dongfeng Lu (Line 8)');
    expect(stationNameEn('新郑机场(ZX)', 'xinzhengjichangzx')).toBe('Xinzheng Jichang (Zhengxu Line)');
  });
  it('gives nothing for no name', () => {
    expect(stationNameEn('', '')).toBe('');
  });
});
