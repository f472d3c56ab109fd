/**
 * Overlaps between two sets of area features (or every pair within one set),
 * intersecting only the pairs whose bboxes meet (spatialIndex.ts).
 */
import type { Job } from '../lib/job';
import { runJob } from '../lib/job';
import { overlapOfPrepared, prepareArea, type IdentifiedArea, type Overlap, type PreparedArea } from './overlap';
import { buildBBoxIndex } from './spatialIndex';

export interface PairFailure {
  aId: string;
  bId: string;
  message: string;
}

export interface OverlapMatrix {
  rowIds: string[];
  colIds: string[];
  /** Pairs that share area (verdict ≠ disjoint); a pair not listed is disjoint. */
  overlaps: Overlap[];
  /** Pairs in the matrix (n·m, or n(n−1)/2 for all-vs-all). */
  totalPairs: number;
  /** Pairs whose bboxes met and were intersected. */
  intersectedPairs: number;
  /** Pairs the geometry library could not intersect (invalid geometry), reported not thrown. */
  failures: PairFailure[];
}

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * The matrix as a job of one step per row. Without `cols` it compares `rows`
 * with each other, each unordered pair once (a = the earlier feature).
 */
export const overlapMatrixJob = (rows: readonly IdentifiedArea[], cols?: readonly IdentifiedArea[]): Job<OverlapMatrix> =>
  preparedMatrixJob(rows.map(prepareArea), cols?.map(prepareArea));

/** The same for areas prepared beforehand (the analysis worker prepares the plan's once). */
export function preparedMatrixJob(preparedRows: readonly PreparedArea[], cols?: readonly PreparedArea[]): Job<OverlapMatrix> {
  const allVsAll = cols === undefined;
  const preparedCols = allVsAll ? preparedRows : cols;
  const index = buildBBoxIndex<PreparedArea>(preparedCols, (p) => p.bbox);
  const overlaps: Overlap[] = [];
  const failures: PairFailure[] = [];
  let intersectedPairs = 0;
  return {
    size: preparedRows.length,
    step(i) {
      const a = preparedRows[i];
      for (const j of index.searchIndices(a.bbox)) {
        if (allVsAll && j <= i) continue;
        const b = preparedCols[j];
        intersectedPairs++;
        try {
          const o = overlapOfPrepared(a, b);
          if (o.verdict !== 'disjoint') overlaps.push(o);
        } catch (e) {
          failures.push({ aId: a.feature.properties.id, bId: b.feature.properties.id, message: errorText(e) });
        }
      }
    },
    result: () => ({
      rowIds: preparedRows.map((p) => p.feature.properties.id),
      colIds: preparedCols.map((p) => p.feature.properties.id),
      overlaps,
      totalPairs: allVsAll ? (preparedRows.length * (preparedRows.length - 1)) / 2 : preparedRows.length * preparedCols.length,
      intersectedPairs,
      failures,
    }),
  };
}

export const overlapMatrix = (rows: readonly IdentifiedArea[], cols?: readonly IdentifiedArea[]): OverlapMatrix =>
  runJob(overlapMatrixJob(rows, cols));

const FLIPPED_VERDICT = { inside: 'contains', contains: 'inside' } as const;

/** The same overlap seen from b's side. */
export function flipOverlap(o: Overlap): Overlap {
  const verdict = o.verdict === 'inside' || o.verdict === 'contains' ? FLIPPED_VERDICT[o.verdict] : o.verdict;
  return { aId: o.bId, bId: o.aId, intersectionKm2: o.intersectionKm2, shareOfA: o.shareOfB, shareOfB: o.shareOfA, verdict };
}

/** Looks up any pair in either order; pairs not in the matrix are disjoint. */
export function overlapLookup(matrix: OverlapMatrix): (aId: string, bId: string) => Overlap {
  const byPair = new Map<string, Overlap>();
  for (const o of matrix.overlaps) {
    byPair.set(`${o.aId}\u0000${o.bId}`, o);
    byPair.set(`${o.bId}\u0000${o.aId}`, flipOverlap(o));
  }
  return (aId, bId) =>
    byPair.get(`${aId}\u0000${bId}`) ?? { aId, bId, intersectionKm2: 0, shareOfA: 0, shareOfB: 0, verdict: 'disjoint' };
}
