/**
 * Builds the reader's document for one plan text: headings and the mentions
 * of drawn areas, projects and gazetteer places. Pure: the caller reads files.
 */
import type { MentionTarget, PlanDoc } from '../../src/data/planDoc';
import type { PlanFeature, PlanText } from '../../src/data/types';
import { createMatcher, type Term } from './mentionMatcher';
import { findHeadings } from './planHeadings';

export interface MentionSources {
  features: PlanFeature[];
  texts: Record<string, PlanText>;
  places: { id: string; name: string; lon: number; lat: number }[];
}

/** Names to link: area names, then aliases, projects and places (the first target listed wins a shared name). */
export function mentionTerms({ features, texts, places }: MentionSources): Term<MentionTarget>[] {
  const drawn = new Set(features.map((f) => f.properties.id));
  // Every feature's own name before any alias: an alias (the city's 二七商圈板块) never takes a name (Erqi's board).
  const area = (id: string) => ({ kind: 'area', id }) as MentionTarget;
  const areas = [
    ...features.map((f) => ({ text: f.properties.name, target: area(f.properties.id) })),
    ...features.flatMap((f) => (texts[f.properties.id]?.aliases ?? []).map((a) => ({ text: a.name, target: area(f.properties.id) }))),
  ];
  const projects = Object.entries(texts)
    .filter(([id]) => drawn.has(id))
    .flatMap(([id, t]) => (t.projects ?? []).map((p) => ({ text: p.name, target: { kind: 'project', id } as MentionTarget })));
  const named = places.map((p) => ({ text: p.name, target: { kind: 'place', id: p.id, lon: p.lon, lat: p.lat } as MentionTarget }));
  return [...areas, ...projects, ...named];
}

export function buildPlanDoc(file: string, lines: string[], terms: Term<MentionTarget>[]): PlanDoc {
  const match = createMatcher(terms);
  const targets: MentionTarget[] = [];
  const index = new Map<string, number>();
  const mentions: number[] = [];
  lines.forEach((text, i) => {
    for (const m of match(text)) {
      const key = `${m.target.kind}:${m.target.id}`;
      if (!index.has(key)) index.set(key, targets.push(m.target) - 1);
      mentions.push(i + 1, m.start, m.end, index.get(key)!);
    }
  });
  return { file, lines, headings: findHeadings(lines), targets, mentions };
}
