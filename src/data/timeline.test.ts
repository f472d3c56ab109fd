import { describe, expect, it } from 'vitest';
import { featuresOfYear, itemsOfYear, mergeTimeline, resultItems, timelineYears, type TimelineItem } from './timeline';

const SEED = '000_062be593f0ca59e2.txt';
const item = (over: Partial<TimelineItem> = {}): TimelineItem => ({
  id: 'step-2023', year: 2023, kind: 'step', text: '2023年，完成火车站及周边改造提升', features: ['eq-board-shangquan'], source: { file: SEED, lines: '1-1' }, ...over,
});

describe('timeline views', () => {
  const items = [item(), item({ id: 'goal', year: 2035, kind: 'goal', features: ['erqi'] }), item({ id: 'r', year: 2023, kind: 'result', features: ['erqi', 'eq-board-shangquan'] })];
  it('lists the years with items and a year\'s items, results before steps', () => {
    expect(timelineYears(items)).toEqual([2023, 2035]);
    expect(itemsOfYear(items, 2023).map((i) => i.id)).toEqual(['r', 'step-2023']);
  });
  it('highlights each feature with an item in the year once, and nothing without a year', () => {
    expect(featuresOfYear(items, 2023)).toEqual(['eq-board-shangquan', 'erqi']);
    expect(featuresOfYear(items, null)).toEqual([]);
  });
  it('turns dated results of text entries into items of their feature, skipping undated ones', () => {
    const cite = { file: SEED, lines: '1-1' };
    const got = resultItems({ 'eq-board-hq': { results: [{ text: '入驻企业900多家', year: 2020, source: cite }, { text: '无年份', source: cite }] } });
    expect(got).toEqual([{ id: 'eq-board-hq-result-1', year: 2020, kind: 'result', text: '入驻企业900多家', features: ['eq-board-hq'], source: cite }]);
  });
  it('merges one statement cited for two features into one item, ordered by year', () => {
    const merged = mergeTimeline([item({ id: 'b', year: 2035, kind: 'goal' }), item({ id: 'a' })], [item({ id: 'c', features: ['erqi'] })]);
    expect(merged.map((i) => [i.id, i.features])).toEqual([['a', ['eq-board-shangquan', 'erqi']], ['b', ['eq-board-shangquan']]]);
  });
});
