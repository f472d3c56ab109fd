/**
 * Where the plan reader links to project records: every project quotes the plan (`quotes`: the words and their
 * file and lines), and in the reader the project's name inside each quoted passage becomes a link to its record.
 * Pure: from a document's lines and the projects to the mentions, and the merge with the build's mentions
 * (drawn areas, the areas' project lists, places), where a project's record wins the words it covers.
 */
import type { LineMention, MentionTarget } from './planDoc';
import type { ProjectProps } from './projects';

/** A quoted name in one line: 1-based line, UTF-16 offsets (end exclusive), the project. */
export interface ProjectMention {
  line: number;
  start: number;
  end: number;
  projectId: string;
}

/** A quote with no name of its project in it is linked whole only when it is this short (then it is the name, worded otherwise). */
export const WHOLE_QUOTE_MAX = 40;

/** The project's names to look for in its quote, longest first (the full name before a short one it contains). */
const namesOf = (p: Pick<ProjectProps, 'name' | 'shortNames'>): string[] =>
  [...new Set([p.name, ...p.shortNames].map((n) => n.trim()).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);

/**
 * Where `needle` stands in `text` (both without white space): word for word, or, when the needle elides words
 * (…), its parts in order, from the first part's start to the last's end. Null when not there.
 */
export function findLoose(text: string, needle: string): [number, number] | null {
  const parts = needle
    .replace(/\s+/g, '')
    .split(/…+|\.{3,}/)
    .filter((part) => part !== '');
  if (!parts.length) return null;
  let from = -1;
  let end = 0;
  for (const part of parts) {
    const i = text.indexOf(part, end);
    if (i < 0) return null;
    if (from < 0) from = i;
    end = i + part.length;
  }
  return [from, end];
}

/** `[from, to]` of a citation's `lines` ('12-14'), or null when it cannot be read. */
function lineRange(lines: string): [number, number] | null {
  const m = /^(\d+)(?:-(\d+))?$/.exec(lines);
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  return from >= 1 && to >= from ? [from, to] : null;
}

/**
 * The mentions of projects in one document: for each quote citing this file, its name (or a short name) where it
 * first stands inside the quoted words — a quote that names the project otherwise (马寨、凤湖新区社区商业中心 quoted
 * as 凤湖新区社区商业中心) is linked whole when short. The cited lines are read as one run, so a name the printed
 * line break cuts in two is a link on both lines. Overlaps: the longer link wins, then the first project.
 */
export function projectMentions(file: string, lines: readonly string[], projects: readonly Pick<ProjectProps, 'id' | 'name' | 'shortNames' | 'quotes'>[]): ProjectMention[] {
  const spans: { from: number; to: number; starts: number[]; first: number; projectId: string }[] = [];
  for (const p of projects) {
    for (const q of p.quotes) {
      if (q.source.file !== file) continue;
      const range = lineRange(q.source.lines);
      if (!range || range[0] > lines.length) continue;
      const [first, last] = [range[0], Math.min(range[1], lines.length)];
      const starts: number[] = [];
      let run = '';
      for (let line = first; line <= last; line++) {
        starts.push(run.length);
        run += lines[line - 1];
      }
      // Matched without white space (a printed line may start with a space inside a name), offsets mapped back.
      const at: number[] = [];
      let compact = '';
      for (let i = 0; i < run.length; i++) {
        if (/\s/.test(run[i])) continue;
        at.push(i);
        compact += run[i];
      }
      // The quoted words in the run (the whole run when the quote is not found there).
      const quote = findLoose(compact, q.text);
      const [qFrom, qTo] = quote ?? [0, compact.length];
      const quoted = compact.slice(qFrom, qTo);
      let found: [number, number] | null = null;
      for (const name of namesOf(p)) {
        const named = findLoose(quoted, name);
        if (named) {
          found = [qFrom + named[0], qFrom + named[1]];
          break;
        }
      }
      if (!found && quote && quote[1] > quote[0] && q.text.length <= WHOLE_QUOTE_MAX) found = quote;
      const toRun = (span: [number, number]): [number, number] => [at[span[0]], at[span[1] - 1] + 1];
      if (found) {
        const [from, to] = toRun(found);
        spans.push({ from, to, starts, first, projectId: p.id });
      }
    }
  }
  // Cut each span at the line breaks into one mention per line.
  const cut: ProjectMention[][] = spans.map((s) =>
    s.starts.flatMap((start, k) => {
      const lineLength = (s.starts[k + 1] ?? Infinity) - start;
      const from = Math.max(s.from, start);
      const to = Math.min(s.to, start + lineLength);
      return from < to ? [{ line: s.first + k, start: from - start, end: to - start, projectId: s.projectId }] : [];
    }),
  );
  // Longer links first; a link overlapping one already kept is left out whole (never half a name).
  const length = (ms: ProjectMention[]) => ms.reduce((n, m) => n + m.end - m.start, 0);
  const order = cut.map((ms, i) => ({ ms, i })).sort((a, b) => length(b.ms) - length(a.ms) || a.i - b.i);
  const kept: ProjectMention[] = [];
  const overlaps = (a: ProjectMention, b: ProjectMention) => a.line === b.line && a.start < b.end && b.start < a.end;
  for (const { ms } of order) {
    if (ms.length && !ms.some((m) => kept.some((k) => overlaps(m, k)))) kept.push(...ms);
  }
  return kept.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** A project's record as a reader link's target. */
export const projectTarget = (projectId: string): MentionTarget => ({ kind: 'plannedProject', id: projectId });

/**
 * One line's links: the projects' quoted names, and the build's mentions that do not overlap them (a project's
 * record is the more precise answer for its own name), in order along the line.
 */
export function mergeLineMentions(built: readonly LineMention[], projects: readonly ProjectMention[], target: (projectId: string) => MentionTarget = projectTarget): LineMention[] {
  if (!projects.length) return built as LineMention[];
  const own = projects.map((m) => ({ start: m.start, end: m.end, target: target(m.projectId) }));
  const rest = built.filter((b) => !own.some((o) => b.start < o.end && o.start < b.end));
  return [...own, ...rest].sort((a, b) => a.start - b.start);
}

/** The build's mentions by line (mentionsByLine) with the projects' links merged in, line by line. */
export function withProjectMentions(byLine: ReadonlyMap<number, LineMention[]>, projects: readonly ProjectMention[]): Map<number, LineMention[]> {
  const out = new Map(byLine);
  const own = new Map<number, ProjectMention[]>();
  for (const m of projects) own.set(m.line, [...(own.get(m.line) ?? []), m]);
  for (const [line, ms] of own) out.set(line, mergeLineMentions(byLine.get(line) ?? [], ms));
  return out;
}
