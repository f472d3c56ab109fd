import { describe, expect, it } from 'vitest';
import { readSeeds } from './geodataFiles';

describe('readSeeds', () => {
  it('reads the five plan texts committed in geodata/plans, numbered as the citations number them', () => {
    const seeds = readSeeds();
    expect(Object.keys(seeds ?? {})).toEqual([
      '000_062be593f0ca59e2.txt', '001_78a782e63aa22335.txt', '002_a0be71d4cb4e8638.txt',
      '003_f6b26a26c27aa93e.txt', '004_7726e0e1890838e6.txt',
    ]);
    // 000:264 is the 二七商圈板块 boundary the zone data cites (line 1 is index 0).
    expect(seeds!['000_062be593f0ca59e2.txt'][263]).toMatch(/^二七商圈板块：西至敦睦路/);
  });
});
