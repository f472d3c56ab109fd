/**
 * geodata/projects.json: every project, result and layout structure the plans
 * tie to a board or zone, passage by passage, with its verbatim name. The build
 * checks the inventory against the plan text; `npm run audit:data` holds the
 * text lists (geodata/text) against it, so a missing project, a statistic left
 * in a project list or a misfiled entry shows as a number, not a guess.
 */
import { citationProblems, isVerbatim, LINE_RANGE, type Seeds } from './citations';
import type { Citation, DataProblem, PlanText } from '../../../src/data/types';
import type { Bilingual } from '../../../src/lib/bilingual';
import { isObj, nonEmpty } from './common';

export const PROJECT_INVENTORY_FILE = 'projects.json';

/** How a mention should appear: a project in the list, a result, or a drawn layout structure. */
export type MentionKind = 'project' | 'result' | 'layout';

export interface Mention {
  /** Verbatim from the passage. */
  name: string;
  as?: MentionKind;
  /** A project of the same document recorded under another name (e.g. 二七新双塔 → 新二七双塔). */
  same?: string;
}

export interface Passage {
  /** The board or zone the passage ties these mentions to. */
  feature: string;
  source: Citation;
  mentions: Mention[];
}

/** A project the plans name near a board but tie to none (or to several at once): listed under no board, and why. */
export interface Untied {
  name: string;
  source: Citation;
  why: Bilingual;
}

export interface ProjectInventory {
  passages: Passage[];
  untied?: Untied[];
}

const KINDS: MentionKind[] = ['project', 'result', 'layout'];
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

function quoted(name: string, source: Citation, seeds: Seeds | undefined): boolean {
  const seed = seeds?.[source.file];
  if (!seed || !LINE_RANGE.test(source.lines)) return true; // the citation check reports it
  const [from, to] = source.lines.split('-').map(Number);
  return isVerbatim(name, seed.slice(from - 1, to));
}

/** Problems of the inventory: shape, known feature ids, citations and verbatim names. */
export function validateProjectInventory(data: unknown, featureIds: ReadonlySet<string>, seeds?: Seeds): DataProblem[] {
  const file = PROJECT_INVENTORY_FILE;
  const problems: DataProblem[] = [];
  const add = (featureId: string, problem: string) => problems.push({ file, featureId, problem });
  if (!isObj(data) || !Array.isArray(data.passages)) return [{ file, featureId: '-', problem: 'expected { "passages": [ … ] }' }];
  data.passages.forEach((p: unknown, i) => {
    const where = `passages[${i}]`;
    if (!isObj(p)) return add('-', `${where} must be { feature, source, mentions }`);
    const id = typeof p.feature === 'string' ? p.feature : '-';
    if (!featureIds.has(id)) add(id, `${where}: feature ${JSON.stringify(p.feature)} is no feature id`);
    const cite = citationProblems(p.source, `${where}.source`, seeds);
    cite.forEach((c) => add(id, c));
    if (!Array.isArray(p.mentions) || !p.mentions.length) return add(id, `${where}: mentions must be a non-empty list`);
    p.mentions.forEach((m: unknown, j) => {
      const at = `${where}.mentions[${j}]`;
      if (!isObj(m) || !nonEmpty(m.name)) return add(id, `${at} must be { name, as?, same? }`);
      if (m.as !== undefined && !KINDS.includes(m.as as MentionKind)) add(id, `${at}: as ${JSON.stringify(m.as)} must be one of ${KINDS.join(', ')}`);
      if (m.same !== undefined && (!nonEmpty(m.same) || (m.as ?? 'project') !== 'project')) add(id, `${at}: same names a project (a non-empty string) and only for projects`);
      if (!cite.length && !quoted(m.name, p.source as Citation, seeds)) add(id, `${at}: "${m.name}" is not in ${(p.source as Citation).file} lines ${(p.source as Citation).lines}`);
    });
  });
  if (data.untied !== undefined) {
    if (!Array.isArray(data.untied)) add('-', 'untied must be a list');
    else data.untied.forEach((u: unknown, i) => {
      const at = `untied[${i}]`;
      if (!isObj(u) || !nonEmpty(u.name)) return add('-', `${at} must be { name, source, why: { zh, en } }`);
      if (!isObj(u.why) || !nonEmpty(u.why.zh) || !nonEmpty(u.why.en)) add('-', `${at}: why must be { zh, en }`);
      const cite = citationProblems(u.source, `${at}.source`, seeds);
      cite.forEach((c) => add('-', c));
      if (!cite.length && !quoted(u.name, u.source as Citation, seeds)) add('-', `${at}: "${u.name}" is not in ${(u.source as Citation).file} lines ${(u.source as Citation).lines}`);
    });
  }
  return problems;
}

// ---- coverage -------------------------------------------------------------

