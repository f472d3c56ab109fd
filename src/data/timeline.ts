/**
 * What the plans schedule and report, by year (geodata/timeline.json plus the
 * dated `results` of text entries): types and the per-year views the time
 * control shows. Pure; scripts/lib/validate/timeline.ts checks the file.
 */
import type { Citation, PlanText } from './types';

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

/**
 * The timeline the app shows: the curated items and the text entries' results, by year;
 * one statement cited for several features (a result naming two boards) is one item.
 */
export function mergeTimeline(...lists: TimelineItem[][]): TimelineItem[] {
  const byStatement = new Map<string, TimelineItem>();
  for (const item of lists.flat()) {
    const key = `${item.year}|${item.source.file}:${item.source.lines}|${item.text}`;
    const had = byStatement.get(key);
    if (had) had.features = [...new Set([...had.features, ...item.features])];
    else byStatement.set(key, { ...item, features: [...item.features] });
  }
  return [...byStatement.values()].sort((a, b) => a.year - b.year);
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
