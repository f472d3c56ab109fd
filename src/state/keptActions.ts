/**
 * The kept items as a whole: brought back at start, deleted one by one or all at
 * once from the "kept on this device" control. Each kind has its own way off the
 * screen (an import leaves the Analyze panel and the map); add a kind here when it
 * can be kept.
 */
import { effect } from '@preact/signals';
import type { UserItem, UserItemKind } from '../data/userItems';
import { dropImport, restoreSites } from './analysisActions';
import { atlas } from './atlasState';
import { forgetItems, keepItems, kept, loadKept } from './keptItems';
import { dropDrawing, onDrawnItemsChange, restoreDrawings } from './drawing';
import { keptChanges, type DrawnItem } from './drawingModel';
import { dropDrafts, flushDraftsWhenHidden } from './keptDrafts';

/** Takes a kept item off the screen (its store record is forgotten separately). */
const OFF_SCREEN: Record<UserItemKind, (id: string) => void> = {
  site: dropImport,
  sketch: dropDrawing,
  proposal: dropDrawing,
};

/**
 * Every change of the drawings (a shape drawn or edited, a name, a delete, an undo or redo) is written as it
 * happens: the items that are new or changed are kept, the ones gone are forgotten. Text being typed is
 * written before that, as it is typed (state/keptDrafts.ts); the change replaces it.
 */
function keepDrawings(): void {
  onDrawnItemsChange((prev, next) => {
    const { put, removed } = keptChanges(prev, next);
    dropDrafts([...put.map((i) => i.id), ...removed]);
    if (put.length) void keepItems(...put);
    if (removed.length) void forgetItems(removed);
  });
}

let started = false;

/** Once the atlas has loaded: reads what is kept and puts it back on screen. */
export function startKeeping(): Promise<UserItem[]> {
  if (started) return Promise.resolve([]);
  started = true;
  keepDrawings();
  flushDraftsWhenHidden();
  return new Promise((resolve) => {
    const stop = effect(() => {
      if (!atlas.value) return;
      queueMicrotask(() => stop());
      void loadKept().then(async (items) => {
        restoreDrawings(items.filter((i): i is DrawnItem => i.kind === 'sketch' || i.kind === 'proposal'));
        await restoreSites(items.filter((i) => i.kind === 'site'));
        resolve(items);
      });
    });
  });
}

/** Deletes one kept item: from the store and from screen. */
export async function removeKept(id: string): Promise<void> {
  const entry = kept.peek().find((k) => k.id === id);
  if (!entry) return;
  OFF_SCREEN[entry.kind](id);
  await forgetItems([id]);
}

/** Deletes everything kept on this device, and takes it off screen. */
export async function removeAllKept(): Promise<void> {
  for (const entry of kept.peek()) OFF_SCREEN[entry.kind](entry.id);
  await forgetItems([], true);
}