export interface KindCount {
  total: number;
  found: number;
  /** Names (with the seed file) the lists do not hold. */
  missing: string[];
}

export interface FeatureCoverage {
  feature: string;
  projects: KindCount;
  results: KindCount;
  layouts: KindCount;
  /** List entries that are no project: a result or a layout structure the inventory names, or an untied project. */
  misfiled: string[];
  /** Project entries the inventory does not know (a new source, or a name to check). */
  unknown: string[];
}

export interface CoverageReport {
  features: FeatureCoverage[];
  projects: KindCount;
  results: KindCount;
  layouts: KindCount;
  misfiled: number;
}

const seedNo = (c: Citation) => c.file.slice(0, 3);
const keyOf = (name: string, c: Citation) => `${seedNo(c)}:${squash(name)}`;
const emptyCount = (): KindCount => ({ total: 0, found: 0, missing: [] });
const count = (k: KindCount, ok: boolean, label: string) => {
  k.total += 1;
  if (ok) k.found += 1;
  else k.missing.push(label);
};

/**
 * Holds the text lists against the inventory. A project is found when the
 * feature lists it by the same name (or its `same` name) citing the same plan
 * document; a result when the feature's results quote it from that document; a
 * layout structure when a layer draws it or lists it as not drawn (`layoutNames`).
 */
export function projectCoverage(inventory: ProjectInventory, text: Readonly<Record<string, PlanText>>, layoutNames: ReadonlySet<string>): CoverageReport {
  const byFeature = new Map<string, FeatureCoverage>();
  const entry = (feature: string) => {
    let c = byFeature.get(feature);
    if (!c) byFeature.set(feature, (c = { feature, projects: emptyCount(), results: emptyCount(), layouts: emptyCount(), misfiled: [], unknown: [] }));
    return c;
  };
  const known = new Map<string, Set<string>>(); // feature → project keys the inventory accounts for
  const notProjects = new Map<string, Set<string>>(); // feature → names that must not be listed as projects
  const layouts = new Set([...layoutNames].map(squash));

  for (const passage of inventory.passages) {
    const c = entry(passage.feature);
    const t = text[passage.feature] ?? {};
    const projectKeys = new Set((t.projects ?? []).map((p) => keyOf(p.name, p.source)));
    const results = (t.results ?? []).filter((r) => seedNo(r.source) === seedNo(passage.source)).map((r) => squash(r.text));
    const accounted = known.get(passage.feature) ?? new Set<string>();
    known.set(passage.feature, accounted);
    const banned = notProjects.get(passage.feature) ?? new Set<string>();
    notProjects.set(passage.feature, banned);
    for (const m of passage.mentions) {
      const label = `${m.name} (${seedNo(passage.source)})`;
      const kind = m.as ?? 'project';
      if (kind === 'project') {
        const key = keyOf(m.same ?? m.name, passage.source);
        accounted.add(key);
        accounted.add(keyOf(m.name, passage.source));
        count(c.projects, projectKeys.has(key), label);
      } else if (kind === 'result') {
        const name = squash(m.name).split(/…+/);
        banned.add(squash(m.name));
        count(c.results, results.some((r) => name.every((part) => r.includes(part))), label);
      } else {
        banned.add(squash(m.name));
        count(c.layouts, layouts.has(squash(m.name)), m.name);
      }
    }
  }

  const untied = new Set((inventory.untied ?? []).map((u) => squash(u.name)));
  for (const c of byFeature.values()) {
    for (const p of text[c.feature]?.projects ?? []) {
      const name = squash(p.name);
      if (notProjects.get(c.feature)?.has(name) || untied.has(name)) c.misfiled.push(p.name);
      else if (!known.get(c.feature)?.has(keyOf(p.name, p.source))) c.unknown.push(`${p.name} (${seedNo(p.source)})`);
    }
  }
  // An untied project filed under a feature the inventory has no passage for is misfiled too.
  for (const [feature, t] of Object.entries(text)) {
    if (byFeature.has(feature)) continue;
    const stray = (t.projects ?? []).filter((p) => untied.has(squash(p.name))).map((p) => p.name);
    if (stray.length) entry(feature).misfiled.push(...stray);
  }

  const features = [...byFeature.values()];
  const sum = (pick: (c: FeatureCoverage) => KindCount): KindCount => ({
    total: features.reduce((s, c) => s + pick(c).total, 0),
    found: features.reduce((s, c) => s + pick(c).found, 0),
    missing: features.flatMap((c) => pick(c).missing.map((m) => `${c.feature}: ${m}`)),
  });
  return { features, projects: sum((c) => c.projects), results: sum((c) => c.results), layouts: sum((c) => c.layouts), misfiled: features.reduce((s, c) => s + c.misfiled.length, 0) };
}
