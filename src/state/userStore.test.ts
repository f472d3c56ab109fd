import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { proposalItem, siteItem, sketchItem } from '../data/testing/userItemFixtures';
import { ITEM_VERSION } from '../data/userItems';
import { classifyFailure, DB_NAME, openUserStore, StoreError } from './userStore';

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

describe('user store', () => {
  it('keeps every kind across a close and reopen (a reload), oldest first', async () => {
    const site = await siteItem('site-a', '地块.geojson', 5);
    const first = await openUserStore();
    await first.put(proposalItem('proposal-a', 9), site, sketchItem('sketch-a', 7));
    first.close();
    const again = await openUserStore();
    const { items, unreadable } = await again.list();
    expect(items.map((i) => i.id)).toEqual(['site-a', 'sketch-a', 'proposal-a']);
    expect(unreadable).toBe(0);
    const kept = items[0];
    expect(kept.kind === 'site' && new TextDecoder().decode(kept.file.bytes)).toContain('东区地块');
    expect(kept.kind === 'site' && kept.summary.sites[0].properties.attrs).toEqual({ 名称: '东区地块', 用途: '商业' });
  });

  it('deletes one, then all', async () => {
    const store = await openUserStore();
    await store.put(sketchItem('s1', 1), sketchItem('s2', 2), proposalItem('p1', 3));
    await store.delete('s1');
    expect((await store.list()).items.map((i) => i.id)).toEqual(['s2', 'p1']);
    await store.clear();
    expect((await store.list()).items).toEqual([]);
  });

  it('a write that fails part-way stores none of it and keeps what was there', async () => {
    const store = await openUserStore();
    await store.put(sketchItem('before', 1));
    // The second record cannot be stored (a function is not cloneable): the whole transaction is rolled back.
    const bad = { ...sketchItem('bad', 3), note: (() => 'x') as unknown as string };
    await expect(store.put(sketchItem('good', 2), bad)).rejects.toBeInstanceOf(StoreError);
    expect((await store.list()).items.map((i) => i.id)).toEqual(['before']);
  });

  it('a full disk: the write fails as "quota" and earlier records stay', async () => {
    const store = await openUserStore();
    await store.put(sketchItem('before', 1));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = await store.put(sketchItem('after', 2)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StoreError);
    expect((failure as StoreError).failure).toBe('quota');
    vi.restoreAllMocks();
    expect((await store.list()).items.map((i) => i.id)).toEqual(['before']);
  });

  it('leaves records it cannot read (a newer app wrote them) in the store, counted', async () => {
    const store = await openUserStore();
    await store.put(sketchItem('mine', 1), { ...sketchItem('newer', 2), v: ITEM_VERSION + 1 });
    expect(await store.list()).toMatchObject({ items: [{ id: 'mine' }], unreadable: 1 });
    store.close();
    // Still there for the newer app.
    const raw = await new Promise<unknown[]>((resolve) => {
      const open = indexedDB.open(DB_NAME);
      open.onsuccess = () => {
        const all = open.result.transaction('items').objectStore('items').getAll();
        all.onsuccess = () => resolve(all.result as unknown[]);
      };
    });
    expect(raw).toHaveLength(2);
  });

  it('an app update that finds an older database keeps its records (the store is opened, not recreated)', async () => {
    const store = await openUserStore();
    await store.put(sketchItem('kept', 1));
    store.close();
    // What a later version does first: open the same database by name at its version.
    const reopened = await openUserStore();
    expect((await reopened.list()).items.map((i) => i.id)).toEqual(['kept']);
  });

  it('no IndexedDB at all (some private modes) is "unavailable"', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: removed for the test
    delete globalThis.indexedDB;
    try {
      await expect(openUserStore()).rejects.toMatchObject({ failure: 'unavailable' });
    } finally {
      globalThis.indexedDB = saved;
    }
  });

  it('classifies browser failures', () => {
    expect(classifyFailure(new DOMException('x', 'QuotaExceededError'))).toBe('quota');
    expect(classifyFailure(new DOMException('x', 'InvalidStateError'))).toBe('unavailable');
    expect(classifyFailure(new Error('x'))).toBe('failed');
  });
});
