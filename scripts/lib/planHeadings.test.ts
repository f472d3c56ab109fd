import { describe, expect, it } from 'vitest';
import { findHeadings } from './planHeadings';

describe('findHeadings', () => {
  it('finds chapters, sections and numbered items with their line numbers and depth', () => {
    const lines = ['', '第二章 站在发展新起点 擘画发展新蓝图', '第一节 新机遇新挑战', '正文。', '五、空间布局', '（一）二七新区'];
    expect(findHeadings(lines)).toEqual([
      { line: 2, level: 1, text: '第二章 站在发展新起点 擘画发展新蓝图' },
      { line: 3, level: 2, text: '第一节 新机遇新挑战' },
      { line: 5, level: 3, text: '五、空间布局' },
      { line: 6, level: 4, text: '（一）二七新区' },
    ]);
  });

  it('skips paragraphs that start with a numeral: long lines and lines ending a sentence', () => {
    const long = `一、${'加快构建空间布局'.repeat(6)}`;
    expect(findHeadings([long, '二、坚持党建为根。', '三、到2025年：'])).toEqual([]);
  });

  it('collapses tabs and spaces inside a heading', () => {
    expect(findHeadings(['一、经济发展\t\t\t'])).toEqual([{ line: 1, level: 3, text: '一、经济发展' }]);
  });
});
