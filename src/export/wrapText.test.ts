import { describe, expect, it } from 'vitest';
import { wrapText } from './wrapText';
import { measure } from './testing/fakeText';

describe('text wrapping', () => {
  it('breaks Chinese anywhere and English at spaces', () => {
    expect(wrapText('郑州规划空间布局图', 50, measure)).toEqual(['郑州规划', '空间布局', '图']);
    expect(wrapText('plan areas are schematic', 95, measure)).toEqual(['plan areas are', 'schematic']);
    expect(wrapText('Atlas · 2026-11-23', 80, measure)).toEqual(['Atlas ·', '2026-11-23']);
    for (const line of wrapText('资料来源：郑州市“十四五”规划纲要 Zhengzhou plan text, lines 2482-2484', 120, measure)) {
      expect(measure(line)).toBeLessThanOrEqual(120);
    }
  });
});
