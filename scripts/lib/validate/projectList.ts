/**
 * geodata/projects/: the plans' projects as one list (projects.json, reviewed by hand: names, kinds, the
 * boards they belong to, the plan's words and schedule, each with its citation, and a place recipe) and the
 * positions a script derived from the references (evidence.json, written by `npm run data:projects`, never
 * by hand). This module checks both against the plans and each other and assembles the bundle the app loads
 * (public/data/projects.geojson). Pure: callers pass parsed files.
 */
import { quoteProblems, type Seeds } from './citations';
import { isObj, nonEmpty } from './common';
import { projectCollectionProblems, PROJECT_KINDS, PROJECT_STATUSES, type ProjectCollection, type ProjectGeometry, type ProjectKind, type ProjectProps } from '../../../src/data/projects';
import type { DataProblem, PlanText } from '../../../src/data/types';
import type { Bilingual } from '../../../src/lib/bilingual';

export const PROJECT_SOURCES_FILE = 'projects/projects.json';
export const PROJECT_EVIDENCE_FILE = 'projects/evidence.json';

/**
 * How a project is placed. `poi`: the gazetteer POIs whose name or address holds one of `words`, in `district`,
 * within `withinM` of the feature `near` (default: the project's first feature); their median, outliers dropped;
 * `basis` says why those words locate the project when the name alone does not (a resettlement area named after
 * its village), `extentM` how far from the place they find the project may lie (its precision is at least that).
 * `place`: a point of geodata/places or a metro station; `extentM` when the project reaches that far around it (a
 * square and its avenues), which then bounds its precision. `line`: a road, tunnel or river work
 * between located places of geodata/places.
 * `road`: an existing road's works, drawn along the reference points known to lie on the road (any of `names`)
 * inside `district` (scripts/lib/roadTrace.ts); `note` says what the line stands for when that is less than the
 * works (a construction project on a road whose built stretch alone has addresses). `between`: a road given with its two ends (A路（B路-C路）), a line
 * between the two located junctions, or unplaced when either is not found. `junction`: a work at the crossing of two
 * named roads, a point (scripts/lib/roadRecords.ts). `bounded`: a site a web page says the named roads enclose (in ring
 * order, each meeting the next), the middle of the located corners (scripts/lib/boundedSite.ts); `page` names the page,
 * its date and what it says.
 */
export type PlaceRecipe =
  | { poi: { words: string[]; district: string; near?: string; withinM?: number; exclude?: string[]; basis?: Bilingual; extentM?: number } }
  | { place: string; extentM?: number }
  | { line: string[] }
  | { road: { names: string[]; district: string; note?: Bilingual } }
  | { between: { road: string; from: string; to: string; district: string } }
  | { junction: { roads: [string, string]; district: string } }
  | { bounded: { roads: string[]; district: string; page: PageSource } };

/** A web page a recipe follows: its address, its date (YYYY-MM-DD, or YYYY-MM) and, in short, what it says. */
export interface PageSource {
  url: string;
  date: string;
  says: Bilingual;
}

const pageProblems = (x: unknown, at: string): string[] =>
  isObj(x) && typeof x.url === 'string' && /^https?:\/\/\S+$/.test(x.url) && typeof x.date === 'string' && /^\d{4}-\d{2}(?:-\d{2})?$/.test(x.date) && isBilingual(x.says)
    ? []
    : [`${at} must be { url: "http(s)://…", date: "YYYY-MM-DD", says: { zh, en } }`];

const isDistrictName = (d: unknown) => nonEmpty(d) && /[区县市]$/.test(d);

/** One project as kept by hand: the bundle's plan-side properties, plus how to place it. */
export interface ProjectSource extends Pick<ProjectProps, 'id' | 'name' | 'nameEn' | 'shortNames' | 'kind' | 'features' | 'quotes' | 'schedule'> {
  /** How it is placed, or null when nothing the plan says names a place evidence can find. */
  place: PlaceRecipe | null;
  /** For projects with no recipe, or whose recipe finds nothing: does it name a place at all, and why it is not placed. */
  unplaced?: { namesPlace: boolean; why: Bilingual };
}

export interface ProjectSourceFile {
  projects: ProjectSource[];
}

