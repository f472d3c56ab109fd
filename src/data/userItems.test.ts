import { describe, expect, it } from 'vitest';
import { ITEM_VERSION, newItemId, readItem } from './userItems';
import { proposalItem, siteItem, sketchItem } from './testing/userItemFixtures';

describe('readItem', () => {
  it('reads back each kind as written', async () => {
    for (const item of [await siteItem(), sketchItem(), proposalItem()]) expect(readItem(structuredClone(item))).toEqual(item);
  });

  it('skips what it cannot read: a later version, a damaged geometry, another kind, not an object', () => {
    expect(readItem({ ...sketchItem(), v: ITEM_VERSION + 1 })).toBeNull();
    expect(readItem({ ...sketchItem(), geometry: { type: 'Polygon', coordinates: [[[1, 2], [3, 4]]] } })).toBeNull();
    expect(readItem({ ...proposalItem(), proposed: null })).toBeNull();
    expect(readItem({ ...sketchItem(), kind: 'layer' })).toBeNull();
    expect(readItem('sketch')).toBeNull();
    expect(readItem({ ...sketchItem(), id: '' })).toBeNull();
  });
});

describe('newItemId', () => {
  it('names the kind and differs for two items made in the same millisecond', () => {
    const a = newItemId('sketch', 1000);
    const b = newItemId('sketch', 1000);
    expect(a).toMatch(/^sketch-rs-[0-9a-z]{6}$/);
    expect(a).not.toBe(b);
  });
});
