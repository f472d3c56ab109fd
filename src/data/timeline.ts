/**
 * What the plans schedule and report, by year (geodata/timeline.json plus the
 * dated `results` of text entries): types, validation against the plan texts,
 * and the per-year views the time control shows. Pure.
 */
import { citationProblems, isVerbatim, type Seeds } from './validate';
import type { Citation, DataProblem, PlanText } from './types';

export const TIMELINE_KINDS = ['result', 'step', 'project', 'target', 'goal'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export interface TimelineItem {
  id: string;
  year: number;
  kind: TimelineKind;
  /** Verbatim from the cited lines. */
  text: string;
  /** Features the item is about (highlighted on the map in its year). */
  features: string[];
  source: Citation;
}

export interface Timeline {
  items: TimelineItem[];
}

/** The plans look from the 2020 results to the 2035 goals. */
export const FIRST_YEAR = 2020;
export const LAST_YEAR = 2035;
const FILE = 'timeline.json';

const problem = (featureId: string, text: string): DataProblem => ({ file: FILE, featureId, problem: text });

/** Problems of geodata/timeline.json: shape, known features, unique ids, quotes found verbatim in the cited lines. */
export function validateTimeline(data: unknown, featureIds: ReadonlySet<string>, seeds?: Seeds): DataProblem[] {
  const items = (data as Timeline | null)?.items;
  if (!Array.isArray(items)) return [problem('-', 'must be { "items": [...] }')];
  const out: DataProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item: Partial<TimelineItem>, i) => {
    const id = typeof item?.id === 'string' && item.id ? item.id : `items[${i}]`;
    if (seen.has(id)) out.push(problem(id, 'id is used twice'));
    seen.add(id);
    if (!Number.isInteger(item.year) || item.year! < FIRST_YEAR || item.year! > LAST_YEAR) out.push(problem(id, `year must be a whole year ${FIRST_YEAR}–${LAST_YEAR}`));
    if (!TIMELINE_KINDS.includes(item.kind as TimelineKind)) out.push(problem(id, `kind must be one of ${TIMELINE_KINDS.join(', ')}`));
    if (!Array.isArray(item.features)) out.push(problem(id, 'features must be a list of feature ids'));
    else for (const f of item.features) if (!featureIds.has(f)) out.push(problem(id, `feature "${f}" does not exist`));
    const cite = citationProblems(item.source, 'source', seeds);
    out.push(...cite.map((c) => problem(id, c)));
    if (typeof item.text !== 'string' || !item.text) out.push(problem(id, 'text is missing'));
    else if (!cite.length && seeds) {
      const [from, to] = item.source!.lines.split('-').map(Number);
      if (!isVerbatim(item.text, seeds[item.source!.file].slice(from - 1, to))) out.push(problem(id, `text is not found verbatim in ${item.source!.file} lines ${item.source!.lines}`));
    }
  });
  return out;
}

/** A text entry's dated results (the `results` field), when it has them. */
type WithResults = PlanText & { results?: { text: string; year?: number; source: Citation }[] };

/** Dated results of the text entries as timeline items of their feature (already quote-checked with the text). */
export function resultItems(texts: Record<string, WithResults>): TimelineItem[] {
  return Object.entries(texts).flatMap(([featureId, entry]) =>
    (entry.results ?? [])
      .filter((r) => Number.isInteger(r.year) && r.year! >= FIRST_YEAR && r.year! <= LAST_YEAR)
      .map((r, i) => ({ id: `${featureId}-result-${i + 1}`, year: r.year!, kind: 'result' as const, text: r.text, features: [featureId], source: r.source })),
  );
}

/** The years that have items, ascending. */
export function timelineYears(items: readonly TimelineItem[]): number[] {
  return [...new Set(items.map((i) => i.year))].sort((a, b) => a - b);
}

/** The items of one year, in the order of the kinds (results first, goals last). */
export function itemsOfYear(items: readonly TimelineItem[], year: number): TimelineItem[] {
  return items.filter((i) => i.year === year).sort((a, b) => TIMELINE_KINDS.indexOf(a.kind) - TIMELINE_KINDS.indexOf(b.kind));
}

/** Feature ids with an item in that year, each once. */
export function featuresOfYear(items: readonly TimelineItem[], year: number | null): string[] {
  if (year === null) return [];
  return [...new Set(items.filter((i) => i.year === year).flatMap((i) => i.features))];
}