/** What `npm run data:projects` found for one project's recipe. */
export type PlaceEvidence =
  | {
      /** The recipe this was derived from: a changed recipe makes the evidence stale. */
      recipe: PlaceRecipe;
      geometry: ProjectGeometry;
      precisionM: number;
      evidence: Bilingual;
      findings: Bilingual[];
      /** Machine-readable detail for review: counts, spread, sample address words. */
      detail: Record<string, unknown>;
    }
  | { recipe: PlaceRecipe; geometry: null; why: Bilingual; detail: Record<string, unknown> };

export interface ProjectEvidenceFile {
  about: string;
  projects: Record<string, PlaceEvidence>;
}

const isBilingual = (v: unknown): v is Bilingual => isObj(v) && nonEmpty(v.zh) && nonEmpty(v.en);
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function recipeProblems(r: unknown, placeIds: ReadonlySet<string>, featureIds: ReadonlySet<string>): string[] {
  if (r === null) return [];
  if (!isObj(r)) return ['place must be a recipe { poi } | { place } | { line } | { road } | { between } | { junction } | { bounded } or null'];
  const keys = Object.keys(r).filter((k) => k !== 'extentM');
  if (keys.length !== 1) return [`place must have exactly one of poi, place, line, road, between, junction, bounded (has ${keys.join(', ') || 'none'})`];
  const district = (d: unknown, at: string) => (isDistrictName(d) ? [] : [`${at}.district must name a district as the gazetteer spells it (二七区, 中原区 …)`]);
  if ('road' in r) {
    const x = r.road;
    if (!isObj(x) || !Array.isArray(x.names) || !x.names.length || !x.names.every(nonEmpty)) return ['place.road.names must be a non-empty list of road names'];
    return [...district(x.district, 'place.road'), ...(x.note === undefined || isBilingual(x.note) ? [] : ['place.road.note must be { zh, en }'])];
  }
  if ('between' in r) {
    const x = r.between;
    if (!isObj(x) || ![x.road, x.from, x.to].every(nonEmpty)) return ['place.between needs road, from and to'];
    if (x.from === x.to) return ['place.between: from and to are one junction (a loop has no two ends)'];
    return district(x.district, 'place.between');
  }
  if ('bounded' in r) {
    const x = r.bounded;
    if (!isObj(x) || !Array.isArray(x.roads) || x.roads.length < 3 || !x.roads.every(nonEmpty) || new Set(x.roads).size !== x.roads.length) return ['place.bounded.roads must list at least three different roads, in ring order'];
    return [...district(x.district, 'place.bounded'), ...pageProblems(x.page, 'place.bounded.page')];
  }
  if ('junction' in r) {
    const x = r.junction;
    if (!isObj(x) || !Array.isArray(x.roads) || x.roads.length !== 2 || !x.roads.every(nonEmpty) || x.roads[0] === x.roads[1]) return ['place.junction.roads must be two different road names'];
    return district(x.district, 'place.junction');
  }
  if ('poi' in r) {
    const p = r.poi;
    if (!isObj(p) || !Array.isArray(p.words) || !p.words.length || !p.words.every(nonEmpty)) return ['place.poi.words must be a non-empty list of words'];
    const out: string[] = [];
    if (!isDistrictName(p.district)) out.push('place.poi.district must name a district as the gazetteer spells it (二七区, 中原区 …)');
    if (p.near !== undefined && (!nonEmpty(p.near) || !featureIds.has(p.near))) out.push(`place.poi.near ${JSON.stringify(p.near)} is no feature id`);
    if (p.withinM !== undefined && !(typeof p.withinM === 'number' && p.withinM >= 0 && p.withinM <= 5000)) out.push('place.poi.withinM must be 0–5000 metres');
    if (p.exclude !== undefined && !(Array.isArray(p.exclude) && p.exclude.every(nonEmpty))) out.push('place.poi.exclude must be a list of words');
    if (p.basis !== undefined && !isBilingual(p.basis)) out.push('place.poi.basis must be { zh, en }');
    if (p.extentM !== undefined && !(typeof p.extentM === 'number' && p.extentM > 0 && p.extentM <= 2000)) out.push('place.poi.extentM must be 1–2000 metres');
    return out;
  }
  if ('place' in r) {
    const out = nonEmpty(r.place) && placeIds.has(r.place) ? [] : [`place.place ${JSON.stringify(r.place)} is no gazetteer place`];
    if (r.extentM !== undefined && !(typeof r.extentM === 'number' && r.extentM > 0 && r.extentM <= 2000)) out.push('place.extentM must be 1–2000 metres');
    return out;
  }
  if ('line' in r) {
    if (!Array.isArray(r.line) || r.line.length < 2) return ['place.line needs at least two places'];
    return r.line.filter((id) => !(nonEmpty(id) && placeIds.has(id))).map((id) => `place.line: ${JSON.stringify(id)} is no gazetteer place`);
  }
  return [`place: unknown recipe ${keys[0]}`];
}

