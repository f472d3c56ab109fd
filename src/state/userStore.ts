/**
 * The browser's store of the planner's own work (imported sites, sketches,
 * proposals): one IndexedDB database on this origin, through `idb` (a thin promise
 * wrapper over IndexedDB). Nothing leaves the machine.
 *
 * Every write is one transaction: it is stored whole or not at all, so a write that
 * fails (quota, private mode, a closed tab) leaves every earlier record as it was.
 * The database's version is its layout (object stores, indexes); upgrade() brings
 * an older layout up step by step when an app update opens it. The shape of one
 * record has its own version (data/userItems.ts ITEM_VERSION, readItem()).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { readItem, type UserItem } from '../data/userItems';

export const DB_NAME = 'zhengzhou-plan-atlas';
/** Layout version of the database. Raise it with a step in upgrade(); never change a step once released. */
export const DB_VERSION = 1;

interface AtlasDb extends DBSchema {
  items: { key: string; value: UserItem; indexes: { kind: string } };
}

/** Why a write or read failed, as the UI words it. */
export type StoreFailure = 'quota' | 'unavailable' | 'failed';

export class StoreError extends Error {
  constructor(
    readonly failure: StoreFailure,
    cause: unknown,
  ) {
    super(`${failure}: ${cause instanceof Error ? `${cause.name} ${cause.message}` : String(cause)}`);
    this.name = 'StoreError';
  }
}

/** Quota errors come as QuotaExceededError (DOMException) or, in older Firefox, NS_ERROR_DOM_QUOTA_REACHED. */
export function classifyFailure(e: unknown): StoreFailure {
  const name = e instanceof Error || e instanceof DOMException ? e.name : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'quota';
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'UnknownError' || name === 'NotFoundError') return 'unavailable';
  return 'failed';
}

export interface UserStore {
  /** Every readable record, oldest first, and how many were skipped as unreadable. */
  list(): Promise<{ items: UserItem[]; unreadable: number }>;
  /** Adds or replaces records, all in one transaction. */
  put(...items: UserItem[]): Promise<void>;
  delete(id: string): Promise<void>;
  clear(): Promise<void>;
  close(): void;
}

function upgrade(db: IDBPDatabase<AtlasDb>, oldVersion: number): void {
  // Steps run in order from the stored version; each is the change its version made.
  if (oldVersion < 1) {
    const items = db.createObjectStore('items', { keyPath: 'id' });
    items.createIndex('kind', 'kind');
  }
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw e instanceof StoreError ? e : new StoreError(classifyFailure(e), e);
  }
}

/** Opens (creating or upgrading) the store; rejects with a StoreError where IndexedDB is missing or refused. */
export async function openUserStore(name = DB_NAME): Promise<UserStore> {
  if (typeof indexedDB === 'undefined') throw new StoreError('unavailable', 'no IndexedDB');
  const db = await guard(() =>
    openDB<AtlasDb>(name, DB_VERSION, {
      upgrade,
      // Another tab runs an older version: let it go on, we wait (it closes on our request below).
      blocked: () => undefined,
    }),
  );
  // A newer version opened in another tab: step aside so its upgrade can run.
  db.addEventListener('versionchange', () => db.close());
  return {
    list: () =>
      guard(async () => {
        const records: unknown[] = await db.getAll('items');
        const items = records.map(readItem).filter((i): i is UserItem => i !== null);
        items.sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
        return { items, unreadable: records.length - items.length };
      }),
    put: (...items) =>
      guard(async () => {
        const tx = db.transaction('items', 'readwrite');
        const done = tx.done;
        done.catch(() => undefined); // its failure is the one thrown below
        const requests: Promise<unknown>[] = [];
        try {
          for (const item of items) {
            const request = tx.store.put(item);
            request.catch(() => undefined); // an aborted transaction rejects every request: reported once, below
            requests.push(request);
          }
          // Commit now rather than when the page next answers: a write started as the page is left
          // (pagehide) is otherwise aborted with it.
          tx.commit?.();
          await Promise.all([...requests, done]);
        } catch (e) {
          // A put that throws (a value that cannot be stored) does not end the transaction by itself:
          // abort it, so none of this write is stored.
          try {
            tx.abort();
          } catch {
            // already ended
          }
          throw e;
        }
      }),
    delete: (id) => guard(() => db.delete('items', id)),
    clear: () => guard(() => db.clear('items')),
    close: () => db.close(),
  };
}
