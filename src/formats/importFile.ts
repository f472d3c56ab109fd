/**
 * Import one file of site boundaries: pick the reader, read, keep the polygons,
 * work out the coordinate system, convert to WGS-84, check and repair, and clean
 * the attributes. Every failure comes back as a value with a zh/en message.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import {
  alternativesInRegion,
  crsLabel,
  detectCrs,
  inRegion,
  makeTransform,
  type Crs,
  type Transform,
} from './datum';
import { polygonsOf } from '../lib/polygons';
import { ENCODING_LABELS, type EncodingId } from './decode';
import { extractPolygons, vertexCount } from './extract';
import { IMPORT_LIMITS, type ImportLimits } from './limits';
import type { FormatId, ImportProgress, SourceFile, TextEncodingInfo } from './reader';
import { detectFormat, formatById, FORMATS } from './registry';
import { repairSelfIntersections } from './repair';
import type { Bilingual } from '../lib/bilingual';
import { fail, ImportFailure, note, ok, type Note, type Result } from './result';
import { sanitizeProperties, sanitizeText, type SafeProperties } from './sanitize';
import { checkRings } from './sanity';

export { IMPORT_LIMITS };

export interface ImportOptions {
  /** Skip format detection. */
  format?: FormatId;
  /** The coordinate system as the user chose it; otherwise the file's own or detected. */
  crs?: Crs;
  /** X/Y swapped (northing first); otherwise detected. */
  swapAxes?: boolean;
  /** The text encoding as the user chose it; otherwise detected. */
  encoding?: EncodingId;
  /** Tighter limits (tests); never looser than IMPORT_LIMITS in the app. */
  limits?: Partial<ImportLimits>;
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportedSiteProperties {
  id: string;
  name: string;
  sourceFile: string;
  /** The file's attributes, cleaned (sanitize.ts): render as text only. */
  attrs: SafeProperties;
}

export type ImportedSite = Feature<Polygon | MultiPolygon, ImportedSiteProperties>;

export interface ImportSummary {
  format: FormatId;
  sites: ImportedSite[];
  crs: Crs;
  swapAxes: boolean;
  /** How the system was decided, for display next to the choice. */
  crsReason: Bilingual;
  vertexCount: number;
  /** Text formats and shapefile attributes: the encoding that was read. */
  encoding?: TextEncodingInfo;
  notes: Note[];
}
const NAME_KEYS = /^(name|名称|地块名称|项目名称|dkmc|xmmc|title|label|标题)$/i;

function siteName(attrs: SafeProperties, fallback: string): string {
  const key = Object.keys(attrs).find((k) => NAME_KEYS.test(k) && typeof attrs[k] === 'string');
  return key ? sanitizeText(String(attrs[key]), 80) : fallback;
}

function allPositions(geometries: readonly (Polygon | MultiPolygon)[]): Position[] {
  return geometries.flatMap((g) => polygonsOf(g).flatMap((rings) => rings.flatMap((r) => r.slice(0, -1))));
}

