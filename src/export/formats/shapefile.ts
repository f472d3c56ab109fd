/**
 * Zipped Shapefile: per layer and kind of geometry one set of .shp, .shx, .dbf, .prj
 * (ESRI WKT of the chosen system) and .cpg (the attributes' code page), written per
 * the ESRI Shapefile Technical Description (1998) and dBase III.
 *
 * Written here rather than with @mapbox/shp-write: that library's DBF writer puts
 * each character's code unit in one byte (Chinese text comes out garbled), has no
 * code page or .cpg, does not turn polygon rings clockwise as the format requires,
 * and cuts field names to 10 characters without keeping them apart. GDAL reads what
 * this writes back in the test suite (src/export/gdal.test.ts).
 *
 * The DBF: field names are cut to 10 bytes in the chosen encoding and kept unique
 * (name, name_1…); numbers are N fields (width 20, up to 8 decimals), true/false L,
 * everything else C of the longest value's byte length (at most 254 bytes: longer
 * text is cut at a character boundary and counted).
 */
import type { Geometry, Position } from 'geojson';
import { zipSync } from 'fflate';
import { exportCrs, projectGeometry } from '../exportCrs';
import type { ExportFeature, ExportLayer, FlatValue } from '../exportLayers';
import { encoderFor, type Encoder } from '../textEncoding';
import type { ExportFile, ExportOptions } from './writer';

type ShapeFamily = 'point' | 'multipoint' | 'line' | 'polygon';

const SHAPE_TYPE: Record<ShapeFamily, number> = { point: 1, multipoint: 8, line: 3, polygon: 5 };

function familyOf(g: Geometry): ShapeFamily | null {
  switch (g.type) {
    case 'Point':
      return 'point';
    case 'MultiPoint':
      return 'multipoint';
    case 'LineString':
    case 'MultiLineString':
      return 'line';
    case 'Polygon':
    case 'MultiPolygon':
      return 'polygon';
    default:
      return null;
  }
}

/** Twice the signed area (shoelace): positive for counter-clockwise rings. */
function signedArea2(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s;
}

/** The parts of a geometry as the format stores them: outer rings clockwise, holes counter-clockwise. */
function partsOf(g: Geometry): Position[][] {
  const orient = (ring: Position[], clockwise: boolean) => (signedArea2(ring) < 0 === clockwise ? ring : [...ring].reverse());
  const polygon = (rings: Position[][]) => rings.map((r, i) => orient(r, i === 0));
  switch (g.type) {
    case 'Point':
      return [[g.coordinates]];
    case 'MultiPoint':
      return [g.coordinates];
    case 'LineString':
      return [g.coordinates];
    case 'MultiLineString':
      return g.coordinates;
    case 'Polygon':
      return polygon(g.coordinates);
    case 'MultiPolygon':
      return g.coordinates.flatMap(polygon);
    default:
      return [];
  }
}

type Box = [number, number, number, number];
const boxOf = (points: readonly Position[]): Box =>
  points.reduce<Box>((b, p) => [Math.min(b[0], p[0]), Math.min(b[1], p[1]), Math.max(b[2], p[0]), Math.max(b[3], p[1])], [Infinity, Infinity, -Infinity, -Infinity]);

/** One record's content (without its 8-byte record header). */
function recordContent(family: ShapeFamily, parts: Position[][]): Uint8Array {
  const points = parts.flat();
  if (family === 'point') {
    const v = new DataView(new ArrayBuffer(20));
    v.setInt32(0, 1, true);
    v.setFloat64(4, points[0][0], true);
    v.setFloat64(12, points[0][1], true);
    return new Uint8Array(v.buffer);
  }
  const box = boxOf(points);
  if (family === 'multipoint') {
    const v = new DataView(new ArrayBuffer(40 + 16 * points.length));
    v.setInt32(0, 8, true);
    box.forEach((x, i) => v.setFloat64(4 + 8 * i, x, true));
    v.setInt32(36, points.length, true);
    points.forEach((p, i) => {
      v.setFloat64(40 + 16 * i, p[0], true);
      v.setFloat64(48 + 16 * i, p[1], true);
    });
    return new Uint8Array(v.buffer);
  }
  const v = new DataView(new ArrayBuffer(44 + 4 * parts.length + 16 * points.length));
  v.setInt32(0, SHAPE_TYPE[family], true);
  box.forEach((x, i) => v.setFloat64(4 + 8 * i, x, true));
  v.setInt32(36, parts.length, true);
  v.setInt32(40, points.length, true);
  let start = 0;
  parts.forEach((part, i) => {
    v.setInt32(44 + 4 * i, start, true);
    start += part.length;
  });
  const base = 44 + 4 * parts.length;
  points.forEach((p, i) => {
    v.setFloat64(base + 16 * i, p[0], true);
    v.setFloat64(base + 16 * i + 8, p[1], true);
  });
  return new Uint8Array(v.buffer);
}

