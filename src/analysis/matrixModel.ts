/**
 * The overlap matrix as the panel shows it: every cell's computed verdict next
 * to what the plan states about the pair (features' `relations`, both ways),
 * and whether the drawing bears the statement out (audit.ts's rules, which allow
 * for schematic edges). Pure.
 */
import { RELATION_RULES } from './audit';
import { overlapLookup, type OverlapMatrix } from './matrix';
import type { Overlap, OverlapVerdict } from './overlap';
import type { RelatedLink } from '../data/related';

export interface MatrixCell {
  overlap: Overlap;
  /** What the plan says about a → b, if anything. */
  stated: RelatedLink | null;
  /** Whether the drawing bears the statement out; null when nothing is stated or the pair failed. */
  agrees: boolean | null;
  /** The geometry library could not intersect this pair. */
  failed: boolean;
}

export interface MatrixModel {
  cell(aId: string, bId: string): MatrixCell;
  /** Pairs that share area or carry a statement, disagreements first, then largest shared area. */
  pairs: MatrixCell[];
  disagreements: MatrixCell[];
}

/** One character per verdict for the grid (the words are in the pair list and the tooltip). */
export const VERDICT_SYMBOL: Record<OverlapVerdict, string> = {
  inside: '⊂',
  contains: '⊃',
  'same-area': '≡',
  overlaps: '∩',
  disjoint: '',
};

const pairKey = (a: string, b: string) => `${a}\u0000${b}`;

export function buildMatrixModel(matrix: OverlapMatrix, relatedOf: (id: string) => RelatedLink[]): MatrixModel {
  const lookup = overlapLookup(matrix);
  const failed = new Set(matrix.failures.flatMap((f) => [pairKey(f.aId, f.bId), pairKey(f.bId, f.aId)]));
  const cols = new Set(matrix.colIds);
  const allVsAll = matrix.rowIds.length === matrix.colIds.length && matrix.rowIds.every((id, i) => matrix.colIds[i] === id);
  const rowOrder = new Map(matrix.rowIds.map((id, i) => [id, i]));

  const cell = (aId: string, bId: string): MatrixCell => {
    const overlap = lookup(aId, bId);
    const stated = aId === bId ? null : relatedOf(aId).find((l) => l.targetId === bId) ?? null;
    const isFailed = failed.has(pairKey(aId, bId));
    const agrees = stated && !isFailed ? RELATION_RULES[stated.type]?.holds({ ...overlap }) ?? null : null;
    return { overlap, stated, agrees, failed: isFailed };
  };

  // Each pair once: in all-vs-all only with a before b.
  const seen = new Set<string>();
  const pairs: MatrixCell[] = [];
  const add = (a: string, b: string) => {
    if (allVsAll && rowOrder.get(a)! > rowOrder.get(b)!) [a, b] = [b, a];
    if (a === b || seen.has(pairKey(a, b))) return;
    seen.add(pairKey(a, b));
    pairs.push(cell(a, b));
  };
  for (const o of matrix.overlaps) add(o.aId, o.bId);
  for (const f of matrix.failures) add(f.aId, f.bId);
  for (const a of matrix.rowIds) for (const link of relatedOf(a)) if (cols.has(link.targetId)) add(a, link.targetId);

  const rank = (c: MatrixCell) => (c.agrees === false ? 0 : c.failed ? 1 : 2);
  pairs.sort((x, y) => rank(x) - rank(y) || y.overlap.intersectionKm2 - x.overlap.intersectionKm2);
  return { cell, pairs, disagreements: pairs.filter((c) => c.agrees === false) };
}
