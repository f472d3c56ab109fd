import { describe, expect, it } from 'vitest';
import { displayWidth, textTable } from './textTable';

describe('textTable', () => {
  it('counts Chinese characters as two columns', () => {
    expect(displayWidth('二七新区')).toBe(8);
    expect(displayWidth('a二b')).toBe(4);
  });

  it('aligns columns of mixed Chinese and Latin text', () => {
    const t = textTable(['id', 'name', 'km²'], [['erqi', '二七区', '159.9'], ['x', 'Zone', '7']], ['left', 'left', 'right']);
    expect(t.split('\n')).toEqual([
      'id    name      km²',
      '----  ------  -----',
      'erqi  二七区  159.9',
      'x     Zone        7',
    ]);
  });
});
