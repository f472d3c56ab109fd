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
 * Blank lines also end a ring. Rings are grouped by containment: a ring inside an
 * earlier one is its hole; other rings are separate polygons. Each polygon is a
 * feature, except within one '@' parcel, whose pieces form one MultiPolygon.
 * Coordinates stay as written; importFile() works out the system and axis order.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { decodeText } from './decode';
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

export function parseCoordsText(text: string): { features: Feature<Polygon | MultiPolygon>[]; notes: Note[] } {
  const notes: Note[] = [];
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

  for (const raw of text.split(/\r\n|\n|\r/)) {
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
    const read = readPointLine(line);
    if (!read) {
      endRing(); // header or ring marker
      continue;
    }
    if (read.ring !== undefined && currentRingNo !== undefined && read.ring !== currentRingNo) endRing();
    currentRingNo = read.ring;
    current.push(read.point);
  }
  endParcel();

  if (metadata.length > 0) notes.push(note('text-metadata', `文件说明：${metadata.join('；')}`, `File metadata: ${metadata.join('; ')}`));
  if (skippedRings > 0) {
    notes.push(note('text-short-ring', `${skippedRings} 组点少于 3 个不同点，已跳过`, `${skippedRings} group(s) of fewer than 3 distinct points skipped`));
  }

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
  return { features, notes };
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
    return text.split(/\r\n|\n|\r/).filter((l) => readPointLine(l.trim()) !== null).length >= 3;
  },
  async read(file) {
    const { features, notes } = parseCoordsText(decodeText(file.bytes));
    if (features.length === 0) {
      throw new ImportFailure('no-polygons', {
        zh: '文本中没有找到至少 3 个点组成的边界（每行一个点：X,Y）',
        en: 'No boundary of at least 3 points found in the text (one point per line: x,y)',
      });
    }
    return { features, notes };
  },
};
