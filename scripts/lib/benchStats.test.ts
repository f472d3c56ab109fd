import { describe, expect, it } from 'vitest';
import { formatSpread, median, pairedDifferences, quantile, spread } from './benchStats';
import { descendants, parseProcStat } from './processCpu';
import { drawGroupOf, groupDrawnLayers } from './drawCost';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle ones, whatever the order given', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('interpolates quantiles between the sorted values', () => {
    const xs = [40, 10, 30, 20];
    expect(quantile(xs, 0)).toBe(10);
    expect(quantile(xs, 1)).toBe(40);
    expect(quantile(xs, 0.25)).toBe(17.5);
    expect(quantile(xs, 0.75)).toBe(32.5);
  });

  it('sums a run up as median, middle half and range', () => {
    expect(spread([9, 1, 5, 3, 7])).toEqual({ median: 5, p25: 3, p75: 7, min: 1, max: 9, n: 5 });
    expect(formatSpread(spread([9, 1, 5, 3, 7]), 0)).toBe('5 (3–7)');
  });

  it('pairs a condition with the reference of the same round, so drift across rounds is not a cost', () => {
    // The machine slows down over the rounds; the condition saves 10 in each.
    const reference = [100, 150, 200, 250];
    const condition = [90, 140, 190, 240];
    expect(pairedDifferences(reference, condition)).toEqual([10, 10, 10, 10]);
    // One round slowed down by another job moves the median difference not at all.
    expect(median(pairedDifferences([100, 900, 110, 105], [90, 880, 100, 95]))).toBe(10);
    // A round that failed on either side is left out.
    expect(pairedDifferences([100, NaN, 120], [95, 80, 110])).toEqual([5, 10]);
  });
});

describe('the browser\'s CPU time', () => {
  it('reads pid, parent and user + system ticks from /proc/<pid>/stat, even with a command name holding spaces and parentheses', () => {
    const line = '4242 (chromium (gpu) x) S 4200 4242 4242 0 -1 4194560 1000 0 0 0 150 25 0 0 20 0 12 0 100 0 0';
    expect(parseProcStat(line)).toEqual({ pid: 4242, ppid: 4200, ticks: 175 });
    expect(parseProcStat('garbage')).toBeNull();
  });

  it('finds every process below the bench (the browser and its children), not its siblings', () => {
    const ps = [
      { pid: 10, ppid: 1, ticks: 0 },
      { pid: 20, ppid: 10, ticks: 5 },
      { pid: 21, ppid: 20, ticks: 7 },
      { pid: 30, ppid: 1, ticks: 99 },
    ];
    expect(descendants(ps, 10).map((p) => p.pid).sort()).toEqual([20, 21]);
  });
});

describe('draw groups', () => {
  it('groups the app\'s style layers by what they draw', () => {
    expect(drawGroupOf('erqi-four-zones:fill', 'fill')).toBe('plan fills');
    expect(drawGroupOf('erqi-four-zones:mark', 'line')).toBe('plan edges: glows (location marks, blurred)');
    expect(drawGroupOf('erqi-four-zones:estimated', 'line')).toBe('plan edges: dashed (estimated)');
    expect(drawGroupOf('admin-districts:fill', 'fill')).toBe('districts: fill');
    expect(drawGroupOf('admin-districts:label', 'symbol')).toBe('districts: names');
    expect(drawGroupOf('orient:roads:label', 'symbol')).toBe('orientation: names');
    expect(drawGroupOf('ov:sites:line', 'line')).toBe('overlays');
  });

  it('leaves out what is not drawn at the view, and the background', () => {
    const groups = groupDrawnLayers([
      { id: 'background', type: 'background', drawn: true },
      { id: 'a:fill', type: 'fill', drawn: true },
      { id: 'b:fill', type: 'fill', drawn: true },
      { id: 'a:band', type: 'line', drawn: false },
    ]);
    expect([...groups]).toEqual([['plan fills', ['a:fill', 'b:fill']]]);
    expect([...groupDrawnLayers([{ id: 'a:fill', type: 'fill', drawn: true }, { id: 'a:label', type: 'symbol', drawn: true }], 'layer')]).toEqual([['a', ['a:fill', 'a:label']]]);
  });
});
