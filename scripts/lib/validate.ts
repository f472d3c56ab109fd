/**
 * Checks of the geodata contract (geodata/README.md): GeoJSON validity
 * (geojson-validation), our property schema, geometry sanity and the links
 * between files (unique ids, text entries, relation targets). Pure: callers
 * pass parsed files; every check returns problems instead of throwing.
 */
import { isFeature, isFeatureCollection } from 'geojson-validation';
import { booleanClockwise, distance, kinks } from '@turf/turf';
import type { Feature, Polygon, MultiPolygon, Position } from 'geojson';
import type { DataProblem } from '../../src/data/types';
import { ZHENGZHOU_BBOX } from '../../src/config/region';
import { LEVEL_IDS, type Level } from '../../src/data/levels';
import { aliasesProblems, styleProblems } from './layerHeader';

const isLevel = (v: unknown): v is Level => typeof v === 'string' && (LEVEL_IDS as readonly string[]).includes(v);

/** Zhengzhou's extent with a margin: [west, south, east, north]. */
export { ZHENGZHOU_BBOX };

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;
export const LINE_RANGE = /^\d+-\d+$/;
const RELATION_TYPES = ['inside', 'contains', 'same-area', 'overlaps'];
const GEOMETRY_TYPES = ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString', 'Point'];
const HAN = /\p{Script=Han}/u;
/** A kink this close to an existing vertex is a ring touching itself, not crossing. */
const TOUCH_TOLERANCE_M = 1;

/** The seeds' text, one string per line, keyed by file name: enables line-range and verbatim checks. */
export type Seeds = Record<string, string[]>;

