import { describe, expect, it } from 'vitest';
import { lineSegments, searchLines } from './planSearch';
import type { MentionTarget } from './planDoc';

describe('searchLines', () => {
  const lines = ['二七商圈板块：南至菜场街', '', '南至菜市街，面积 1.23 平方公里', '菜场 街'];
  it('finds the lines with the words, ignoring spaces the text breaks words with', () => {
    expect(searchLines(lines, '菜场街').hits.map((h) => h.line)).toEqual([1, 4]);
    expect(searchLines(lines, '菜 市街').total).toBe(1);
    expect(searchLines(lines, '平方').hits).toEqual([{ line: 3, snippet: '菜市街，面积 1.23 平方公里' }]);
  });
  it('finds nothing for an empty query and caps the list but not the count', () => {
    expect(searchLines(lines, '  ').total).toBe(0);
    const many = searchLines(lines, '南至', 1);
    expect([many.hits.length, many.total]).toEqual([1, 2]);
  });
});

describe('lineSegments', () => {
  const board: MentionTarget = { kind: 'area', id: 'eq-board-shangquan' };
  const text = '二七商圈板块：南至菜场街';
  it('makes a mention one linked piece and marks search hits, also inside a link', () => {
    expect(lineSegments(text, [{ start: 0, end: 6, target: board }], '板块')).toEqual([
      { text: '二七商圈', target: board, hit: false },
      { text: '板块', target: board, hit: true },
      { text: '：南至菜场街', hit: false },
    ]);
  });
  it('marks a hit across a space in the text, spaces included', () => {
    expect(lineSegments('菜场 街', [], '菜场街')).toEqual([{ text: '菜场 街', hit: true }]);
  });
  it('returns the line as one plain piece without mentions or query', () => {
    expect(lineSegments(text, [])).toEqual([{ text, hit: false }]);
  });
});
