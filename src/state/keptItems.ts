/**
 * What is kept on this device (imported sites, sketches, proposals) and the writes
 * that keep it. The screen is the user's: a failed write only says so (a bilingual
 * notice and `keepError`) and changes nothing shown, and since every write is one
 * transaction (state/userStore.ts) what was kept before stays kept.
 *
 * `kept` lists what the store holds, so the "kept on this device" control shows the
 * truth: an item whose write failed is on screen but not in that list.
 */
import { signal } from '@preact/signals';
import type { UserItem, UserItemKind } from '../data/userItems';
import type { Bilingual } from '../lib/bilingual';
import { message } from '../i18n/message';
import type { StringKey } from '../i18n/zh';
import { pushNotice } from './ui';
import { openUserStore, StoreError, type StoreFailure, type UserStore } from './userStore';

/** One kept record as the control lists it. */
export interface KeptEntry {
  id: string;
  kind: UserItemKind;
  name: string;
  created: number;
  updated: number;
  /** Stored bytes of an imported file (0 for drawn items). */
  bytes: number;
}

export const kept = signal<KeptEntry[]>([]);
/** The last failure to keep or forget, until the next write succeeds. */
export const keepError = signal<Bilingual | null>(null);
/** Records in the store this version cannot read (from a newer app): left alone, counted. */
export const keptUnreadable = signal(0);
/** Whether the browser keeps this origin's storage even when space runs low (null: not known, or not asked yet). */
export const keptPersistent = signal<boolean | null>(null);

let askedPersist = false;

/**
 * Asks once, at the first thing kept, that the browser not evict this origin's data under storage pressure
 * (navigator.storage.persist: Chromium decides by itself, Firefox asks the user). Without it the work is kept
 * as "best effort", which is what the kept list then says.
 */
async function askPersistence(): Promise<void> {
  if (askedPersist || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  askedPersist = true;
  try {
    keptPersistent.value = (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    keptPersistent.value = null;
  }
}

const entryOf = (item: UserItem): KeptEntry => ({
  id: item.id,
  kind: item.kind,
  name: item.name,
  created: item.created,
  updated: item.updated,
  bytes: item.kind === 'site' ? item.file.bytes.byteLength : 0,
});

let store: Promise<UserStore> | null = null;

/** The store, opened once; a failed open is tried again at the next use (the user may have freed space). */
function userStore(): Promise<UserStore> {
  store ??= openUserStore().catch((e: unknown) => {
    store = null;
    throw e;
  });
  return store;
}

const FAILURE_KEYS: Record<StoreFailure, StringKey> = { quota: 'keepQuota', unavailable: 'keepUnavailable', failed: 'keepFailed' };

function failed(e: unknown, what: string | null): void {
  const failure = e instanceof StoreError ? e.failure : 'failed';
  const text = what === null ? message('keepReadFailed') : message(FAILURE_KEYS[failure], { name: what });
  keepError.value = text;
  pushNotice('error', text);
}

/** Reads what is kept (at start). Resolves to the readable items; a store that cannot open resolves to none and says so. */
export async function loadKept(): Promise<UserItem[]> {
  try {
    const { items, unreadable } = await (await userStore()).list();
    kept.value = items.map(entryOf);
    keptUnreadable.value = unreadable;
    // Only read the answer here (asking may show the user a prompt: that waits for something to be kept).
    if (items.length && typeof navigator !== 'undefined' && navigator.storage?.persisted) {
      void navigator.storage.persisted().then((p) => (keptPersistent.value = p), () => undefined);
    }
    return items;
  } catch (e) {
    // Nothing kept can be shown; the app works on without keeping. Private modes that refuse storage land here.
    failed(e, null);
    return [];
  }
}

/** What is kept now, read afresh (the export takes sketches and proposals from here); none when the store cannot be read. */
export async function readKept(): Promise<UserItem[]> {
  try {
    return (await (await userStore()).list()).items;
  } catch {
    return [];
  }
}

/** Keeps (adds or replaces) items in one transaction. Resolves true when stored. */
export async function keepItems(...items: UserItem[]): Promise<boolean> {
  if (!items.length) return true;
  try {
    await (await userStore()).put(...items);
  } catch (e) {
    failed(e, items.map((i) => i.name).join('、'));
    return false;
  }
  const ids = new Set(items.map((i) => i.id));
  const others = kept.peek().filter((k) => !ids.has(k.id));
  kept.value = [...others, ...items.map(entryOf)];
  keepError.value = null;
  void askPersistence();
  return true;
}

/** Removes items from the store (the caller removes them from screen). */
export async function forgetItems(ids: readonly string[], all = false): Promise<boolean> {
  try {
    const s = await userStore();
    if (all) await s.clear();
    else for (const id of ids) await s.delete(id);
  } catch (e) {
    failed(e, kept.peek().filter((k) => ids.includes(k.id)).map((k) => k.name).join('、'));
    return false;
  }
  kept.value = all ? [] : kept.peek().filter((k) => !ids.includes(k.id));
  if (all) keptUnreadable.value = 0;
  keepError.value = null;
  return true;
}

/** For tests: forget the opened store (a fresh fake IndexedDB per test). */
export function resetKeptForTests(): void {
  store = null;
  askedPersist = false;
  keptPersistent.value = null;
  kept.value = [];
  keepError.value = null;
  keptUnreadable.value = 0;
}