export interface CollectionOptions {
  /** The `layer` every feature must carry (the file's layer id). */
  layer: string;
  /** Admin districts cite a third-party dataset, not the plan seeds. */
  admin?: boolean;
  seeds?: Seeds;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
/** `{ zh, en }` with Chinese in zh and text in en. */
const isBilingual = (v: unknown): boolean => isObj(v) && nonEmpty(v.zh) && HAN.test(v.zh) && nonEmpty(v.en);

// ---- citations -------------------------------------------------------------

/** Problems of one `{ file, lines }` citation; `where` says which one. */
export function citationProblems(c: unknown, where: string, seeds?: Seeds): string[] {
  if (!isObj(c)) return [`${where}: citation must be { file, lines }`];
  const out: string[] = [];
  if (typeof c.file !== 'string' || !SEED_FILE.test(c.file)) out.push(`${where}: file ${JSON.stringify(c.file)} is not a seed file name (NNN_<16 hex>.txt)`);
  if (typeof c.lines !== 'string' || !LINE_RANGE.test(c.lines)) {
    out.push(`${where}: lines ${JSON.stringify(c.lines)} must be "<from>-<to>"`);
    return out;
  }
  const [from, to] = c.lines.split('-').map(Number);
  if (from < 1 || from > to) out.push(`${where}: lines "${c.lines}" is not a 1-based ascending range`);
  const seed = seeds && typeof c.file === 'string' ? seeds[c.file] : undefined;
  if (seeds && typeof c.file === 'string' && SEED_FILE.test(c.file) && !seed) out.push(`${where}: no seed file ${c.file}`);
  if (seed && to > seed.length) out.push(`${where}: lines "${c.lines}" run past the end of ${c.file} (${seed.length} lines)`);
  return out;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * Is `text` a verbatim quote of the cited lines? Whitespace is ignored and an
 * ellipsis (… or ……) may stand for omitted words between quoted fragments.
 */
export function isVerbatim(text: string, lines: string[]): boolean {
  const hay = squash(lines.join(''));
  let from = 0;
  for (const part of text.split(/…+|\.{3,}/).map(squash).filter(Boolean)) {
    const at = hay.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

function quoteProblems(text: unknown, source: unknown, where: string, seeds?: Seeds): string[] {
  if (!nonEmpty(text)) return [`${where}: text must be a non-empty string`];
  const cite = citationProblems(source, `${where}.source`, seeds);
  if (cite.length || !seeds) return cite;
  const { file, lines } = source as { file: string; lines: string };
  const [from, to] = lines.split('-').map(Number);
  return isVerbatim(text, seeds[file].slice(from - 1, to)) ? [] : [`${where}: "${text}" is not found verbatim in ${file} lines ${lines}`];
}

// ---- feature properties ----------------------------------------------------

function propertyProblems(p: Obj, opts: CollectionOptions): string[] {
  const out: string[] = [];
  if (typeof p.id !== 'string' || !SLUG.test(p.id)) out.push(`id ${JSON.stringify(p.id)} is not an ascii slug (a-z, 0-9, single hyphens)`);
  if (!nonEmpty(p.name) || !HAN.test(p.name)) out.push(`name ${JSON.stringify(p.name)} must be non-empty Chinese`);
  if (!nonEmpty(p.nameEn)) out.push('nameEn must be a non-empty string');
  if (!isLevel(p.level)) out.push(`level ${JSON.stringify(p.level)} must be one of ${LEVEL_IDS.join(', ')}`);
  if (p.layer !== opts.layer) out.push(`layer ${JSON.stringify(p.layer)} does not match the file's layer "${opts.layer}"`);
  const area = p.statedAreaKm2;
  if (!opts.admin && !('statedAreaKm2' in p)) out.push('statedAreaKm2 missing (a number or null)');
  if (area !== undefined && area !== null && !(typeof area === 'number' && Number.isFinite(area) && area > 0)) out.push(`statedAreaKm2 ${JSON.stringify(area)} must be a positive number or null`);
  if (p.district !== undefined && (typeof p.district !== 'string' || !SLUG.test(p.district))) out.push(`district ${JSON.stringify(p.district)} must be a district id`);

  if (!Array.isArray(p.sources) || !p.sources.length) out.push('sources must be a non-empty list of citations');
  else if (opts.admin) p.sources.forEach((s, i) => isObj(s) && nonEmpty(s.file) && nonEmpty(s.lines) ? null : out.push(`sources[${i}] must be { file, lines }`));
  else p.sources.forEach((s, i) => out.push(...citationProblems(s, `sources[${i}]`, opts.seeds)));

  const d = p.drawing;
  if (!isObj(d)) out.push('drawing must be { method, precisionM }');
  else {
    if (!isBilingual(d.method)) out.push('drawing.method must be { zh: "<Chinese>", en: "<English>" }');
    if (d.note !== undefined && !isBilingual(d.note)) out.push('drawing.note must be { zh: "<Chinese>", en: "<English>" }');
    if (!(typeof d.precisionM === 'number' && Number.isFinite(d.precisionM) && d.precisionM > 0)) out.push(`drawing.precisionM ${JSON.stringify(d.precisionM)} must be > 0`);
    if (d.vertices !== undefined && !(Array.isArray(d.vertices) && d.vertices.every((v) => typeof v === 'string'))) out.push('drawing.vertices must be a list of place ids');
  }

  if (p.relations !== undefined) {
    if (!Array.isArray(p.relations)) out.push('relations must be a list');
    else p.relations.forEach((r, i) => {
      const where = `relations[${i}]`;
      if (!isObj(r)) return out.push(`${where} must be { type, target, source }`);
      if (typeof r.type !== 'string' || !RELATION_TYPES.includes(r.type)) out.push(`${where}: type ${JSON.stringify(r.type)} must be one of ${RELATION_TYPES.join(', ')}`);
      if (typeof r.target !== 'string' || !SLUG.test(r.target)) out.push(`${where}: target ${JSON.stringify(r.target)} must be a feature id`);
      else if (r.target === p.id) out.push(`${where}: target is the feature itself`);
      out.push(...citationProblems(r.source, `${where}.source`, opts.seeds));
    });
  }
  return out;
}

// ---- geometry --------------------------------------------------------------

const decimalsOk = (v: number) => Number(v.toFixed(6)) === v;

function positionProblems(positions: Position[]): string[] {
  const out: string[] = [];
  const [w, s, e, n] = ZHENGZHOU_BBOX;
  const first = (test: (p: Position) => boolean, what: string) => {
    const bad = positions.filter(test);
    if (bad.length) out.push(`${bad.length} position(s) ${what}, first ${JSON.stringify(bad[0])}`);
  };
  first((p) => p.length !== 2, 'not [lon, lat]');
  first((p) => !p.every((v) => typeof v === 'number' && Number.isFinite(v)), 'not finite numbers');
  first((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]) && !(p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n), `outside Zhengzhou's bbox [${ZHENGZHOU_BBOX.join(', ')}]`);
  first((p) => p.some((v) => Number.isFinite(v) && !decimalsOk(v)), 'with more than 6 decimals');
  return out;
}

/** geojson-validation has checked closure and ring length; the winding is ours. */
function windingProblems(ring: Position[], where: string): string[] {
  return booleanClockwise(ring) ? [`${where}: exterior ring is clockwise (RFC 7946 wants counter-clockwise)`] : [];
}

/** Self-crossings, ignoring points where a ring merely touches itself at a vertex. */
function crossingProblems(g: Polygon | MultiPolygon): string[] {
  const vertices = (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).flat();
  const crossings = kinks(g).features
    .map((k) => k.geometry.coordinates)
    .filter((k) => !vertices.some((v) => Math.abs(v[0] - k[0]) < 1e-4 && Math.abs(v[1] - k[1]) < 1e-4 && distance(v, k, { units: 'meters' }) <= TOUCH_TOLERANCE_M));
  if (!crossings.length) return [];
  const at = crossings.slice(0, 3).map((k) => `[${k[0].toFixed(6)}, ${k[1].toFixed(6)}]`).join(', ');
  return [`boundary crosses itself at ${crossings.length} point(s): ${at}${crossings.length > 3 ? ', …' : ''}`];
}

function geometryProblems(g: Obj): string[] {
  if (typeof g.type !== 'string' || !GEOMETRY_TYPES.includes(g.type)) return [`geometry type ${JSON.stringify(g.type)} must be one of ${GEOMETRY_TYPES.join(', ')}`];
  const c = g.coordinates as unknown;
  const positions = (g.type === 'Point' ? [c] : g.type === 'LineString' ? c : g.type === 'MultiPolygon' ? (c as Position[][][]).flat(2) : (c as Position[][]).flat()) as Position[];
  const out = positionProblems(positions);
  if (g.type === 'LineString' && positions.length < 2) out.push('a line needs at least 2 positions');
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const polygons = g.type === 'Polygon' ? [c as Position[][]] : (c as Position[][][]);
    polygons.forEach((rings, pi) => out.push(...windingProblems(rings[0], g.type === 'MultiPolygon' ? `polygon ${pi + 1}` : 'polygon')));
    if (!out.length) out.push(...crossingProblems(g as unknown as Polygon | MultiPolygon));
  }
  return out;
}

/** Problems of one FeatureCollection file (admin districts or a built layer). */
export function validateCollection(file: string, data: unknown, opts: CollectionOptions): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (featureId: string, list: string[]) => list.forEach((problem) => problems.push({ file, featureId, problem }));
  if (!isObj(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    add('-', safeTrace(() => isFeatureCollection(data, true), 'not a GeoJSON FeatureCollection'));
    return problems;
  }
  data.features.forEach((f: unknown, i) => {
    const props = isObj(f) && isObj(f.properties) ? f.properties : undefined;
    const featureId = typeof props?.id === 'string' && props.id ? props.id : `#${i + 1}`;
    const trace = safeTrace(() => isFeature(f, true), 'not a GeoJSON Feature');
    if (trace.length) return add(featureId, trace.map((t) => `GeoJSON: ${t}`));
    const feature = f as Feature;
    if (!props) return add(featureId, ['properties missing']);
    add(featureId, propertyProblems(props, opts));
    if (!feature.geometry) return add(featureId, ['geometry is null']);
    add(featureId, geometryProblems(feature.geometry as unknown as Obj));
  });
  return problems;
}

/** geojson-validation can throw on malformed input (e.g. an empty ring). */
function safeTrace(run: () => string[], fallback: string): string[] {
  try {
    return run();
  } catch {
    return [fallback];
  }
}

// ---- gazetteer -------------------------------------------------------------

const PLACE_KINDS = ['junction', 'landmark', 'facility', 'road-point', 'shore-point', 'estimated'];

/** Problems of a geodata/places/*.json file (ids unique within it; across files the builder checks). */
export function validatePlaces(file: string, data: unknown): DataProblem[] {
  if (!isObj(data) || !Array.isArray(data.places)) return [{ file, featureId: '-', problem: 'expected { "places": [ … ] }' }];
  const problems: DataProblem[] = [];
  const seen = new Set<string>();
  data.places.forEach((p: unknown, i) => {
    const id = isObj(p) && typeof p.id === 'string' && p.id ? p.id : `#${i + 1}`;
    const add = (problem: string) => problems.push({ file, featureId: id, problem });
    if (!isObj(p)) return add('a place must be an object');
    if (typeof p.id !== 'string' || !SLUG.test(p.id)) add(`id ${JSON.stringify(p.id)} is not an ascii slug`);
    else if (seen.has(p.id)) add('id used twice in this file');
    else seen.add(p.id);
    if (!nonEmpty(p.name)) add('name must be a non-empty string');
    if (typeof p.kind !== 'string' || !PLACE_KINDS.includes(p.kind)) add(`kind ${JSON.stringify(p.kind)} must be one of ${PLACE_KINDS.join(', ')}`);
    if (!nonEmpty(p.from)) add('from must name the reference the point was taken from');
    if (!(typeof p.precisionM === 'number' && p.precisionM > 0)) add(`precisionM ${JSON.stringify(p.precisionM)} must be > 0`);
    if (typeof p.lon !== 'number' || typeof p.lat !== 'number') add('lon and lat must be numbers');
    else positionProblems([[p.lon, p.lat]]).forEach(add);
  });
  return problems;
}

// ---- text ----------------------------------------------------------------

const TEXT_KEYS = ['aliases', 'boundaryText', 'positioning', 'projects', 'results'];
/** Results are dated within the plans' horizon (13th Five-Year period to the 2035 vision). */
export const RESULT_YEARS = { from: 2000, to: 2035 };
/** An English word in Chinese prose, e.g. "line 391" or "work plan" left in a Chinese note. */
const LATIN_WORD = /[A-Za-z]{3,}/;

/** English written by us: non-empty and free of Chinese characters, so the English view reads in one language. */
function englishProblems(v: unknown, where: string): string[] {
  if (!nonEmpty(v)) return [`${where} must be a non-empty English string`];
  return HAN.test(v) ? [`${where} "${v}" contains Chinese characters: write it in English`] : [];
}

/** A note of ours in both languages, each in its own language only. */
function noteProblems(v: unknown, where: string): string[] {
  if (!isObj(v) || !nonEmpty(v.zh) || !nonEmpty(v.en)) return [`${where} must be { zh, en } with both languages`];
  const out = englishProblems(v.en, `${where}.en`);
  if (LATIN_WORD.test(v.zh)) out.push(`${where}.zh "${v.zh}" contains English words: write it in Chinese (the line belongs in the citation)`);
  return out;
}

/** A verbatim passage `{ text, source, en? }`. */
function citedProblems(v: unknown, where: string, seeds?: Seeds): string[] {
  if (!isObj(v)) return [`${where} must be { text, source }`];
  const out = quoteProblems(v.text, v.source, where, seeds);
  if (v.en !== undefined) out.push(...englishProblems(v.en, `${where}.en`));
  return out;
}

function resultProblems(v: unknown, where: string, seeds?: Seeds): string[] {
  const out = citedProblems(v, where, seeds);
  if (!isObj(v) || v.year === undefined) return out;
  const { from, to } = RESULT_YEARS;
  if (!(Number.isInteger(v.year) && (v.year as number) >= from && (v.year as number) <= to)) out.push(`${where}: year ${JSON.stringify(v.year)} must be a whole year from ${from} to ${to}`);
  return out;
}

function itemProblems(key: 'aliases' | 'projects', item: unknown, where: string, seeds?: Seeds): string[] {
  if (!isObj(item)) return [`${where} must be { name, source }`];
  const out = quoteProblems(item.name, item.source, where, seeds);
  if (key === 'aliases') {
    if (item.note !== undefined || item.nameEn !== undefined) out.push(`${where}: only name and source are allowed`);
    return out;
  }
  if (item.nameEn !== undefined) out.push(...englishProblems(item.nameEn, `${where}.nameEn`));
  if (item.note !== undefined) out.push(...noteProblems(item.note, `${where}.note`));
  return out;
}

function listProblems(e: Obj, key: 'aliases' | 'projects' | 'results', seeds?: Seeds): string[] {
  const list = e[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) return [`${key} must be a list`];
  return list.flatMap((item: unknown, i) => {
    const where = `${key}[${i}]`;
    return key === 'results' ? resultProblems(item, where, seeds) : itemProblems(key, item, where, seeds);
  });
}

function entryProblems(e: unknown, seeds?: Seeds): string[] {
  if (!isObj(e)) return ['entry must be an object (possibly {})'];
  const out: string[] = [];
  const unknown = Object.keys(e).filter((k) => !TEXT_KEYS.includes(k));
  if (unknown.length) out.push(`unknown key(s) ${unknown.join(', ')} (allowed: ${TEXT_KEYS.join(', ')})`);
  for (const key of ['boundaryText', 'positioning'] as const) if (e[key] !== undefined) out.push(...citedProblems(e[key], key, seeds));
  for (const key of ['aliases', 'projects', 'results'] as const) out.push(...listProblems(e, key, seeds));
  return out;
}

/** Problems of a geodata/text/<layer>.json file's entries (shape, citations, verbatim quotes). */
export function validateText(file: string, data: unknown, seeds?: Seeds): DataProblem[] {
  if (!isObj(data)) return [{ file, featureId: '-', problem: 'expected an object keyed by feature id' }];
  return Object.entries(data).flatMap(([id, entry]) => entryProblems(entry, seeds).map((problem) => ({ file, featureId: id, problem })));
}

// ---- zone files ------------------------------------------------------------

/**
 * Problems of a layer's header, the keys every layer file starts with: `layer`,
 * `level`, `title`, `geometry`, `style` and optional `aliases` (geodata/README.md).
 */
export function validateLayerHeader(file: string, data: unknown): DataProblem[] {
  const add = (problem: string) => ({ file, featureId: '-', problem });
  if (!isObj(data)) return [add('expected a layer header object')];
  const out: DataProblem[] = [];
  if (typeof data.layer !== 'string' || !SLUG.test(data.layer)) out.push(add(`layer ${JSON.stringify(data.layer)} is not an ascii slug`));
  if (!isLevel(data.level)) out.push(add(`level ${JSON.stringify(data.level)} must be one of ${LEVEL_IDS.join(', ')}`));
  if (!isObj(data.title) || !nonEmpty(data.title.zh) || !HAN.test(data.title.zh) || !nonEmpty(data.title.en)) out.push(add('title must be { zh: "<Chinese>", en: "<English>" }'));
  if (!['polygon', 'line', 'point'].includes(String(data.geometry))) out.push(add(`geometry ${JSON.stringify(data.geometry)} must be polygon, line or point`));
  out.push(...styleProblems(data.style).map(add), ...aliasesProblems(data.aliases).map(add));
  return out;
}

/** Problems of a zone file's header (its recipes are checked by the builder, its output by validateCollection). */
export function validateZoneHeader(file: string, data: unknown, seeds?: Seeds): DataProblem[] {
  const out = validateLayerHeader(file, data);
  if (!isObj(data)) return out;
  const add = (problem: string) => ({ file, featureId: '-', problem });
  if (!Array.isArray(data.features)) out.push(add('features must be a list'));
  if (data.notDrawn !== undefined) out.push(...notDrawnProblems(data.notDrawn, seeds).map(add));
  return out;
}

/** `notDrawn` entries: a verbatim name, a reason in both languages, a citation. */
function notDrawnProblems(list: unknown, seeds?: Seeds): string[] {
  if (!Array.isArray(list)) return ['notDrawn must be a list'];
  return list.flatMap((entry, i) => {
    const where = `notDrawn[${i}]`;
    if (!isObj(entry)) return [`${where} must be { name, why: { zh, en }, source }`];
    const out: string[] = [];
    if (!nonEmpty(entry.name)) out.push(`${where}: name missing`);
    if (!isObj(entry.why) || !nonEmpty(entry.why.zh) || !nonEmpty(entry.why.en)) out.push(`${where}: why must be { zh, en }`);
    out.push(...citationProblems(entry.source, `${where}.source`, seeds));
    const src = entry.source as { file?: string; lines?: string } | undefined;
    const seed = seeds && src?.file ? seeds[src.file] : undefined;
    if (seed && nonEmpty(entry.name) && typeof src?.lines === 'string' && LINE_RANGE.test(src.lines)) {
      const [from, to] = src.lines.split('-').map(Number);
      if (!isVerbatim(entry.name as string, seed.slice(from - 1, to))) out.push(`${where}: name "${entry.name}" is not in ${src.file} lines ${src.lines}`);
    }
    return out;
  });
}

// ---- across files ----------------------------------------------------------

export interface AtlasFiles {
  /** Every FeatureCollection: admin districts and each built layer. */
  collections: { file: string; layer: string; data: unknown; admin?: boolean }[];
  /** Every geodata/text file with the layer its name says it describes. */
  texts: { file: string; layer: string; data: unknown }[];
}

const featuresOf = (data: unknown): Obj[] =>
  isObj(data) && Array.isArray(data.features) ? data.features.filter(isObj).map((f) => (isObj(f.properties) ? f.properties : {})) : [];

/**
 * Links between files: ids unique across all of them, `district` and relation
 * targets that exist, and exactly one text entry per plan feature, in the text
 * file named after its layer.
 */
export function validateLinks({ collections, texts }: AtlasFiles): DataProblem[] {
  const problems: DataProblem[] = [];
  const firstFile = new Map<string, string>();
  const layerOf = new Map<string, string>();
  const districts = new Set<string>();
  for (const c of collections) {
    for (const p of featuresOf(c.data)) {
      if (typeof p.id !== 'string') continue;
      const first = firstFile.get(p.id);
      if (first) {
        problems.push({ file: c.file, featureId: p.id, problem: `id also used in ${first}` });
        continue;
      }
      firstFile.set(p.id, c.file);
      if (c.admin) districts.add(p.id);
      else layerOf.set(p.id, c.layer);
    }
  }
  for (const c of collections) {
    for (const p of featuresOf(c.data)) {
      const id = String(p.id);
      if (typeof p.district === 'string' && !districts.has(p.district)) problems.push({ file: c.file, featureId: id, problem: `district "${p.district}" is not an admin district id` });
      if (Array.isArray(p.relations)) p.relations.forEach((r: unknown, i) => {
        if (isObj(r) && typeof r.target === 'string' && !firstFile.has(r.target)) problems.push({ file: c.file, featureId: id, problem: `relations[${i}]: target "${r.target}" is no feature id` });
      });
    }
  }

  const textLayer = new Map<string, string>(); // feature id → layer of the text file holding it
  const layers = new Set(collections.map((c) => c.layer));
  for (const t of texts) {
    if (!layers.has(t.layer)) problems.push({ file: t.file, featureId: '-', problem: `no layer "${t.layer}" (zones/${t.layer}.json) for this text file` });
    if (!isObj(t.data)) continue;
    for (const id of Object.keys(t.data)) {
      textLayer.set(id, t.layer);
      const layer = layerOf.get(id);
      if (layer === undefined) problems.push({ file: t.file, featureId: id, problem: 'text entry for an id that no layer feature has' });
      else if (layer !== t.layer) problems.push({ file: t.file, featureId: id, problem: `the feature is in layer "${layer}": move this entry to text/${layer}.json` });
    }
  }
  for (const [id, layer] of layerOf) {
    if (!textLayer.has(id)) problems.push({ file: `text/${layer}.json`, featureId: id, problem: 'no text entry for this feature (add at least {})' });
  }
  return problems;
}
