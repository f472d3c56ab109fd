/**
 * Links between plan features, both ways: what a feature's own `relations` say, plus the inverse of
 * what other features say about it (A inside B ⇒ B contains A; same-area and overlaps are mutual),
 * so the info panel can link from either end. Pure; no DOM.
 */
import type { Citation, PlanFeature, Relation, RelationType } from './types';

export const INVERSE_RELATION: Record<RelationType, RelationType> = {
  inside: 'contains',
  contains: 'inside',
  'same-area': 'same-area',
  overlaps: 'overlaps',
};

const TYPE_ORDER: RelationType[] = ['inside', 'contains', 'same-area', 'overlaps'];

export interface RelatedLink {
  type: RelationType;
  targetId: string;
  /** Where the plan says so (the citation of the statement, whichever end it was written on). */
  source: Citation;
  /** True when written on this feature; false when inferred from the target's statement. */
  direct: boolean;
}

export interface RelationProblem {
  featureId: string;
  relation: Relation;
  problem: 'unknown target' | 'self' | 'unknown type';
}

export interface RelatedIndex {
  /** Links of a feature: inside, contains, same-area, overlaps; direct ones first; each target once per type. */
  relatedOf(id: string): RelatedLink[];
  /** Relations that were left out, for the data audit. */
  readonly problems: readonly RelationProblem[];
}

export function createRelatedIndex(features: Iterable<PlanFeature>): RelatedIndex {
  const list = [...features].filter((f) => f?.properties?.id);
  const ids = new Set(list.map((f) => f.properties.id));
  const links = new Map<string, RelatedLink[]>();
  const problems: RelationProblem[] = [];

  const add = (from: string, link: RelatedLink): void => {
    const existing = links.get(from) ?? [];
    if (existing.some((l) => l.type === link.type && l.targetId === link.targetId)) return;
    existing.push(link);
    links.set(from, existing);
  };

  const valid: { from: string; relation: Relation }[] = [];
  for (const f of list) {
    const from = f.properties.id;
    for (const relation of f.properties.relations ?? []) {
      const problem = !Object.hasOwn(INVERSE_RELATION, relation?.type)
        ? 'unknown type'
        : relation.target === from
          ? 'self'
          : !ids.has(relation.target)
            ? 'unknown target'
            : undefined;
      if (problem) problems.push({ featureId: from, relation, problem });
      else valid.push({ from, relation });
    }
  }
  // Direct statements first, so a link stated at both ends keeps its own end's citation.
  for (const { from, relation } of valid) add(from, { type: relation.type, targetId: relation.target, source: relation.source, direct: true });
  for (const { from, relation } of valid) {
    add(relation.target, { type: INVERSE_RELATION[relation.type], targetId: from, source: relation.source, direct: false });
  }
  for (const group of links.values()) {
    // Stable sort: within a type, direct links (added first) stay ahead, in the order stated.
    group.sort((a, b) => TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
  }

  return {
    relatedOf: (id) => (links.get(id) ?? []).map((l) => ({ ...l })),
    problems,
  };
}