function fileHeader(view: DataView, lengthBytes: number, type: number, box: Box): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, lengthBytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, type, true);
  box.forEach((x, i) => view.setFloat64(36 + 8 * i, x, true));
}

/** .shp and .shx of geometries of one family. */
export function writeShp(family: ShapeFamily, geometries: readonly Geometry[]): { shp: Uint8Array; shx: Uint8Array } {
  const contents = geometries.map((g) => recordContent(family, partsOf(g)));
  const shpLength = 100 + contents.reduce((n, c) => n + 8 + c.length, 0);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * contents.length);
  const shpView = new DataView(shp.buffer);
  const shxView = new DataView(shx.buffer);
  const all = geometries.flatMap((g) => partsOf(g).flat());
  const box = all.length ? boxOf(all) : ([0, 0, 0, 0] as Box);
  fileHeader(shpView, shpLength, SHAPE_TYPE[family], box);
  fileHeader(shxView, shx.length, SHAPE_TYPE[family], box);
  let offset = 100;
  contents.forEach((c, i) => {
    shpView.setInt32(offset, i + 1, false);
    shpView.setInt32(offset + 4, c.length / 2, false);
    shp.set(c, offset + 8);
    shxView.setInt32(100 + 8 * i, offset / 2, false);
    shxView.setInt32(104 + 8 * i, c.length / 2, false);
    offset += 8 + c.length;
  });
  return { shp, shx };
}

// ---------- DBF ----------

interface DbfField {
  key: string;
  name: Uint8Array;
  type: 'C' | 'N' | 'L';
  size: number;
  decimals: number;
}

const MAX_TEXT = 254;

/** The first bytes of an encoded text that end on a character boundary. */
function cutText(text: string, encoder: Encoder, maxBytes: number): Uint8Array {
  let bytes = encoder.encode(text);
  if (bytes.length <= maxBytes) return bytes;
  const chars = [...text];
  let n = chars.length;
  while (n > 0 && (bytes = encoder.encode(chars.slice(0, n).join(''))).length > maxBytes) n--;
  return bytes;
}

const decimalsOf = (v: number) => {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot < 0 || /e/i.test(s) ? 0 : Math.min(8, s.length - dot - 1);
};

/** Field names for the keys: at most 10 bytes each in the file's encoding, none twice (case-insensitive, as GIS reads them). */
export function dbfFieldNames(keys: readonly string[], encoder: Encoder): Uint8Array[] {
  const used = new Set<string>();
  const decoder = new TextDecoder(encoder.id === 'gbk' ? 'gbk' : 'utf-8');
  return keys.map((key) => {
    const clean = key.replace(/[\s\0]+/g, '_') || 'field';
    for (let i = 0; ; i++) {
      const suffix = i === 0 ? '' : `_${i}`;
      const name = cutText(clean, encoder, 10 - suffix.length);
      const full = new Uint8Array([...name, ...new TextEncoder().encode(suffix)]);
      const seen = decoder.decode(full).toLowerCase();
      if (!used.has(seen)) {
        used.add(seen);
        return full;
      }
    }
  });
}

