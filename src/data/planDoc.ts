/**
 * One plan document as the reader loads it (public/data/plans/<stem>.json,
 * built by scripts/build-plans.ts): the lines as citations number them, the
 * headings and the mentions of map features found in the text.
 */
import type { AtlasSource } from './loadAtlas';
import type { ProjectKind } from './projects';

export interface PlanHeading {
  /** 1-based line number. */
  line: number;
  /** 0 篇, 1 章, 2 节, 3 一、, 4 （一）. */
  level: number;
  text: string;
}

/**
 * What a mention links to: a drawn area (by its name or an alias), a project of an area's list (the area's id), a
 * gazetteer place, or a planned project's record (found by the build from the projects' quotes, projectMentions.ts).
 * A planned project's target carries the little the reader shows of it (its kind and whether it is placed), so
 * the reader links the text without the projects' data, which loads only when a project is opened.
 */
export type MentionTarget =
  | { kind: 'area'; id: string }
  | { kind: 'project'; id: string }
  | { kind: 'plannedProject'; id: string; projectKind?: ProjectKind; placed?: boolean }
  | { kind: 'place'; id: string; lon: number; lat: number; name: string };

export interface PlanDoc {
  file: string;
  lines: string[];
  headings: PlanHeading[];
  targets: MentionTarget[];
  /** Flat runs of four numbers: line (1-based), start, end (UTF-16 offsets, end exclusive), target index. */
  mentions: number[];
}

/** The bundle path of a seed file's document: `000_062be593f0ca59e2.txt` → `plans/000_062be593f0ca59e2.json`. */
export const planDocPath = (file: string) => `plans/${file.replace(/\.txt$/, '')}.json`;

export interface LineMention {
  start: number;
  end: number;
  target: MentionTarget;
}

/** Mentions grouped by line number, in order along the line. */
export function mentionsByLine(doc: PlanDoc): Map<number, LineMention[]> {
  const out = new Map<number, LineMention[]>();
  for (let i = 0; i + 3 < doc.mentions.length; i += 4) {
    const [line, start, end, target] = doc.mentions.slice(i, i + 4);
    const list = out.get(line) ?? [];
    list.push({ start, end, target: doc.targets[target] });
    out.set(line, list);
  }
  return out;
}

const docs = new Map<string, Promise<PlanDoc>>();

/** Loads a document once per session; a failed load may be retried. */
export function loadPlanDoc(source: AtlasSource, file: string): Promise<PlanDoc> {
  let pending = docs.get(file);
  if (!pending) {
    pending = source.getJson(planDocPath(file)).then((data) => {
      const doc = data as PlanDoc;
      if (!Array.isArray(doc?.lines) || !Array.isArray(doc.mentions)) throw new Error(`${planDocPath(file)}: not a plan document`);
      return doc;
    });
    pending.catch(() => docs.delete(file));
    docs.set(file, pending);
  }
  return pending;
}
