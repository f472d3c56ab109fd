import type { OverlapVerdict } from '../../analysis/overlap';
import type { RelationType } from '../../data/types';
import type { StringKey } from '../../i18n';

/** Computed verdicts, read as "row … column". */
export const VERDICT_LABEL: Record<OverlapVerdict, StringKey> = {
  inside: 'anVerdictInside',
  contains: 'anVerdictContains',
  'same-area': 'anVerdictSame',
  overlaps: 'anVerdictOverlaps',
  disjoint: 'anVerdictDisjoint',
};

/** What the plan states, in the same words as the record panel. */
export const RELATION_LABEL: Record<RelationType, StringKey> = {
  inside: 'relInside',
  contains: 'relContains',
  'same-area': 'relSameArea',
  overlaps: 'relOverlaps',
};

/** What the plan states about the row feature, as a phrase around the column feature's name ({x}). */
export const STATED_PHRASE: Record<RelationType, StringKey> = {
  inside: 'anStatedInside',
  contains: 'anStatedContains',
  'same-area': 'anStatedSame',
  overlaps: 'anStatedOverlaps',
};
