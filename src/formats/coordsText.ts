/**
 * Plain-text boundary points, as surveyors and planners hand them over:
 *
 *   # comment                         ← ignored
 *   X,Y                               ← a header or any line without two numbers: ends the current ring
 *   3847276.95, 38468905.72           ← separators: comma, Chinese comma, semicolon, tab, spaces
 *   J2  3847301.10  38469012.40       ← a leading point label is ignored
 *   1,3847350.2,38469100.7            ← with 3 numbers, a leading small integer is a point number …
 *   113.6604,34.7533,105.2            ← … otherwise the third number is an elevation
 *   J1,1,3847276.95,38468905.72       ← 点号,圈号,X,Y (国土 勘测定界 format): the 圈号 splits rings
 *   5,0.52,1,地块甲,面,,,,@            ← a parcel header of that format: a new feature, named by field 4
 *   [地块坐标] / 坐标系=…              ← section headers and metadata (kept as notes)
 *
 *   113.60,34.70 113.62,34.70 …      ← several points on one line (一张图 strings, web pages):
 *   x,y;x,y;… · x y, x y, … · x y x y … · POLYGON((x y, …))   one line is one ring
 *
 * Full-width digits, commas and semicolons (１１３．６，３４．７) read as their ASCII forms.
 * Blank lines also end a ring. Rings are grouped by containment: a ring inside an
 * earlier one is its hole; other rings are separate polygons. Each polygon is a
 * feature, except within one '@' parcel, whose pieces form one MultiPolygon.
 * Coordinates stay as written; importFile() works out the system and axis order.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { decodeBytes } from './decode';
import type { ImportLimits } from './limits';
import type { FormatReader } from './reader';
import { ImportFailure, note, type Note } from './result';
import { closeRing, pointInRing } from '../lib/rings';

const SEPARATORS = /[\s,，;；、]+/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

interface Parcel {
  name?: string;
  rings: Position[][];
}

const isSmallInteger = (v: number) => Number.isInteger(v) && Math.abs(v) < 100_000;

/** The coordinate pair and optional ring number of one data line, or null. */
export function readPointLine(line: string): { point: Position; ring?: number } | null {
  const tokens = line.split(SEPARATORS).filter(Boolean);
  const start = tokens.length > 0 && !NUMBER.test(tokens[0]) ? 1 : 0; // point label such as J1
  const rest = tokens.slice(start);
  if (rest.length < 2 || !rest.every((t) => NUMBER.test(t))) return null;
  const n = rest.map(Number);
  if (n.length === 3 && start === 1 && isSmallInteger(n[0])) return { point: [n[1], n[2]], ring: n[0] }; // J1,圈号,X,Y
  if (n.length === 3 && isSmallInteger(n[0])) return { point: [n[1], n[2]] }; // 点号,X,Y
  if (n.length === 4 && isSmallInteger(n[0]) && isSmallInteger(n[1])) return { point: [n[2], n[3]], ring: n[1] }; // 点号,圈号,X,Y
  return { point: [n[0], n[1]] };
}

const isNumber = (t: string) => NUMBER.test(t);
const numbersIn = (group: string) => group.split(/[\s,]+/).filter(Boolean);

/** One point as `x,y`, `x y` or `x,y,z` (elevation dropped); null otherwise. */
function pairOf(group: string): Position | null {
  const t = numbersIn(group);
  return (t.length === 2 || t.length === 3) && t.every(isNumber) ? [Number(t[0]), Number(t[1])] : null;
}

/**
 * All points of a line holding several (one line = one ring), or null. Tried in
 * turn: groups split by ; or |, by whitespace (x,y x,y), by commas (x y, x y), and
 * last a plain run of numbers taken in pairs (x y x y …).
 */
export function readPointsLine(line: string): Position[] | null {
  for (const separator of [/[;|]/, /\s+/, /,/]) {
    const groups = line.split(separator).map((g) => g.trim()).filter(Boolean);
    if (groups.length < 3) continue;
    const points = groups.map(pairOf);
    if (points.every((p) => p !== null)) return points as Position[];
  }
  const tokens = line.split(SEPARATORS).filter(Boolean);
  if (tokens.length >= 6 && tokens.length % 2 === 0 && tokens.every(isNumber)) {
    return Array.from({ length: tokens.length / 2 }, (_, i) => [Number(tokens[2 * i]), Number(tokens[2 * i + 1])]);
  }
  return null;
}

