import { beforeEach, describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { PlanFeature } from '../data/types';
import { historyOf } from './history';
import {
  addSketch,
  deleteItem,
  drawCanRedo,
  drawCanUndo,
  drawHistory,
  drawing,
  drawnItems,
  drawTool,
  editingId,
  onDrawnItemsChange,
  patchItem,
  proposeBoundary,
  redoDrawing,
  reshapeItem,
  restoreDrawings,
  undoDrawing,
} from './drawing';
import { newSketch } from './drawingModel';
import { activeTab } from './ui';

const square: Polygon = { type: 'Polygon', coordinates: [[[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.6, 34.7]]] };
const board: PlanFeature<Polygon> = {
  type: 'Feature',
  geometry: square,
  properties: { id: 'eq-board-shangquan', name: '二七商圈板块', nameEn: 'x', layer: 'erqi-six-boards', level: 'erqi', sources: [], drawing: { method: { zh: '', en: '' }, precisionM: 100 } },
};

beforeEach(() => {
  drawHistory.value = historyOf([]);
  editingId.value = null;
  drawing.value = false;
});

describe('the drawing tool\'s actions', () => {
  it('a drawn shape becomes a named, coloured sketch, open for editing; undo takes it away and redo brings it back', () => {
    const id = addSketch({ type: 'Point', coordinates: [113.6, 34.7] }, 'sketch-x');
    expect(id).toBe('sketch-x');
    expect(drawnItems.value).toMatchObject([{ id, name: '草图 1', kind: 'sketch' }]);
    expect(editingId.value).toBe(id);
    undoDrawing();
    expect(drawnItems.value).toEqual([]);
    expect(editingId.value).toBeNull(); // nothing left open that is gone
    expect(drawCanRedo.value).toBe(true);
    redoDrawing();
    expect(drawnItems.value.map((i) => i.id)).toEqual([id]);
  });

  it('each edit is one step: reshape, rename, delete, undone one at a time', () => {
    const id = addSketch({ type: 'LineString', coordinates: [[113.6, 34.7], [113.61, 34.7]] });
    reshapeItem(id, { type: 'LineString', coordinates: [[113.6, 34.7], [113.62, 34.7]] });
    patchItem(id, { name: '规划路' });
    deleteItem(id);
    expect(drawnItems.value).toEqual([]);
    undoDrawing();
    expect(drawnItems.value[0]).toMatchObject({ name: '规划路', geometry: { coordinates: [[113.6, 34.7], [113.62, 34.7]] } });
    undoDrawing();
    expect(drawnItems.value[0].name).toBe('草图 1');
    undoDrawing();
    expect(drawnItems.value[0]).toMatchObject({ geometry: { coordinates: [[113.6, 34.7], [113.61, 34.7]] } });
  });

  it('proposing a boundary opens the Draw view with the edit tool, and a second time opens the same proposal', () => {
    const id = proposeBoundary(board);
    expect(drawing.value).toBe(true);
    expect(drawTool.value).toBe('select');
    expect(activeTab.value).toBe('analyze');
    expect(editingId.value).toBe(id);
    expect(proposeBoundary(board)).toBe(id);
    expect(drawnItems.value).toHaveLength(1);
  });

  it('kept drawings come back as the first state, not as a step to undo; listeners hear every change', () => {
    const kept = newSketch({ type: 'Point', coordinates: [113.6, 34.7] }, 'kept', '#2563eb', 0, 'sketch-kept');
    restoreDrawings([kept]);
    expect(drawnItems.value).toEqual([kept]);
    expect(drawCanUndo.value).toBe(false);
    const heard: [number, number][] = [];
    const stop = onDrawnItemsChange((prev, next) => heard.push([prev.length, next.length]));
    addSketch({ type: 'Point', coordinates: [113.61, 34.7] });
    undoDrawing();
    stop();
    expect(heard).toEqual([[1, 2], [2, 1]]);
  });
});
