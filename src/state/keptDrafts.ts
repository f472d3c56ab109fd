/**
 * What a planner types into a kept item's name or note is written to the store as it is typed (after a short
 * pause), not only when the field is left: a reload, a closed tab or a phone switching apps in the instant
 * after typing keeps what was typed. Typing is no undo step: leaving the field makes that step
 * (drawing.ts patchItem), and its write replaces the draft. Whatever still waits is written at once when the
 * page is hidden or left (visibilitychange, pagehide); the store commits that write without waiting for the
 * page to answer (state/userStore.ts put), so it survives the page going away.
 */
import type { ItemPatch } from './drawingModel';
import { patched } from './drawingModel';
import { drawnItems } from './drawing';
import { keepItems } from './keptItems';

/** Pause in typing after which what was typed is written. */
export const DRAFT_PAUSE_MS = 300;

const pending = new Map<string, ItemPatch>();
let timer: ReturnType<typeof setTimeout> | null = null;

/** The text of an item's field as it is being typed: written after a pause, or when the page is hidden. */
export function draftItem(id: string, patch: ItemPatch): void {
  pending.set(id, { ...pending.get(id), ...patch });
  if (timer !== null) clearTimeout(timer);
  timer = setTimeout(() => void flushDrafts(), DRAFT_PAUSE_MS);
}

/**
 * Writes what was typed and not yet written, on the items as they are now (an item deleted meanwhile is not
 * brought back). Starts the store's write before it returns to the event loop, as a page being left needs.
 */
export function flushDrafts(now = Date.now()): Promise<boolean> {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  let items = drawnItems.peek();
  const before = items;
  for (const [id, patch] of pending) items = patched(items, id, patch, now);
  pending.clear();
  const changed = items.filter((i) => !before.includes(i));
  return keepItems(...changed);
}

/** A change made for good (the field left, an undo, the item deleted) supersedes what was typed for these items. */
export function dropDrafts(ids: Iterable<string>): void {
  for (const id of ids) pending.delete(id);
  if (!pending.size && timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
}

/** Writes what waits whenever the page is hidden (another app, another tab) or left (reload, close, navigation). */
export function flushDraftsWhenHidden(): void {
  if (typeof document === 'undefined') return;
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void flushDrafts();
  });
  addEventListener('pagehide', () => void flushDrafts());
}
