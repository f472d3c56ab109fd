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
  const named = places.map((p) => ({ text: p.name, target: { kind: 'place', id: p.id, lon: p.lon, lat: p.lat, name: p.name } as MentionTarget }));
  return [...areas, ...projects, ...named];
}

/**
 * The text's paragraphs as runs of line numbers (0-based). The plan texts keep their
 * printed line breaks, often with a blank line between the halves of one sentence
 * (`…实验` / `` / `区建成区面积…`): a line runs on into the next text line unless either
 * is a heading or a table row, or more than one blank line lies between them. (A line
 * that ends a sentence may run on too: no name contains the punctuation between.)
 */
export function paragraphRuns(lines: readonly string[], headingLines: ReadonlySet<number>): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  const isText = (i: number) => lines[i].trim() !== '' && !lines[i].includes('\t') && !headingLines.has(i + 1);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const last = run[run.length - 1];
    const continues = last !== undefined && i - last <= 2 && isText(last) && isText(i);
    if (continues) run.push(i);
    else {
      if (run.length) runs.push(run);
      run = [i];
    }
  });
  if (run.length) runs.push(run);
  return runs;
}

/**
 * Mentions found in whole paragraphs, so a name broken across two lines is still found;
 * such a mention is cut at the line break into one link per line, with the same target.
 */
export function buildPlanDoc(file: string, lines: string[], terms: Term<MentionTarget>[]): PlanDoc {
  const match = createMatcher(terms);
  const headings = findHeadings(lines);
  const targets: MentionTarget[] = [];
  const index = new Map<string, number>();
  const mentions: number[] = [];
  for (const run of paragraphRuns(lines, new Set(headings.map((h) => h.line)))) {
    const starts: number[] = [];
    let text = '';
    for (const i of run) {
      starts.push(text.length);
      text += lines[i];
    }
    for (const m of match(text)) {
      const key = `${m.target.kind}:${m.target.id}`;
      if (!index.has(key)) index.set(key, targets.push(m.target) - 1);
      run.forEach((i, k) => {
        const from = Math.max(m.start, starts[k]);
        const to = Math.min(m.end, starts[k] + lines[i].length);
        if (from < to) mentions.push(i + 1, from - starts[k], to - starts[k], index.get(key)!);
      });
    }
  }
  return { file, lines, headings, targets, mentions };
}
