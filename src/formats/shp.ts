/**
 * The geometry of a .shp file (ESRI Shapefile Technical Description, 1998): polygons,
 * polylines and points, with or without Z/M. Nothing in the header is trusted:
 * records are walked by the file's real length, each record's counts are checked
 * against its own length before its points are read, and the feature and vertex
 * caps stop reading as soon as they are passed.
 *
 * Rings become polygons by where they lie (a ring inside an outline is its hole, a
 * ring inside a hole an island), not by their winding, which many tools get wrong.
 */
import type { Geometry, Position } from 'geojson';
import { pointInRing, signedArea2 } from '../lib/rings';
import { ImportFailure } from './result';

export interface ShpLimits {
  maxFeatures: number;
  maxVertices: number;
}

export interface ShpRead {
  /** One per record, in order (null for null shapes and kinds that hold no boundary). */
  geometries: (Geometry | null)[];
  /** The header's file length, when it disagrees with the real one. */
  declaredLength?: number;
  /** Records after a damaged one are not read. */
  damagedAfter?: number;
  /** Rings whose winding disagrees with the role their position gives them. */
  windingMismatches: number;
  /** Points read, all records together. */
  vertices: number;
}

const FILE_CODE = 9994;
const POINT_TYPES = new Set([1, 11, 21]);
const MULTIPOINT_TYPES = new Set([8, 18, 28]);
const LINE_TYPES = new Set([3, 13, 23]);
const POLYGON_TYPES = new Set([5, 15, 25]);

const damaged = (reason: 'header' | 'type', params: Record<string, string | number> = {}) =>
  new ImportFailure('shp-damaged', { key: reason === 'header' ? 'impShpHeader' : 'impShpType', params });

/** Rings → polygons by containment, largest first; counts rings wound against the ESRI rule (outlines clockwise). */
export function assembleRings(rings: Position[][]): { polygons: Position[][][]; windingMismatches: number } {
  const sorted = rings.map((ring) => ({ ring, area2: signedArea2(ring) })).sort((a, b) => Math.abs(b.area2) - Math.abs(a.area2));
  const polygons: { rings: Position[][] }[] = [];
  let windingMismatches = 0;
  const inside = (ring: Position[], host: Position[]) => pointInRing(ring[0], host) && pointInRing(ring[1], host);
  for (const { ring, area2 } of sorted) {
    const host = polygons.findLast((p) => inside(ring, p.rings[0]) && !p.rings.slice(1).some((hole) => inside(ring, hole)));
    const isHole = host !== undefined;
    if (isHole) host.rings.push(ring);
    else polygons.push({ rings: [ring] });
    // ESRI: outlines clockwise (negative signed area), holes counter-clockwise.
    if (area2 !== 0 && area2 < 0 === isHole) windingMismatches++;
  }
  return { polygons: polygons.map((p) => p.rings), windingMismatches };
}

export function readShp(bytes: Uint8Array, limits: ShpLimits, transform?: (p: Position) => Position): ShpRead {
  if (bytes.length < 100) throw damaged('header', { size: bytes.length });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getInt32(0, false) !== FILE_CODE) throw damaged('header', { size: bytes.length });
  const declared = view.getInt32(24, false) * 2;
  const end = Math.min(bytes.length, declared > 100 ? declared : bytes.length);
  const shapeType = view.getInt32(32, true);
  const known = [POINT_TYPES, MULTIPOINT_TYPES, LINE_TYPES, POLYGON_TYPES].some((s) => s.has(shapeType));
  if (shapeType !== 0 && !known) throw damaged('type', { type: shapeType });

  const out: ShpRead = { geometries: [], windingMismatches: 0, vertices: 0 };
  if (declared !== bytes.length) out.declaredLength = declared;
  const point = (at: number): Position => {
    const p = [view.getFloat64(at, true), view.getFloat64(at + 8, true)];
    return transform ? transform(p) : p;
  };
  const countVertices = (n: number) => {
    out.vertices += n;
    if (out.vertices > limits.maxVertices) {
      throw new ImportFailure('too-many-vertices', { key: 'impTooManyVerticesWhileReading', params: { limit: limits.maxVertices } });
    }
  };

  for (let p = 100; p + 8 <= end; ) {
    const length = view.getInt32(p + 4, false) * 2;
    const at = p + 8;
    if (length < 4 || at + length > end) {
      out.damagedAfter = out.geometries.length;
      break;
    }
    if (out.geometries.length >= limits.maxFeatures) {
      throw new ImportFailure('too-many-features', { key: 'impTooManyFeatures', params: { limit: limits.maxFeatures } });
    }
    const type = view.getInt32(at, true);
    const geometry = readRecord(type, at, length);
    if (geometry === undefined) {
      out.damagedAfter = out.geometries.length;
      break;
    }
    out.geometries.push(geometry);
    p = at + length;
  }
  return out;

  /** The record's geometry; null for null or unusable shapes; undefined when its counts do not fit its length. */
  function readRecord(type: number, at: number, length: number): Geometry | null | undefined {
    if (type === 0) return null;
    if (POINT_TYPES.has(type)) {
      if (length < 20) return undefined;
      countVertices(1);
      return { type: 'Point', coordinates: point(at + 4) };
    }
    if (MULTIPOINT_TYPES.has(type)) {
      if (length < 40) return undefined;
      const n = view.getInt32(at + 36, true);
      if (n < 0 || 40 + 16 * n > length) return undefined;
      countVertices(n);
      return { type: 'MultiPoint', coordinates: Array.from({ length: n }, (_, i) => point(at + 40 + 16 * i)) };
    }
    if (!LINE_TYPES.has(type) && !POLYGON_TYPES.has(type)) return null; // MultiPatch and the like: no boundary
    if (length < 44) return undefined;
    const parts = view.getInt32(at + 36, true);
    const n = view.getInt32(at + 40, true);
    if (parts < 1 || n < 0 || 44 + 4 * parts + 16 * n > length) return undefined;
    const starts = Array.from({ length: parts }, (_, i) => view.getInt32(at + 44 + 4 * i, true));
    if (starts[0] !== 0 || starts.some((s, i) => s > n || (i > 0 && s < starts[i - 1]))) return undefined;
    countVertices(n);
    const first = at + 44 + 4 * parts;
    const pieces = starts
      .map((s, i) => Array.from({ length: (starts[i + 1] ?? n) - s }, (_, k) => point(first + 16 * (s + k))))
      .filter((piece) => piece.length > 0);
    if (pieces.length === 0) return null;
    if (LINE_TYPES.has(type)) return pieces.length === 1 ? { type: 'LineString', coordinates: pieces[0] } : { type: 'MultiLineString', coordinates: pieces };
    const { polygons, windingMismatches } = assembleRings(pieces.filter((r) => r.length >= 4));
    out.windingMismatches += windingMismatches;
    if (polygons.length === 0) return null;
    return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
  }
}