/** Full-width forms to ASCII, and WKT polygons to one ring per line. */
export function normaliseText(text: string): string {
  const ascii = text.normalize('NFKC').replace(/[，、]/g, ',').replace(/[；]/g, ';').replace(/[。]/g, '.');
  if (!/^\s*(MULTI)?POLYGON\s*(Z\s*)?\(/i.test(ascii)) return ascii;
  return ascii.replace(/\)\s*,\s*\(/g, '\n').replace(/(MULTI)?POLYGON\s*(Z\s*)?|[()]/gi, '\n');
}

/** Rings → polygons: a ring lying inside an earlier outer ring becomes its hole. */
export function groupRings(rings: readonly Position[][]): Position[][][] {
  const polygons: Position[][][] = [];
  for (const ring of rings) {
    const host = polygons.find((poly) => pointInRing(ring[0], poly[0]) && pointInRing(ring[1], poly[0]));
    if (host) host.push(ring);
    else polygons.push([ring]);
  }
  return polygons;
}

export function parseCoordsText(
  text: string,
  limits: Pick<ImportLimits, 'maxVertices' | 'maxFeatures'> = { maxVertices: Infinity, maxFeatures: Infinity },
): { features: Feature<Polygon | MultiPolygon>[]; notes: Note[] } {
  const notes: Note[] = [];
  let points = 0;
  let oneLineRings = 0;
  const counted = (n: number) => {
    points += n;
    if (points > limits.maxVertices) {
      throw new ImportFailure('too-many-vertices', { key: 'impTooManyVerticesWhileReading', params: { limit: limits.maxVertices } });
    }
  };
  const parcels: Parcel[] = [];
  let parcel: Parcel = { rings: [] };
  let current: Position[] = [];
  let currentRingNo: number | undefined;
  let skippedRings = 0;
  const metadata: string[] = [];

  const endRing = () => {
    if (current.length > 0) {
      const ring = closeRing(current);
      if (ring) parcel.rings.push(ring);
      else skippedRings++;
    }
    current = [];
    currentRingNo = undefined;
  };
  const endParcel = () => {
    endRing();
    if (parcel.rings.length > 0) parcels.push(parcel);
    parcel = { rings: [] };
  };

  for (const raw of normaliseText(text).split(/\r\n|\n|\r/)) {
    const line = raw.trim();
    if (line.startsWith('#') || line.startsWith('//')) continue;
    if (line === '' || /^\[.*\]$/.test(line)) {
      endRing();
      continue;
    }
    if (line.endsWith('@')) {
      endParcel();
      const name = line.split(/[,，]/)[3]?.trim();
      if (name && !NUMBER.test(name)) parcel.name = name;
      continue;
    }
    if (/^[^,，\d\s][^=,，]*=/.test(line)) {
      if (metadata.length < 12) metadata.push(line.slice(0, 80));
      continue;
    }
    const several = readPointLine(line) === null || numbersIn(line).length > 4 ? readPointsLine(line) : null;
    if (several) {
      endRing();
      counted(several.length);
      current = several;
      oneLineRings++;
      endRing();
      continue;
    }
    const read = readPointLine(line);
    if (!read) {
      endRing(); // header or ring marker
      continue;
    }
    if (read.ring !== undefined && currentRingNo !== undefined && read.ring !== currentRingNo) endRing();
    currentRingNo = read.ring;
    counted(1);
    current.push(read.point);
  }
  endParcel();

  if (metadata.length > 0) notes.push(note('text-metadata', 'impTextMetadata', { text: metadata.join('; ') }));
  if (skippedRings > 0) notes.push(note('text-short-ring', 'impTextShortRing', { n: skippedRings }));
  if (oneLineRings > 0) notes.push(note('text-one-line', 'impTextOneLine', { n: oneLineRings }));

  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const p of parcels) {
    const polygons = groupRings(p.rings);
    const properties = p.name ? { name: p.name } : {};
    if (p.name !== undefined && polygons.length > 1) {
      features.push({ type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates: polygons } });
    } else {
      for (const coordinates of polygons) features.push({ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates } });
    }
  }
  if (features.length > limits.maxFeatures) {
    throw new ImportFailure('too-many-features', { key: 'impTooManyFeaturesCounted', params: { count: features.length, limit: limits.maxFeatures } });
  }
  return { features, notes };
}

/** Points in a text sample, for sniffing: one per line or several on a line. */
function pointsIn(text: string): number {
  return normaliseText(text)
    .split(/\r\n|\n|\r/)
    .reduce((n, l) => n + (readPointsLine(l.trim())?.length ?? (readPointLine(l.trim()) ? 1 : 0)), 0);
}

export const coordsTextFormat: FormatReader = {
  id: 'coords-text',
  label: { zh: '坐标文本（界址点）', en: 'Coordinate text (boundary points)' },
  extensions: ['.txt', '.csv', '.dat', '.xyz'],
  mimeTypes: ['text/plain', 'text/csv'],
  sniff: ({ text }) => {
    const first = text.trimStart().split(/\r\n|\n|\r/)[0].trim();
    // JSON and XML are not coordinate text; a "[section]" header line is.
    if (/^[{<]/.test(first) || (first.startsWith('[') && !/^\[[^\]]*\]$/.test(first))) return false;
    return pointsIn(text) >= 3;
  },
  async read(file, context) {
    const decoded = decodeBytes(file.bytes, context.encoding);
    context.onProgress?.({ stage: 'parse', done: 0, total: 0 });
    const { features, notes } = parseCoordsText(decoded.text, context.limits);
    if (features.length === 0) throw new ImportFailure('no-polygons', { key: 'impTextNoBoundary' });
    return { features, notes, encoding: { encoding: decoded.encoding, reason: decoded.reason, undecodable: decoded.undecodable } };
  },
};