export interface ProjectCheckContext {
  featureIds: ReadonlySet<string>;
  /** The text lists (geodata/text), held against the one list. */
  texts?: Readonly<Record<string, PlanText>>;
  placeIds: ReadonlySet<string>;
  seeds?: Seeds;
}

/** Problems of the hand-kept list: shape, unique ids, known features and places, verbatim cited quotes. */
export function validateProjectSources(data: unknown, ctx: ProjectCheckContext): DataProblem[] {
  const file = PROJECT_SOURCES_FILE;
  const problems: DataProblem[] = [];
  if (!isObj(data) || !Array.isArray(data.projects)) return [{ file, featureId: '-', problem: 'expected { "projects": [ … ] }' }];
  const ids = new Set<string>();
  data.projects.forEach((p: unknown, i) => {
    const id = isObj(p) && nonEmpty(p.id) ? p.id : `projects[${i}]`;
    const add = (problem: string) => problems.push({ file, featureId: id, problem });
    if (!isObj(p)) return add('must be an object');
    if (ids.has(id)) add('id used twice');
    ids.add(id);
    if (!PROJECT_KINDS.includes(p.kind as ProjectKind)) add(`kind ${JSON.stringify(p.kind)} must be one of ${PROJECT_KINDS.join(', ')}`);
    if (!Array.isArray(p.features) || !p.features.length) add('features must list the board, zone or centre the plan ties it to');
    else for (const f of p.features) if (!ctx.featureIds.has(f as string)) add(`feature ${JSON.stringify(f)} is no feature id`);
    const cited = (list: unknown, what: string) => {
      if (!Array.isArray(list)) return add(`${what} must be a list`);
      list.forEach((q: unknown, j) => quoteProblems(isObj(q) ? q.text : undefined, isObj(q) ? q.source : undefined, `${what}[${j}]`, ctx.seeds).forEach(add));
    };
    cited(p.quotes, 'quotes');
    if (Array.isArray(p.quotes)) {
      const seen = new Set<string>();
      for (const q of p.quotes) {
        const key = JSON.stringify([isObj(q) ? q.text : q, isObj(q) ? q.source : null]);
        if (seen.has(key)) add(`quotes: ${key} is listed twice`);
        seen.add(key);
      }
    }
    cited(p.schedule, 'schedule');
    if (Array.isArray(p.schedule)) p.schedule.forEach((s: unknown, j) => {
      if (isObj(s) && !PROJECT_STATUSES.includes(s.status as never)) add(`schedule[${j}]: status must be one of ${PROJECT_STATUSES.join(', ')}`);
    });
    if (!('place' in p)) add('place must be a recipe or null');
    else recipeProblems(p.place, ctx.placeIds, ctx.featureIds).forEach(add);
    if (p.unplaced !== undefined && !(isObj(p.unplaced) && typeof p.unplaced.namesPlace === 'boolean' && isBilingual(p.unplaced.why))) add('unplaced must be { namesPlace, why: { zh, en } }');
    if (p.place === null && p.unplaced === undefined) add('no place recipe: say why in unplaced { namesPlace, why }');
    if (p.place !== null && isObj(p.unplaced) && p.unplaced.namesPlace === false) add('a project with a place recipe names a place: namesPlace cannot be false');
  });
  return problems;
}

const squash = (t: string) => t.replace(/[\s\u3000]+/g, '');

/**
 * The one list and the text lists agree: every project a feature's text lists (geodata/text) is quoted, with the
 * same citation, by a project of the list tied to that feature. A project added to a text list and not to the list
 * (or the other way round) fails the build, so the map and the records cannot drift apart.
 */
