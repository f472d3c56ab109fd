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
import { extractPolygons, vertexCount } from './extract';
import type { FormatId, ReadContext, SourceFile } from './reader';
import { detectFormat, formatById, FORMATS } from './registry';
import { repairSelfIntersections } from './repair';
import type { Bilingual } from '../lib/bilingual';
import { fail, ImportFailure, note, ok, type Note, type Result } from './result';
import { sanitizeProperties, sanitizeText, type SafeProperties } from './sanitize';

export const IMPORT_LIMITS = {
  maxVertices: 200_000,
  maxBytes: 50 * 1024 * 1024,
} as const;

export interface ImportOptions extends ReadContext {
  /** Skip format detection. */
  format?: FormatId;
  /** The coordinate system as the user chose it; otherwise the file's own or detected. */
  crs?: Crs;
  /** X/Y swapped (northing first); otherwise detected. */
  swapAxes?: boolean;
  maxVertices?: number;
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
  notes: Note[];
}

const grouped = (n: number) => new Intl.NumberFormat('en-US').format(n);
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

async function run(file: SourceFile, options: ImportOptions): Promise<Result<ImportSummary>> {
  const size = file.bytes.byteLength;
  if (size === 0 || (size < 1024 && new TextDecoder().decode(file.bytes).trim() === '')) {
    return fail('empty-file', '文件是空的', 'The file is empty');
  }
  if (size > IMPORT_LIMITS.maxBytes) {
    return fail('too-large', `文件 ${grouped(Math.round(size / 1048576))} MB，超过 50 MB 上限`, `The file is ${grouped(Math.round(size / 1048576))} MB, over the 50 MB limit`);
  }
  const reader = options.format ? formatById(options.format) : detectFormat(file);
  if (!reader) {
    const list = FORMATS.map((f) => f.label.zh).join('、');
    return fail('unknown-format', `无法识别文件格式；支持：${list}`, `Unrecognised file format; supported: ${FORMATS.map((f) => f.label.en).join(', ')}`);
  }
  const read = await reader.read(file, options);
  const notes: Note[] = [...read.notes];

  // Polygons only.
  const extraction = extractPolygons(read.features);
  if (extraction.polygons.length === 0) {
    const seen = `${extraction.openLines} 条线、${extraction.points} 个点`;
    const seenEn = `${extraction.openLines} line(s) and ${extraction.points} point(s)`;
    return fail('no-polygons', `文件中没有面（找到 ${seen}）；请导入闭合的边界`, `No polygons in the file (found ${seenEn}); import closed boundaries`);
  }
  if (extraction.closedLines > 0) notes.push(note('closed-lines', `${extraction.closedLines} 条闭合线已作为边界面处理`, `${extraction.closedLines} closed line(s) taken as boundaries`));
  if (extraction.openLines + extraction.points > 0) {
    notes.push(note('skipped-non-polygons', `已跳过 ${extraction.openLines} 条非闭合线、${extraction.points} 个点`, `Skipped ${extraction.openLines} open line(s) and ${extraction.points} point(s)`));
  }
  if (extraction.badRings > 0) notes.push(note('bad-rings', `已跳过 ${extraction.badRings} 个无效环（少于 3 个点或坐标有误）`, `Skipped ${extraction.badRings} invalid ring(s) (under 3 points or bad numbers)`));

  const total = extraction.polygons.reduce((n, p) => n + vertexCount(p.geometry), 0);
  const maxVertices = options.maxVertices ?? IMPORT_LIMITS.maxVertices;
  if (total > maxVertices) {
    return fail(
      'too-many-vertices',
      `文件共有 ${grouped(total)} 个顶点，超过 ${grouped(maxVertices)} 的上限；请先简化边界`,
      `The file has ${grouped(total)} vertices, over the limit of ${grouped(maxVertices)}; simplify the boundaries first`,
    );
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
  const converted = extraction.polygons.map((p) => ({ ...p, geometry: transformGeometry(p.geometry, transform) }));
  const inside = converted.filter((p) => allPositions([p.geometry]).some(inRegion));
  if (inside.length === 0) {
    const first = allPositions([converted[0].geometry])[0];
    const where = first && Number.isFinite(first[0]) ? `${first[0].toFixed(2)}, ${first[1].toFixed(2)}` : '?';
    const alternatives = alternativesInRegion(raw, { crs, swapAxes });
    const label = crsLabel(crs);
    const hint = alternatives.length
      ? { zh: `可能应为：${alternatives.map((a) => a.label.zh).join('；或 ')}`, en: `It may be: ${alternatives.map((a) => a.label.en).join('; or ')}` }
      : { zh: '请检查坐标系、中央经线和 X/Y 顺序', en: 'Check the coordinate system, central meridian and X/Y order' };
    return fail(
      'outside-region',
      `按「${label.zh}${swapAxes ? '，X/Y 交换' : ''}」换算后，边界不在郑州范围内（约在 ${where}）。${hint.zh}`,
      `Read as "${label.en}${swapAxes ? ', X/Y swapped' : ''}", the boundaries fall outside Zhengzhou (near ${where}). ${hint.en}`,
    );
  }
  if (inside.length < converted.length) {
    const n = converted.length - inside.length;
    notes.push(note('outside-dropped', `${n} 个面不在郑州范围内，已跳过`, `${n} polygon(s) outside Zhengzhou skipped`));
  }

  // Attributes, names, and self-intersection repair.
  const stem = sanitizeText(file.name.replace(/\.[^.]*$/, ''), 40) || 'site';
  const sourceFile = sanitizeText(file.name, 120);
  const sites: ImportedSite[] = [];
  let spikeVertices = 0;
  let bridges = 0;
  let zeroArea = 0;
  for (const [i, p] of inside.entries()) {
    const attrs = sanitizeProperties(p.properties);
    const name = siteName(attrs, `${stem} ${i + 1}`);
    let geometry = p.geometry;
    try {
      const repair = repairSelfIntersections(geometry);
      spikeVertices += repair.spikeVertices;
      bridges += repair.bridges;
      if (!repair.geometry) {
        zeroArea++;
        continue;
      }
      geometry = repair.geometry;
      if (repair.crossings.length > 0) {
        const [x, y] = repair.crossings[0];
        const n = repair.crossings.length >= 50 ? '50+' : String(repair.crossings.length);
        notes.push(note('self-intersection-repaired', `「${name}」边界自相交 ${n} 处（首处约 ${x.toFixed(5)}, ${y.toFixed(5)}），已拆分为互不相交的面`, `"${name}": the boundary crosses itself at ${n} point(s) (first near ${x.toFixed(5)}, ${y.toFixed(5)}); split into simple polygons`));
      }
    } catch {
      return fail('self-intersection', `「${name}」边界自相交且无法自动修复，请检查边界点顺序`, `"${name}": the boundary crosses itself and could not be repaired; check the order of its points`);
    }
    sites.push({ type: 'Feature', geometry, properties: { id: `${stem}#${i + 1}`, name, sourceFile, attrs } });
  }

  if (spikeVertices > 0) {
    notes.push(note('spikes-removed', `已去掉 ${spikeVertices} 个折返尖刺顶点（不含面积）`, `Removed ${spikeVertices} vertices of zero-width spikes (no area)`));
  }
  if (bridges > 0) {
    notes.push(note('bridges-cut', `已拆开 ${bridges} 处“钥匙孔”连线（洞或飞地经一条来回走的线连在外框上）`, `Cut ${bridges} keyhole bridge(s) (a hole or part joined to the outline by a line walked both ways)`));
  }
  if (zeroArea > 0) notes.push(note('zero-area', `${zeroArea} 个面没有面积，已跳过`, `${zeroArea} polygon(s) without area skipped`));
  if (sites.length === 0) return fail('no-polygons', '文件中的面都没有面积', 'None of the polygons in the file has any area');
  return ok({ format: reader.id, sites, crs, swapAxes, crsReason, vertexCount: total, notes });
}

/** Never throws: reader failures, bad geometry and library errors all come back as `{ ok: false }`. */
export async function importFile(file: SourceFile, options: ImportOptions = {}): Promise<Result<ImportSummary>> {
  try {
    return await run(file, options);
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, error: { code: e.code, message: e.bilingual } };
    const detail = sanitizeText(e instanceof Error ? e.message : String(e), 160);
    return fail('parse-failed', `无法读取文件：${detail}`, `Could not read the file: ${detail}`);
  }
}
