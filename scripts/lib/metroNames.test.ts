import { describe, expect, it } from 'vitest';
import { lineNameEn, stationNameEn } from './metroNames';

describe('metro names in English', () => {
  it('numbers lines and names the two named ones', () => {
    expect(lineNameEn('1号线')).toBe('Line 1');
    expect(lineNameEn('2号线/城郊线')).toBe('Line 2 / Chengjiao Line');
    expect(lineNameEn('郑许线')).toBe('Zhengxu Line');
  });
  it('capitalises the station pinyin, and gives nothing for none', () => {
    expect(stationNameEn('bishagang')).toBe('Bishagang');
    expect(stationNameEn('')).toBe('');
  });
});
