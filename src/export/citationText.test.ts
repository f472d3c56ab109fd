import { describe, expect, it } from 'vitest';
import { citationText } from './citationText';

describe('citation text', () => {
  it('names the plan document and the lines, in either language', () => {
    expect(citationText({ file: '000_062be593f0ca59e2.txt', lines: '252-252' }, 'zh')).toBe('二七区“十四五”规划纲要 第252行');
    expect(citationText({ file: '003_f6b26a26c27aa93e.txt', lines: '2482-2484' }, 'en')).toBe('Zhengzhou 14th FYP outline, lines 2482–2484');
  });

  it('falls back to the seed file name for an unknown document', () => {
    expect(citationText({ file: '999_0000000000000000.txt', lines: '1-2' }, 'zh')).toBe('999_0000000000000000.txt 第1–2行');
  });
});
