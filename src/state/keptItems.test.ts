import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { proposalItem, sketchItem } from '../data/testing/userItemFixtures';
import { forgetItems, keepError, keepItems, kept, keptPersistent, loadKept, resetKeptForTests } from './keptItems';
import { notices } from './ui';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetKeptForTests();
  notices.value = [];
});
afterEach(() => vi.restoreAllMocks());

const quotaFull = () =>
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });

describe('kept items', () => {
  it('lists what was kept, also after a reload', async () => {
    expect(await keepItems(sketchItem('a', 1), proposalItem('b', 2))).toBe(true);
    expect(kept.value.map((k) => k.id)).toEqual(['a', 'b']);
    resetKeptForTests();
    expect((await loadKept()).map((i) => i.name)).toEqual(['拟建公园', '二七商圈板块（建议）']);
    expect(kept.value.map((k) => k.kind)).toEqual(['sketch', 'proposal']);
  });

  it('a full store says so in both languages, and loses nothing kept before', async () => {
    await keepItems(sketchItem('a', 1));
    quotaFull();
    expect(await keepItems(proposalItem('b', 2))).toBe(false);
    expect(keepError.value?.zh).toContain('存储空间已满');
    expect(keepError.value?.en).toContain('storage is full');
    expect(keepError.value?.zh).toContain('二七商圈板块（建议）');
    expect(notices.value.map((n) => n.kind)).toEqual(['error']);
    expect(kept.value.map((k) => k.id)).toEqual(['a']);
    vi.restoreAllMocks();
    resetKeptForTests();
    expect((await loadKept()).map((i) => i.id)).toEqual(['a']);
    // The next write that succeeds clears the message.
    expect(await keepItems(proposalItem('b', 2))).toBe(true);
    expect(keepError.value).toBeNull();
  });

  it('forgets one, then all', async () => {
    await keepItems(sketchItem('a', 1), sketchItem('b', 2), proposalItem('c', 3));
    await forgetItems(['b']);
    expect(kept.value.map((k) => k.id)).toEqual(['a', 'c']);
    await forgetItems([], true);
    expect(kept.value).toEqual([]);
    resetKeptForTests();
    expect(await loadKept()).toEqual([]);
  });

  it('a browser without storage: reading says so and the app goes on with nothing kept', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error: removed for the test
    delete globalThis.indexedDB;
    try {
      expect(await loadKept()).toEqual([]);
      expect(keepError.value?.en).toContain('private mode');
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('persistent storage', () => {
  it('is asked for once, at the first thing kept, and what the browser answers is shown', async () => {
    const persist = vi.fn(async () => false);
    vi.stubGlobal('navigator', { storage: { persisted: async () => false, persist } });
    try {
      await keepItems(sketchItem('a', 1));
      await keepItems(sketchItem('b', 2));
      await vi.waitFor(() => expect(keptPersistent.value).toBe(false));
      expect(persist).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