function transformGeometry(g: Polygon | MultiPolygon, t: Transform): Polygon | MultiPolygon {
  const rings = (poly: Position[][]) => poly.map((ring) => ring.map(t));
  return g.type === 'Polygon' ? { type: 'Polygon', coordinates: rings(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(rings) };
}

/** A converted position that is a number at all (a value near the largest double overflows in the conversion). */
const isNumber = (p: Position): boolean => Number.isFinite(p[0]) && Number.isFinite(p[1]);
const onGlobe = (p: Position): boolean => isNumber(p) && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

/**
 * Drops the rings with a position that fails `usable`, like any other bad ring: a hole
 * alone, an outline with its polygon. null when no polygon is left.
 */
function keepUsableRings(g: Polygon | MultiPolygon, usable: (p: Position) => boolean, dropped: { rings: number }): Polygon | MultiPolygon | null {
  const parts: Position[][][] = [];
  for (const [outline, ...holes] of polygonsOf(g)) {
    if (!outline.every(usable)) {
      dropped.rings += 1 + holes.length;
      continue;
    }
    const kept = holes.filter((hole) => hole.every(usable));
    dropped.rings += holes.length - kept.length;
    parts.push([outline, ...kept]);
  }
  if (parts.length === 0) return null;
  return parts.length === 1 && g.type === 'Polygon' ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
}

async function run(file: SourceFile, options: ImportOptions): Promise<Result<ImportSummary>> {
  const limits: ImportLimits = { ...IMPORT_LIMITS, ...options.limits };
  const size = file.bytes.byteLength;
  if (size === 0 || (size < 1024 && new TextDecoder().decode(file.bytes).trim() === '')) return fail('empty-file', 'impEmpty');
  if (size > limits.maxBytes) {
    return fail('too-large', 'impTooLarge', { size: Math.round(size / 1048576), limit: Math.round(limits.maxBytes / 1048576) });
  }
  const reader = options.format ? formatById(options.format) : detectFormat(file);
  if (!reader) return fail('unknown-format', 'impUnknownFormat', { formats: FORMATS.map((f) => f.label.en).join(', ') });
  const read = await reader.read(file, { limits, encoding: options.encoding, onProgress: options.onProgress });
  const notes: Note[] = [...read.notes];
  if (read.encoding && read.encoding.undecodable > 0) {
    notes.push(note('undecodable', 'impUndecodable', { n: read.encoding.undecodable, encoding: ENCODING_LABELS[read.encoding.encoding] }));
  }

  // Polygons only.
  const extraction = extractPolygons(read.features);
  if (extraction.polygons.length === 0) {
    return fail('no-polygons', 'impNoPolygons', { lines: extraction.openLines, points: extraction.points });
  }
  if (extraction.closedLines > 0) notes.push(note('closed-lines', 'impClosedLines', { n: extraction.closedLines }));
  if (extraction.openLines + extraction.points > 0) {
    notes.push(note('skipped-non-polygons', 'impSkippedNonPolygons', { lines: extraction.openLines, points: extraction.points }));
  }

  const total = extraction.polygons.reduce((n, p) => n + vertexCount(p.geometry), 0);
  if (total > limits.maxVertices) return fail('too-many-vertices', 'impTooManyVertices', { count: total, limit: limits.maxVertices });
  if (extraction.polygons.length > limits.maxFeatures) {
    return fail('too-many-features', 'impTooManyFeaturesCounted', { count: extraction.polygons.length, limit: limits.maxFeatures });
  }

  // Coordinate system: the user's choice, else what the file declares, else the numbers.
  const raw = allPositions(extraction.polygons.map((p) => p.geometry));
  const guess = detectCrs(raw);
  const crs = options.crs ?? read.crs ?? guess.crs;
  const detectedSwapFits = !options.crs && !read.crs;
  const swapAxes = options.swapAxes ?? (detectedSwapFits ? guess.swapAxes : false);
  const crsReason: Bilingual = options.crs
    ? { zh: '用户选择', en: 'chosen by the user' }
    : read.crs
      ? { zh: '文件自带坐标系', en: 'declared by the file' }
      : guess.reason;
  const transform = makeTransform(crs, swapAxes);

  // Convert; drop features that land wholly outside Zhengzhou.
  const offGlobe = { rings: 0 };
  const transformed = extraction.polygons.map((p) => ({ ...p, geometry: transformGeometry(p.geometry, transform) }));
  const converted = transformed.flatMap((p) => {
    const geometry = keepUsableRings(p.geometry, isNumber, offGlobe);
    return geometry ? [{ ...p, geometry }] : [];
  });
  // A file wholly off Zhengzhou gets the region message, which names the likely mistake;
  // in a file that is here, a ring leaving the globe is a bad ring.
  const here = converted.filter((p) => allPositions([p.geometry]).some(inRegion));
  if (here.length === 0) {
    const alternatives = alternativesInRegion(raw, { crs, swapAxes });
    const label = crsLabel(crs);
    if (converted.length === 0 && alternatives.length === 0) return fail('off-globe', 'impOffGlobe', { n: offGlobe.rings, crsZh: label.zh, crsEn: label.en });
    const first = allPositions([transformed[0].geometry])[0];
    const where = first && Number.isFinite(first[0]) ? `${first[0].toFixed(2)}, ${first[1].toFixed(2)}` : '?';
    const r = fail('outside-region', 'impOutsideRegion', { where, crsZh: label.zh, crsEn: label.en, swapZh: swapAxes ? '，X/Y 交换' : '', swapEn: swapAxes ? ', X/Y swapped' : '' });
    const hint = alternatives.length
      ? { zh: `可能应为：${alternatives.map((a) => a.label.zh).join('；或 ')}`, en: `It may be: ${alternatives.map((a) => a.label.en).join('; or ')}` }
      : note('', 'impOutsideRegionHint').message;
    r.error.message = { zh: `${r.error.message.zh}${hint.zh}`, en: `${r.error.message.en} ${hint.en}` };
    return r;
  }
  const inside = here.flatMap((p) => {
    const geometry = keepUsableRings(p.geometry, onGlobe, offGlobe);
    return geometry ? [{ ...p, geometry }] : [];
  });
  const badRings = extraction.badRings + offGlobe.rings;
  if (badRings > 0) notes.push(note('bad-rings', 'impBadRings', { n: badRings }));
  if (here.length < converted.length) notes.push(note('outside-dropped', 'impOutsideDropped', { n: converted.length - here.length }));

  // Attributes, names, ring roles and self-intersection repair.
  const stem = sanitizeText(file.name.replace(/\.[^.]*$/, ''), 40) || 'site';
  const sourceFile = sanitizeText(file.name, 120);
  const sites: ImportedSite[] = [];
  const tally = { spikeVertices: 0, bridges: 0, zeroArea: 0, holesOutside: 0, holesSwapped: 0, islands: 0, zeroAreaParts: 0, rewound: 0 };
  const firstNamed: Partial<Record<keyof typeof tally, string>> = {};
  const count = (key: keyof typeof tally, n: number, name: string) => {
    tally[key] += n;
    if (n > 0) firstNamed[key] ??= name;
  };
  for (const [i, p] of inside.entries()) {
    if (i % 200 === 0) options.onProgress?.({ stage: 'check', done: i, total: inside.length });
    const attrs = sanitizeProperties(p.properties);
    const name = siteName(attrs, `${stem} ${i + 1}`);
    const rings = checkRings(p.geometry);
    count('holesOutside', rings.holesOutside, name);
    count('holesSwapped', rings.holesSwapped, name);
    count('islands', rings.islands, name);
    count('zeroAreaParts', rings.zeroAreaParts + rings.zeroAreaHoles, name);
    count('rewound', rings.rewound, name);
    if (!rings.geometry) {
      count('zeroArea', 1, name);
      continue;
    }
    let geometry = rings.geometry;
    try {
      const repair = repairSelfIntersections(geometry);
      count('spikeVertices', repair.spikeVertices, name);
      count('bridges', repair.bridges, name);
      if (!repair.geometry) {
        count('zeroArea', 1, name);
        continue;
      }
      geometry = repair.geometry;
      if (repair.crossings.length > 0) {
        const [x, y] = repair.crossings[0];
        const n = repair.crossings.length >= 50 ? '50+' : String(repair.crossings.length);
        notes.push(note('self-intersection-repaired', 'impSelfIntersectionRepaired', { name, n, at: `${x.toFixed(5)}, ${y.toFixed(5)}` }));
      }
    } catch {
      return fail('self-intersection', 'impSelfIntersection', { name });
    }
    sites.push({ type: 'Feature', geometry, properties: { id: `${stem}#${i + 1}`, name, sourceFile, attrs } });
  }

  const tallied = (code: string, key: keyof typeof tally, message: Parameters<typeof note>[1]) => {
    if (tally[key] > 0) notes.push(note(code, message, { n: tally[key], name: firstNamed[key] ?? '' }));
  };
  tallied('holes-outside', 'holesOutside', 'impHolesOutside');
  tallied('holes-swapped', 'holesSwapped', 'impHolesSwapped');
  tallied('islands', 'islands', 'impIslands');
  tallied('zero-area-parts', 'zeroAreaParts', 'impZeroAreaParts');
  if (reader.id === 'geojson') tallied('rewound', 'rewound', 'impRewound');
  tallied('spikes-removed', 'spikeVertices', 'impSpikesRemoved');
  tallied('bridges-cut', 'bridges', 'impBridgesCut');
  tallied('zero-area', 'zeroArea', 'impZeroArea');
  if (sites.length === 0) return fail('no-polygons', 'impNoArea');
  return ok({ format: reader.id, sites, crs, swapAxes, crsReason, vertexCount: total, encoding: read.encoding, notes });
}

/** Never throws: reader failures, bad geometry and library errors all come back as `{ ok: false }`. */
export async function importFile(file: SourceFile, options: ImportOptions = {}): Promise<Result<ImportSummary>> {
  try {
    return await run(file, options);
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, error: { code: e.code, message: e.bilingual } };
    // A library's own words are no use to a planner: say what could not be done.
    if (e instanceof RangeError) return fail('too-deep', 'impTooComplex');
    return fail('parse-failed', 'impParseFailed');
  }
}
