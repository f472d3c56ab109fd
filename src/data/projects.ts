/**
 * The plans' projects as the app reads them (public/data/projects.geojson, loaded lazily): one Feature per
 * project, placed (Point, LineString or a small Polygon) where evidence allows, `geometry: null` otherwise.
 * Every project keeps the plan's own words and citations, its schedule as the plans give it, and either the
 * evidence and precision of its position or the reason it is not placed. Built by `npm run data:build` from
 * geodata/projects/ (see geodata/README.md); this module holds the types and the pure checks both the build
 * and the app run on it, so a broken or hostile file gets a clear message instead of a half-drawn layer.
 */
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import type { Bilingual } from '../lib/bilingual';
import { ZHENGZHOU_BBOX } from '../config/region';
import type { Citation } from './types';

/** The bundle's file name under public/data/. */
export const PROJECTS_FILE = 'projects.geojson';

export const PROJECT_KINDS = ['commerce', 'culture', 'health', 'industry', 'tech', 'transport', 'housing', 'ecology', 'education', 'public'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

/** The kinds' names in both languages (legend, record, filters). */
export const PROJECT_KIND_NAMES: Record<ProjectKind, Bilingual> = {
  commerce: { zh: '商业', en: 'Commerce' },
  culture: { zh: '文化旅游', en: 'Culture and tourism' },
  health: { zh: '医疗康养', en: 'Health and care' },
  industry: { zh: '产业园区', en: 'Industry' },
  tech: { zh: '科技创新', en: 'Technology and innovation' },
  transport: { zh: '交通', en: 'Transport' },
  housing: { zh: '住房与社区', en: 'Housing and community' },
  ecology: { zh: '生态', en: 'Ecology' },
  education: { zh: '教育', en: 'Education' },
  public: { zh: '市政与公共设施', en: 'Utilities and public works' },
};

export const PROJECT_STATUSES = ['planned', 'started', 'built'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_STATUS_NAMES: Record<ProjectStatus, Bilingual> = {
  planned: { zh: '计划', en: 'Planned' },
  started: { zh: '在建', en: 'Started' },
  built: { zh: '建成', en: 'Built' },
};

/** What the plan says about the project, verbatim from the cited lines. */
export interface ProjectQuote {
  text: string;
  source: Citation;
}

/** One step of the project's schedule as a plan or report gives it (专栏5 years, the 2020 and 2021 reports). */
export interface ScheduleEntry {
  /** The year the entry refers to (a range's end year), or null when the text gives none. */
  year: number | null;
  status: ProjectStatus;
  /** Verbatim from the cited lines. */
  text: string;
  source: Citation;
}

export interface ProjectProps {
  /** Stable ascii slug, e.g. 'prj-erqi-wanda'. */
  id: string;
  /** Verbatim from the plan (the fullest form it uses). */
  name: string;
  nameEn: string;
  /** Other names the plans or residents use, for search (二七万达, 杉杉 …). */
  shortNames: string[];
  kind: ProjectKind;
  /** Board, zone or centre feature ids the plan ties the project to. */
  features: string[];
  /** What the plans say, cited (at least one). */
  quotes: ProjectQuote[];
  schedule: ScheduleEntry[];
  /** Whether the project names a physical place (a site, a building, a road); programmes and policies do not. */
  namesPlace: boolean;
  placed: boolean;
  /** ± metres when placed, null otherwise. */
  precisionM: number | null;
  /** Which references place it, how they were combined and their spread (placed projects). */
  evidence: Bilingual | null;
  /** Why no position is given (unplaced projects). */
  unplacedReason: Bilingual | null;
  /** What a reader should know about the position, e.g. that it lies outside the board the plan ties it to. */
  findings: Bilingual[];
}

export type ProjectGeometry = Point | LineString | Polygon;
export type ProjectFeature = Feature<ProjectGeometry | null, ProjectProps>;
export type ProjectCollection = FeatureCollection<ProjectGeometry | null, ProjectProps>;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isBilingual = (v: unknown): v is Bilingual => isObj(v) && nonEmpty(v.zh) && nonEmpty(v.en);
const ID = /^prj-[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LINES = /^\d+-\d+$/;
const isCitation = (v: unknown): v is Citation => isObj(v) && nonEmpty(v.file) && typeof v.lines === 'string' && LINES.test(v.lines);
const MAX_TEXT = 2000;

const inZhengzhou = (p: unknown): boolean => {
  if (!Array.isArray(p) || p.length < 2 || !p.every((n) => typeof n === 'number' && Number.isFinite(n))) return false;
  const [lon, lat] = p as number[];
  return lon >= ZHENGZHOU_BBOX[0] && lon <= ZHENGZHOU_BBOX[2] && lat >= ZHENGZHOU_BBOX[1] && lat <= ZHENGZHOU_BBOX[3];
};

/** Problems of one geometry: its type, finite positions inside Zhengzhou, closed rings. */
function geometryProblems(g: unknown): string[] {
  if (g === null) return [];
  if (!isObj(g)) return ['geometry must be a Point, LineString, Polygon or null'];
  if (g.type === 'Point') return inZhengzhou(g.coordinates) ? [] : ['Point: coordinates must be [lon, lat] inside Zhengzhou (WGS-84)'];
  if (g.type === 'LineString') {
    const c = g.coordinates;
    if (!Array.isArray(c) || c.length < 2) return ['LineString needs at least 2 positions'];
    return c.every(inZhengzhou) ? [] : ['LineString: every position must be [lon, lat] inside Zhengzhou (WGS-84)'];
  }
  if (g.type === 'Polygon') {
    const rings = g.coordinates;
    if (!Array.isArray(rings) || !rings.length) return ['Polygon needs a ring'];
    for (const r of rings) {
      if (!Array.isArray(r) || r.length < 4) return ['Polygon rings need at least 4 positions'];
      if (!r.every(inZhengzhou)) return ['Polygon: every position must be [lon, lat] inside Zhengzhou (WGS-84)'];
      const [a, b] = [r[0] as number[], r[r.length - 1] as number[]];
      if (a[0] !== b[0] || a[1] !== b[1]) return ['Polygon rings must be closed'];
    }
    return [];
  }
  return [`geometry type ${JSON.stringify(g.type)} is not Point, LineString or Polygon`];
}

const quoteProblems = (q: unknown, at: string): string[] => {
  if (!isObj(q) || !nonEmpty(q.text) || q.text.length > MAX_TEXT) return [`${at}: text must be a non-empty string (≤ ${MAX_TEXT} characters)`];
  return isCitation(q.source) ? [] : [`${at}: source must be { file, lines: "from-to" }`];
};

/** Problems of one project's properties, each prefixed with where it is. */
export function projectPropsProblems(p: unknown, geometry: unknown): string[] {
  if (!isObj(p)) return ['properties must be an object'];
  const out: string[] = [];
  if (typeof p.id !== 'string' || !ID.test(p.id)) out.push(`id ${JSON.stringify(p.id)} must be an ascii slug starting "prj-"`);
  if (!nonEmpty(p.name) || p.name.length > 200) out.push('name must be a non-empty string');
  if (!nonEmpty(p.nameEn) || /[\u3400-\u9fff]/.test(p.nameEn)) out.push('nameEn must be non-empty English (no Chinese characters)');
  if (!Array.isArray(p.shortNames) || !p.shortNames.every(nonEmpty)) out.push('shortNames must be a list of non-empty strings');
  if (!PROJECT_KINDS.includes(p.kind as ProjectKind)) out.push(`kind ${JSON.stringify(p.kind)} must be one of ${PROJECT_KINDS.join(', ')}`);
  if (!Array.isArray(p.features) || !p.features.every(nonEmpty)) out.push('features must be a list of feature ids');
  if (!Array.isArray(p.quotes) || !p.quotes.length) out.push('quotes must be a non-empty list: every project keeps what the plan says');
  else p.quotes.forEach((q, i) => out.push(...quoteProblems(q, `quotes[${i}]`)));
  if (!Array.isArray(p.schedule)) out.push('schedule must be a list');
  else
    p.schedule.forEach((s: unknown, i) => {
      const at = `schedule[${i}]`;
      out.push(...quoteProblems(s, at));
      if (!isObj(s)) return;
      if (!(s.year === null || (Number.isInteger(s.year) && (s.year as number) >= 2000 && (s.year as number) <= 2035))) out.push(`${at}: year must be null or 2000–2035`);
      if (!PROJECT_STATUSES.includes(s.status as ProjectStatus)) out.push(`${at}: status must be one of ${PROJECT_STATUSES.join(', ')}`);
    });
  if (!Array.isArray(p.findings) || !p.findings.every(isBilingual)) out.push('findings must be a list of { zh, en }');
  if (typeof p.namesPlace !== 'boolean') out.push('namesPlace must be true or false');
  if (p.placed === true && p.namesPlace === false) out.push('placed, but namesPlace is false: a project that names no place cannot be placed');
  if (typeof p.placed !== 'boolean') out.push('placed must be true or false');
  else if (p.placed) {
    if (geometry === null || geometry === undefined) out.push('placed, but geometry is null');
    if (!(typeof p.precisionM === 'number' && Number.isFinite(p.precisionM) && p.precisionM > 0)) out.push('placed: precisionM must be positive metres');
    if (!isBilingual(p.evidence)) out.push('placed: evidence must say { zh, en } which references place it and how');
    if (p.unplacedReason !== null) out.push('placed: unplacedReason must be null');
  } else {
    if (geometry !== null) out.push('not placed, but has a geometry: an unplaced project has geometry null (never a stand-in position)');
    if (p.precisionM !== null) out.push('not placed: precisionM must be null');
    if (p.evidence !== null) out.push('not placed: evidence must be null');
    if (!isBilingual(p.unplacedReason)) out.push('not placed: unplacedReason must say why, { zh, en }');
  }
  return out;
}

/** Every problem of a projects bundle, as `<project id>: <problem>` lines; empty when it is sound. */
export function projectCollectionProblems(data: unknown): string[] {
  if (!isObj(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) return ['expected a GeoJSON FeatureCollection'];
  const out: string[] = [];
  const seen = new Set<string>();
  data.features.forEach((f: unknown, i) => {
    const id = isObj(f) && isObj(f.properties) && typeof f.properties.id === 'string' ? f.properties.id : `features[${i}]`;
    if (!isObj(f) || f.type !== 'Feature') return out.push(`${id}: must be a GeoJSON Feature`);
    if (seen.has(id)) out.push(`${id}: id used twice`);
    seen.add(id);
    const problems = [...geometryProblems(f.geometry), ...projectPropsProblems(f.properties, f.geometry)];
    out.push(...problems.map((p) => `${id}: ${p}`));
  });
  return out;
}

/** The bundle as the app uses it; throws one clear message (the first problems) when the file is not sound. */
export function parseProjects(data: unknown): ProjectCollection {
  const problems = projectCollectionProblems(data);
  if (problems.length) {
    const more = problems.length > 3 ? ` (and ${problems.length - 3} more)` : '';
    throw new Error(`${PROJECTS_FILE}: ${problems.slice(0, 3).join('; ')}${more}`);
  }
  return data as ProjectCollection;
}

/** The projects the plans tie to one board, zone or centre, placed ones first, in bundle order. */
export function projectsOfFeature(projects: ProjectCollection, featureId: string): ProjectFeature[] {
  const mine = projects.features.filter((f) => f.properties.features.includes(featureId));
  return [...mine.filter((f) => f.properties.placed), ...mine.filter((f) => !f.properties.placed)];
}

/** How many projects are placed of those that name a physical place (the audit's and the layer note's figure). */
export function placementCount(projects: readonly ProjectProps[]): { placed: number; placeable: number } {
  const placeable = projects.filter((p) => p.namesPlace);
  return { placed: placeable.filter((p) => p.placed).length, placeable: placeable.length };
}
