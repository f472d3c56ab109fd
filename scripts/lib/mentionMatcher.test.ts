import { describe, expect, it } from 'vitest';
import { createMatcher } from './mentionMatcher';

const spans = (line: string, found: { start: number; end: number; target: string }[]) =>
  found.map((m) => `${line.slice(m.start, m.end)}→${m.target}`);

describe('createMatcher', () => {
  it('takes the longest name at a position, so a board is not linked as its shorter namesake', () => {
    const match = createMatcher([
      { text: '二七商圈', target: 'place' },
      { text: '二七商圈板块', target: 'board' },
    ]);
    const line = '二七商圈板块：西至敦睦路，二七商圈人流大。';
    expect(spans(line, match(line))).toEqual(['二七商圈板块→board', '二七商圈→place']);
  });

  it('never overlaps: a name starting inside a longer match is skipped', () => {
    const match = createMatcher([
      { text: '华侨城文旅板块', target: 'board' },
      { text: '文旅板块', target: 'other' },
    ]);
    expect(spans('华侨城文旅板块', match('华侨城文旅板块'))).toEqual(['华侨城文旅板块→board']);
  });

  it('gives a name to the first target listed for it and ignores one-character names', () => {
    const match = createMatcher([
      { text: '马寨', target: 'area' },
      { text: '马寨', target: 'place' },
      { text: '南', target: 'nowhere' },
    ]);
    const line = '南至马寨';
    expect(match(line)).toEqual([{ start: 2, end: 4, target: 'area' }]);
  });

  it('finds nothing in a line without names', () => {
    expect(createMatcher([{ text: '凤湖', target: 'x' }])('加快发展')).toEqual([]);
  });
});
