import { describe, expect, it } from 'vitest';
import { fitText, layoutLegend, type LegendEntry } from './legendLayout';
import { inside, measure, overlaps } from './testing/fakeText';

describe('legend layout', () => {
  const entries = (n: number): LegendEntry[] =>
    Array.from({ length: n }, (_, i) => ({ label: `图层 ${i + 1}`, color: '#000', kind: 'polygon' as const }));

  it('stacks entries in one column when they fit, all inside the box without overlap', () => {
    const l = layoutLegend(entries(4), { title: '图例', maxWidth: 300, maxHeight: 400, measure });
    expect(l.columns).toBe(1);
    expect(l.hidden).toBe(0);
    const boxes = l.items.map((i) => ({ x: i.x, y: i.y, width: l.swatchWidth + l.gap + measure(i.text), height: l.rowHeight }));
    for (const b of boxes) expect(inside(b, { x: 0, y: 0, width: l.width, height: l.height })).toBe(true);
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
  });

  it('adds columns when the entries are taller than the room, and says how many it had to leave out', () => {
    const l = layoutLegend(entries(14), { title: '图例', maxWidth: 400, maxHeight: 150, measure });
    expect(l.columns).toBeGreaterThan(1);
    expect(l.height).toBeLessThanOrEqual(150);
    expect(l.width).toBeLessThanOrEqual(400);
    expect(l.items.length + l.hidden).toBe(14);
    const tiny = layoutLegend(entries(14), { title: '图例', maxWidth: 120, maxHeight: 100, measure });
    expect(tiny.hidden).toBeGreaterThan(0);
    expect(tiny.more!.y + tiny.rowHeight).toBeLessThanOrEqual(tiny.height);
    expect(tiny.width).toBeLessThanOrEqual(120);
  });

  it('shortens a label that is too wide with an ellipsis', () => {
    const long = 'Spatial strategy: strong east, dynamic south, beautiful west, tranquil north, optimised centre';
    const l = layoutLegend([{ label: long, color: '#000', kind: 'polygon' }], { title: 'Legend', maxWidth: 220, maxHeight: 200, measure });
    expect(l.items[0].text.endsWith('…')).toBe(true);
    expect(l.swatchWidth + l.gap + measure(l.items[0].text) + 2 * l.padding).toBeLessThanOrEqual(220);
    expect(fitText('短', 100, measure)).toBe('短');
  });

  it('keeps the key to the edge styles when layers must give way, after the "+ n more" line', () => {
    const key: LegendEntry[] = (['located', 'estimated', 'mark', 'band'] as const).map((kind) => ({ label: kind, color: '#374151', kind }));
    const l = layoutLegend([...entries(14), ...key], { title: '图例', maxWidth: 200, maxHeight: 200, measure });
    expect(l.hidden).toBeGreaterThan(0);
    expect(l.items.slice(-4).map((i) => i.kind)).toEqual(['located', 'estimated', 'mark', 'band']);
    const lastLayer = l.items[l.items.length - 5];
    // Reading order (down each column, then across): layers, the "+ n more" line, then the key.
    const order = (p: { x: number; y: number }) => p.x * 1e4 + p.y;
    expect(order(l.more!)).toBeGreaterThan(order(lastLayer));
    expect(order(l.items[l.items.length - 4])).toBeGreaterThan(order(l.more!));
    expect(l.items.length - 4 + l.hidden).toBe(14);
    for (const i of l.items) expect(i.y + l.rowHeight).toBeLessThanOrEqual(l.height);
  });
});
