import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../src/data/timeline';
import { validateTimeline } from './timeline';
import type { Seeds } from './citations';

const SEED = '000_062be593f0ca59e2.txt';
const seeds: Seeds = { [SEED]: ['★推进时序：（1）2021年-2022年，完成二七广场下穿隧道建设。（2）2023年，完成火车站及周边改造提升。'] };
const item = (over: Partial<TimelineItem> = {}): TimelineItem => ({
  id: 'step-2023', year: 2023, kind: 'step', text: '2023年，完成火车站及周边改造提升', features: ['eq-board-shangquan'], source: { file: SEED, lines: '1-1' }, ...over,
});
const features = new Set(['eq-board-shangquan', 'erqi']);

describe('validateTimeline', () => {
  it('accepts items quoted verbatim from their lines', () => {
    expect(validateTimeline({ items: [item()] }, features, seeds)).toEqual([]);
  });
  it('names the item and the problem: misquote, unknown feature, year out of range, twice the same id', () => {
    const problems = validateTimeline({ items: [item({ text: '2023年，完成火车站改造' }), item({ year: 2050, features: ['nowhere'] })] }, features, seeds);
    expect(problems.map((p) => `${p.featureId}: ${p.problem.split(' in ')[0]}`)).toEqual([
      'step-2023: text is not found verbatim',
      'step-2023: id is used twice',
      'step-2023: year must be a whole year 2020–2035',
      'step-2023: feature "nowhere" does not exist',
    ]);
  });
  it('rejects a file without an item list', () => {
    expect(validateTimeline([], features, seeds)[0].problem).toMatch(/items/);
  });
});

