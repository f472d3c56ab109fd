import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { readItem } from '../data/userItems';
import type { PlanFeature } from '../data/types';
import { commit, historyOf, undo } from './history';
import { keptChanges, newProposal, newSketch, nextColour, patched, reshaped, SKETCH_COLOURS, withoutItem } from './drawingModel';

const square: Polygon = { type: 'Polygon', coordinates: [[[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.6, 34.7]]] };
const board: PlanFeature<Polygon> = {
  type: 'Feature',
  geometry: square,
  properties: {
    id: 'eq-board-shangquan',
    name: '二七商圈板块',
    nameEn: 'Erqi Business Circle Board',
    layer: 'erqi-six-boards',
    level: 'erqi',
    statedAreaKm2: 1.23,
    sources: [{ file: '000_062be593f0ca59e2.txt', lines: '262-262' }],
    drawing: { method: { zh: '', en: '' }, precisionM: 100 },
  },
};

describe('drawings as values', () => {
  it('a new sketch and a new proposal are items the store reads back as they are', () => {
    const s = newSketch({ type: 'Point', coordinates: [113.6, 34.7] }, '草图 1', '#d55e00', 1000);
    expect(readItem(structuredClone(s))).toEqual(s);
    const p = newProposal(board, 2000);
    expect(readItem(structuredClone(p))).toEqual(p);
    expect(p).toMatchObject({ featureId: 'eq-board-shangquan', layerId: 'erqi-six-boards', name: '二七商圈板块', citations: board.properties.sources });
    expect(p.proposed).toEqual(square);
  });

  it('moving a proposal\'s vertex never moves the plan feature or the outline it started from', () => {
    const p = newProposal(board, 0);
    const moved = structuredClone(p.proposed) as Polygon;
    moved.coordinates[0][1] = [113.62, 34.7];
    const [after] = reshaped([p], p.id, moved, 5) as typeof p[];
    expect(after.proposed).toEqual(moved);
    expect(after.original).toEqual(square);
    expect(board.geometry.coordinates[0][1]).toEqual([113.61, 34.7]);
    expect(after.updated).toBe(5);
  });

  it('a proposal keeps an area outline: a line for it is refused', () => {
    const p = newProposal(board, 0);
    const items = [p];
    expect(reshaped(items, p.id, { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, 1)).toBe(items);
  });

  it('a form left as it was is no change (no undo step, nothing written); a colour is for sketches only', () => {
    const s = newSketch({ type: 'Point', coordinates: [113.6, 34.7] }, 'a', '#d55e00', 0);
    const p = newProposal(board, 0);
    const items = [s, p];
    expect(patched(items, s.id, { name: 'a' }, 1)).toBe(items);
    expect(patched(items, p.id, { colour: '#000000' }, 1)).toBe(items);
    const renamed = patched(items, s.id, { name: 'b', note: 'n' }, 1);
    expect(renamed[0]).toMatchObject({ name: 'b', note: 'n', updated: 1 });
    expect(renamed[1]).toBe(p);
  });

  it('new sketches take colours nobody uses yet, then go round', () => {
    let items: ReturnType<typeof newSketch>[] = [];
    for (let i = 0; i < SKETCH_COLOURS.length; i++) items = [...items, newSketch({ type: 'Point', coordinates: [0, 0] }, `${i}`, nextColour(items), 0)];
    expect(new Set(items.map((i) => i.colour)).size).toBe(SKETCH_COLOURS.length);
    expect(SKETCH_COLOURS).toContain(nextColour(items));
  });

  it('the store is told exactly what changed, also when a step is undone', () => {
    const a = newSketch({ type: 'Point', coordinates: [0, 0] }, 'a', '#d55e00', 0, 'sketch-a');
    const b = newSketch({ type: 'Point', coordinates: [1, 1] }, 'b', '#0072b2', 0, 'sketch-b');
    let h = historyOf<readonly (typeof a)[]>([a]);
    h = commit(h, [a, b]);
    expect(keptChanges(h.past[0], h.present)).toEqual({ put: [b], removed: [] });
    const renamed = patched(h.present, a.id, { name: 'A' }, 1);
    expect(keptChanges(h.present, renamed)).toEqual({ put: [renamed[0]], removed: [] });
    h = commit(h, withoutItem(h.present, 'sketch-b') as (typeof a)[]);
    expect(keptChanges([a, b], h.present)).toEqual({ put: [], removed: ['sketch-b'] });
    const back = undo(h);
    expect(keptChanges(h.present, back.present)).toEqual({ put: [b], removed: [] });
  });
});
