/**
 * Where the plan reader links to project records: every project quotes the plan (`quotes`: the words and their
 * file and lines), and in the reader the project's name inside each quoted passage becomes a link to its record.
 * Pure: from a document's lines and the projects to the mentions, and the merge with the build's mentions
 * (drawn areas, the areas' project lists, places), where a project's record wins the words it covers.
 */
import { mentionsByLine, type LineMention, type MentionTarget, type PlanDoc } from './planDoc';
import type { ProjectProps } from './projects';

/** A quoted name in one line: 1-based line, UTF-16 offsets (end exclusive), the project. */
export interface ProjectMention {
  line: number;
  start: number;
  end: number;
  projectId: string;
}

/** Positions as line × LINE_SPAN + offset: no plan line is this long. */
const LINE_SPAN = 1_000_000;

/** A quote with no name of its project in it is linked whole only when it is this short (then it is the name, worded otherwise). */
export const WHOLE_QUOTE_MAX = 40;

/**
 * The project's names to look for in its quote, longest first (the full name before a short one it contains). A
 * name that elides words (西三环…在二七区域内的改造工程) is looked for by its first part, the words that set it apart.
 */
const namesOf = (p: Pick<ProjectProps, 'name' | 'shortNames'>): string[] =>
  [...new Set([p.name, ...p.shortNames].map((n) => n.replace(/\s+/g, '').split(/…+|\.{3,}/)[0]).filter((n) => n.length >= 2))].sort((a, b) => b.length - a.length);

/** Every place `needle` stands in `text`, in order. */
function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

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
  const quotes: { candidates: [number, number][]; starts: number[]; first: number; projectId: string }[] = [];
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
      // Where its name stands in the quoted words: each place, in order (the first free one is taken below).
      let candidates: [number, number][] = [];
      for (const name of namesOf(p)) {
        candidates = occurrences(quoted, name).map((i) => [qFrom + i, qFrom + i + name.length]);
        if (candidates.length) break;
      }
      // A short quote read word for word that words the name otherwise is the name.
      const verbatim = quote !== null && !/…|\.{3}/.test(q.text) && q.text.trim().length > 0 && q.text.length <= WHOLE_QUOTE_MAX;
      if (!candidates.length && verbatim) candidates = [quote];
      const toRun = (span: [number, number]): [number, number] => [at[span[0]], at[span[1] - 1] + 1];
      if (candidates.length) quotes.push({ candidates: candidates.map(toRun), starts, first, projectId: p.id });
    }
  }
  // Longer names first, each at the first of its places no other link holds yet (a road listed after another
  // road's section that names it is linked in the list); with none free, nested in the longer link, whose other
  // words stay its own (mergeLineMentions puts the shorter link first). The same words twice are linked once.
  // Compared across quotes in the document's own terms: line × LINE_SPAN + offset in the line.
  const absolute = (q: (typeof quotes)[number], [from, to]: [number, number]): [number, number] => {
    const at = (pos: number) => {
      let k = q.starts.length - 1;
      while (k > 0 && q.starts[k] > pos) k--;
      return (q.first + k) * LINE_SPAN + pos - q.starts[k];
    };
    return [at(from), at(to - 1) + 1];
  };
  const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];
  const lengthOf = (q: (typeof quotes)[number]) => q.candidates[0][1] - q.candidates[0][0];
  const taken: [number, number][] = [];
  const kept: ProjectMention[] = [];
  for (const q of quotes.map((x, i) => ({ x, i })).sort((a, b) => lengthOf(b.x) - lengthOf(a.x) || a.i - b.i).map(({ x }) => x)) {
    const free = q.candidates.find((c) => !taken.some((t) => overlaps(t, absolute(q, c))));
    const span = free ?? q.candidates[0];
    const abs = absolute(q, span);
    if (taken.some((t) => t[0] === abs[0] && t[1] === abs[1])) continue;
    taken.push(abs);
    // Cut at the line breaks into one mention per line.
    q.starts.forEach((start, k) => {
      const end = q.starts[k + 1] ?? Infinity;
      const from = Math.max(span[0], start);
      const to = Math.min(span[1], end);
      if (from < to) kept.push({ line: q.first + k, start: from - start, end: to - start, projectId: q.projectId });
    });
  }
  return kept.sort((a, b) => a.line - b.line || a.start - b.start);
}

/** A project's record as a reader link's target (with its kind and whether it is placed, when known). */
export const projectTarget = (projectId: string, p?: Pick<ProjectProps, 'kind' | 'placed'>): MentionTarget =>
  p ? { kind: 'plannedProject', id: projectId, projectKind: p.kind, placed: p.placed } : { kind: 'plannedProject', id: projectId };

/**
 * One line's links: the projects' quoted names, and the build's mentions that do not overlap them (a project's
 * record is the more precise answer for its own name). Shorter links first: where one lies inside another
 * (a station named in its group's sentence), its words are its own and the rest the longer one's (lineSegments
 * gives each piece of the line to the first link that covers it).
 */
export function mergeLineMentions(built: readonly LineMention[], projects: readonly ProjectMention[], target: (projectId: string) => MentionTarget = projectTarget): LineMention[] {
  if (!projects.length) return built as LineMention[];
  const own = projects.map((m) => ({ start: m.start, end: m.end, target: target(m.projectId) }));
  const rest = built.filter((b) => !own.some((o) => b.start < o.end && o.start < b.end));
  return [...own, ...rest].sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
}

/** The build's mentions by line (mentionsByLine) with the projects' links merged in, line by line. */
export function withProjectMentions(
  byLine: ReadonlyMap<number, LineMention[]>,
  projects: readonly ProjectMention[],
  target: (projectId: string) => MentionTarget = projectTarget,
): Map<number, LineMention[]> {
  const out = new Map(byLine);
  const own = new Map<number, ProjectMention[]>();
  for (const m of projects) own.set(m.line, [...(own.get(m.line) ?? []), m]);
  for (const [line, ms] of own) out.set(line, mergeLineMentions(byLine.get(line) ?? [], ms, target));
  return out;
}

/**
 * A plan document with the projects' names linked where the projects quote it (the build's step, scripts/build-plans.ts):
 * its mentions as before, less the words a project's record takes, plus the projects' links, each line's links in the
 * order the reader reads them (mergeLineMentions). Each project's target carries its kind and whether it is
 * placed, so the reader needs nothing more of the projects to link the text.
 */
export function withProjectLinks(doc: PlanDoc, projects: readonly Pick<ProjectProps, 'id' | 'name' | 'shortNames' | 'quotes' | 'kind' | 'placed'>[]): PlanDoc {
  const found = projectMentions(doc.file, doc.lines, projects);
  if (!found.length) return doc;
  const byId = new Map(projects.map((p) => [p.id, p]));
  const byLine = withProjectMentions(mentionsByLine(doc), found, (id) => projectTarget(id, byId.get(id)));
  const targets: MentionTarget[] = [];
  const index = new Map<string, number>();
  const mentions: number[] = [];
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    for (const m of byLine.get(line)!) {
      const key = `${m.target.kind}:${m.target.id}`;
      if (!index.has(key)) index.set(key, targets.push(m.target) - 1);
      mentions.push(line, m.start, m.end, index.get(key)!);
    }
  }
  return { ...doc, targets, mentions };
}
