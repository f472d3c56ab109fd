// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { addSketch, deleteItem, drawCanUndo, drawHistory, editingId, patchItem } from './drawing';
import { historyOf } from './history';
import { startKeeping } from './keptActions';
import { DRAFT_PAUSE_MS, draftItem } from './keptDrafts';
import { kept, readKept, resetKeptForTests } from './keptItems';

const square: Polygon = { type: 'Polygon', coordinates: [[[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.6, 34.7]]] };

const storedNames = async () => (await readKept()).map((i) => `${i.name}|${i.kind === 'sketch' ? i.note : ''}`);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A sketch drawn and kept, as the app does it; the undo history starts after it. */
async function keptSketch(): Promise<string> {
  const id = addSketch(square, undefined, 1);
  await expect.poll(storedNames).toEqual(['草图 1|']);
  drawHistory.value = historyOf(drawHistory.peek().present);
  return id;
}

beforeAll(() => {
  // Keeps every change of the drawings and flushes drafts when the page is hidden (the atlas never loads here).
  void startKeeping();
});

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetKeptForTests();
  drawHistory.value = historyOf([]);
  editingId.value = null;
});

describe('text typed into a kept item', () => {
  it('is written after a pause in typing, with no undo step, and listed as kept', async () => {
    const id = await keptSketch();
    draftItem(id, { name: '拟' });
    draftItem(id, { name: '拟建公园' });
    draftItem(id, { note: '待核实' });
    expect(await storedNames()).toEqual(['草图 1|']);
    await pause(DRAFT_PAUSE_MS + 50);
    await expect.poll(storedNames).toEqual(['拟建公园|待核实']);
    expect(kept.value.map((k) => k.name)).toEqual(['拟建公园']);
    expect(drawCanUndo.value).toBe(false);
  });

  it('is written at once when the page is left or hidden, before the pause ends', async () => {
    const id = await keptSketch();
    draftItem(id, { name: '重新加载前' });
    dispatchEvent(new Event('pagehide'));
    await expect.poll(storedNames, { timeout: DRAFT_PAUSE_MS / 2 }).toEqual(['重新加载前|']);

    draftItem(id, { name: '切到别的应用' });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
    await expect.poll(storedNames, { timeout: DRAFT_PAUSE_MS / 2 }).toEqual(['切到别的应用|']);
  });

  it('gives way to the change made when the field is left, and never brings back a deleted item', async () => {
    const id = await keptSketch();
    draftItem(id, { name: '打字中' });
    patchItem(id, { name: '定稿' });
    await pause(DRAFT_PAUSE_MS + 50);
    expect(await storedNames()).toEqual(['定稿|']);

    draftItem(id, { name: '打字中' });
    deleteItem(id);
    await pause(DRAFT_PAUSE_MS + 50);
    expect(await storedNames()).toEqual([]);
  });
});
