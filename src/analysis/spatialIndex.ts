/**
 * A static R-tree (flatbush) over item bboxes: which items may touch a box.
 * The analysis intersects only pairs the index returns, instead of all pairs.
 */
import Flatbush from 'flatbush';
import type { BBox } from 'geojson';

export interface BBoxIndex<T> {
  readonly items: readonly T[];
  /** Indices (ascending) of items whose bbox intersects `bbox`, edges included. */
  searchIndices(bbox: BBox): number[];
  search(bbox: BBox): T[];
}

export function buildBBoxIndex<T>(items: readonly T[], bboxOf: (item: T) => BBox): BBoxIndex<T> {
  // Flatbush refuses an empty index; an empty set simply matches nothing.
  if (items.length === 0) return { items, searchIndices: () => [], search: () => [] };
  const tree = new Flatbush(items.length);
  for (const item of items) {
    const [minX, minY, maxX, maxY] = bboxOf(item);
    tree.add(minX, minY, maxX, maxY);
  }
  tree.finish();
  const searchIndices = (b: BBox): number[] => tree.search(b[0], b[1], b[2], b[3]).sort((x, y) => x - y);
  return { items, searchIndices, search: (b) => searchIndices(b).map((i) => items[i]) };
}