export function writeDbf(rows: readonly Record<string, FlatValue>[], keys: readonly string[], encoder: Encoder): { dbf: Uint8Array; cut: number } {
  const names = dbfFieldNames(keys, encoder);
  let cut = 0;
  const cells: (Uint8Array | null)[][] = rows.map((row) =>
    keys.map((k) => {
      const v = row[k];
      if (v === null || v === undefined) return null;
      if (typeof v === 'string') {
        const full = encoder.encode(v);
        if (full.length <= MAX_TEXT) return full;
        cut++;
        return cutText(v, encoder, MAX_TEXT);
      }
      return null; // numbers and booleans are formatted per field below
    }),
  );
  const fields: DbfField[] = keys.map((key, j) => {
    const values = rows.map((r) => r[key]).filter((v) => v !== null && v !== undefined);
    if (values.length && values.every((v) => typeof v === 'number')) {
      return { key, name: names[j], type: 'N', size: 20, decimals: Math.max(0, ...values.map((v) => decimalsOf(v as number))) };
    }
    if (values.length && values.every((v) => typeof v === 'boolean')) return { key, name: names[j], type: 'L', size: 1, decimals: 0 };
    const longest = Math.max(1, ...cells.map((c) => c[j]?.length ?? 0), ...values.map((v) => (typeof v === 'string' ? 0 : String(v).length)));
    return { key, name: names[j], type: 'C', size: Math.min(MAX_TEXT, longest), decimals: 0 };
  });
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((n, f) => n + f.size, 0);
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const view = new DataView(out.buffer);
  const now = new Date();
  view.setUint8(0, 0x03);
  view.setUint8(1, now.getUTCFullYear() - 1900);
  view.setUint8(2, now.getUTCMonth() + 1);
  view.setUint8(3, now.getUTCDate());
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  // Language driver: 0x4D is code page 936 (GBK); UTF-8 has none and is named by the .cpg.
  view.setUint8(29, encoder.id === 'gbk' ? 0x4d : 0x00);
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    out.set(f.name, at);
    view.setUint8(at + 11, f.type.charCodeAt(0));
    view.setUint8(at + 16, f.size);
    view.setUint8(at + 17, f.decimals);
  });
  out[headerLength - 1] = 0x0d;
  const ascii = new TextEncoder();
  rows.forEach((row, r) => {
    let at = headerLength + r * recordLength;
    out[at++] = 0x20;
    fields.forEach((f, j) => {
      const v = row[f.key];
      let bytes: Uint8Array;
      if (f.type === 'N') bytes = ascii.encode(typeof v === 'number' ? v.toFixed(f.decimals).padStart(f.size, ' ').slice(-f.size) : ' '.repeat(f.size));
      else if (f.type === 'L') bytes = ascii.encode(v === true ? 'T' : v === false ? 'F' : '?');
      else {
        const text = cells[r][j] ?? (v === null || v === undefined ? new Uint8Array() : ascii.encode(String(v)));
        bytes = new Uint8Array(f.size).fill(0x20);
        bytes.set(text.subarray(0, f.size));
      }
      out.set(bytes, at);
      at += f.size;
    });
  });
  out[out.length - 1] = 0x1a;
  return { dbf: out, cut };
}

/** Every attribute key of the features, in first-seen order. */
export const keysOf = (features: readonly ExportFeature[]): string[] => [...new Set(features.flatMap((f) => Object.keys(f.properties)))];

const FAMILY_SUFFIX: Record<ShapeFamily, string> = { point: 'points', multipoint: 'multipoints', line: 'lines', polygon: 'polygons' };

export async function writeShapefileZip(layers: readonly ExportLayer[], options: ExportOptions): Promise<ExportFile> {
  const crs = exportCrs(options.crs);
  const encoder = await encoderFor(options.encoding);
  const files: Record<string, Uint8Array> = {};
  const ascii = new TextEncoder();
  let cut = 0;
  for (const layer of layers) {
    const byFamily = new Map<ShapeFamily, ExportFeature[]>();
    for (const f of layer.features) {
      const family = f.geometry && familyOf(f.geometry);
      if (family) byFamily.set(family, [...(byFamily.get(family) ?? []), f]);
    }
    for (const [family, features] of byFamily) {
      const stem = byFamily.size > 1 ? `${layer.id}_${FAMILY_SUFFIX[family]}` : layer.id;
      const { shp, shx } = writeShp(
        family,
        features.map((f) => projectGeometry(f.geometry, crs.project)),
      );
      const dbf = writeDbf(
        features.map((f) => f.properties),
        keysOf(features),
        encoder,
      );
      cut += dbf.cut;
      files[`${stem}.shp`] = shp;
      files[`${stem}.shx`] = shx;
      files[`${stem}.dbf`] = dbf.dbf;
      files[`${stem}.prj`] = ascii.encode(crs.prj);
      files[`${stem}.cpg`] = ascii.encode(encoder.id === 'gbk' ? 'GBK' : 'UTF-8');
    }
  }
  return {
    name: `${options.stem}.shp.zip`,
    mime: 'application/zip',
    bytes: zipSync(files, { level: 6 }),
    notes: { replaced: encoder.replaced(), cut },
  };
}