export function textListProblems(sources: ProjectSourceFile, texts: Readonly<Record<string, PlanText>>): DataProblem[] {
  const quoted = new Set(sources.projects.flatMap((p) => p.features.flatMap((f) => p.quotes.map((q) => `${f}|${squash(q.text)}|${q.source.file}|${q.source.lines}`))));
  const out: DataProblem[] = [];
  for (const [feature, t] of Object.entries(texts)) {
    for (const pr of t.projects ?? []) {
      if (!quoted.has(`${feature}|${squash(pr.name)}|${pr.source.file}|${pr.source.lines}`)) {
        out.push({ file: PROJECT_SOURCES_FILE, featureId: feature, problem: `the text list's project "${pr.name}" (${pr.source.file.slice(0, 3)}:${pr.source.lines}) is quoted by no project tied to ${feature}` });
      }
    }
  }
  return out;
}

/** Problems of the generated evidence against the list: every recipe has fresh evidence, nothing else has any. */
export function validateProjectEvidence(sources: ProjectSourceFile, evidence: unknown): DataProblem[] {
  const file = PROJECT_EVIDENCE_FILE;
  const problems: DataProblem[] = [];
  if (!isObj(evidence) || !isObj(evidence.projects)) return [{ file, featureId: '-', problem: 'expected { "projects": { <id>: … } } (run npm run data:projects)' }];
  const found = evidence.projects as Record<string, unknown>;
  const withRecipe = new Set(sources.projects.filter((p) => p.place).map((p) => p.id));
  for (const p of sources.projects) {
    if (!p.place) continue;
    const e = found[p.id];
    if (!isObj(e)) problems.push({ file, featureId: p.id, problem: 'no evidence for this recipe: run npm run data:projects' });
    else if (!sameJson(e.recipe, p.place)) problems.push({ file, featureId: p.id, problem: 'evidence is stale (the recipe changed): run npm run data:projects' });
    else if (e.geometry === null ? !isBilingual(e.why) : !(isBilingual(e.evidence) && typeof e.precisionM === 'number')) problems.push({ file, featureId: p.id, problem: 'evidence must give a geometry with precisionM and evidence, or null with why' });
  }
  for (const id of Object.keys(found)) if (!withRecipe.has(id)) problems.push({ file, featureId: id, problem: 'evidence for a project with no recipe (run npm run data:projects)' });
  return problems;
}

/** The bundle: one Feature per project, placed from its evidence or null with the reason. */
export function assembleProjects(sources: ProjectSourceFile, evidence: ProjectEvidenceFile): ProjectCollection {
  return {
    type: 'FeatureCollection',
    features: sources.projects.map((p) => {
      const e = p.place ? evidence.projects[p.id] : undefined;
      const base = { id: p.id, name: p.name, nameEn: p.nameEn, shortNames: p.shortNames, kind: p.kind, features: p.features, quotes: p.quotes, schedule: p.schedule };
      if (e && e.geometry) {
        return { type: 'Feature', geometry: e.geometry, properties: { ...base, namesPlace: true, placed: true, precisionM: e.precisionM, evidence: e.evidence, unplacedReason: null, findings: e.findings } };
      }
      // A recipe that found nothing says why in its evidence; a project with no recipe says why itself.
      const why = e && !e.geometry ? e.why : p.unplaced!.why;
      return { type: 'Feature', geometry: null, properties: { ...base, namesPlace: p.unplaced?.namesPlace ?? true, placed: false, precisionM: null, evidence: null, unplacedReason: why, findings: [] } };
    }),
  };
}

/** Checks the list and its evidence, and assembles the bundle when both are sound. */
export function buildProjectBundle(sources: unknown, evidence: unknown, ctx: ProjectCheckContext): { problems: DataProblem[]; bundle?: ProjectCollection } {
  const problems = validateProjectSources(sources, ctx);
  if (problems.length) return { problems };
  if (ctx.texts) problems.push(...textListProblems(sources as ProjectSourceFile, ctx.texts));
  problems.push(...validateProjectEvidence(sources as ProjectSourceFile, evidence));
  if (problems.length) return { problems };
  const bundle = assembleProjects(sources as ProjectSourceFile, evidence as ProjectEvidenceFile);
  for (const p of projectCollectionProblems(bundle)) {
    const at = p.indexOf(': ');
    problems.push({ file: PROJECT_SOURCES_FILE, featureId: p.slice(0, at), problem: p.slice(at + 2) });
  }
  return problems.length ? { problems } : { problems, bundle };
}
