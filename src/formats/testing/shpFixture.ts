/**
 * Test fixture: writes a polygon shapefile (.shp + .dbf) in memory, per the ESRI
 * Shapefile Technical Description (1998). One text attribute per record, given
 * as raw bytes so tests can use GBK.
 */
import type { Position } from 'geojson';

const POLYGON = 5;

function bboxOf(points: readonly Position[]): [number, number, number, number] {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Each record is a list of rings (closed; outer rings clockwise, holes counter-clockwise). */
export function buildShp(records: readonly Position[][][]): Uint8Array {
  const contents = records.map((rings) => {
    const points = rings.flat();
    const view = new DataView(new ArrayBuffer(44 + 4 * rings.length + 16 * points.length));
    view.setInt32(0, POLYGON, true);
    bboxOf(points).forEach((v, i) => view.setFloat64(4 + 8 * i, v, true));
    view.setInt32(36, rings.length, true);
    view.setInt32(40, points.length, true);
    let start = 0;
    rings.forEach((ring, i) => {
      view.setInt32(44 + 4 * i, start, true);
      start += ring.length;
    });
    points.forEach((p, i) => {
      view.setFloat64(44 + 4 * rings.length + 16 * i, p[0], true);
      view.setFloat64(44 + 4 * rings.length + 16 * i + 8, p[1], true);
    });
    return new Uint8Array(view.buffer);
  });
  const length = 100 + contents.reduce((n, c) => n + 8 + c.length, 0);
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer);
  view.setInt32(0, 9994, false);
  view.setInt32(24, length / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, POLYGON, true);
  bboxOf(records.flat(2)).forEach((v, i) => view.setFloat64(36 + 8 * i, v, true));
  let p = 100;
  contents.forEach((c, i) => {
    view.setInt32(p, i + 1, false);
    view.setInt32(p + 4, c.length / 2, false);
    out.set(c, p + 8);
    p += 8 + c.length;
  });
  return out;
}

/** A .dbf with one character field `field` (width 20). */
export function buildDbf(field: string, values: readonly Uint8Array[]): Uint8Array {
  const width = 20;
  const headerLength = 32 + 32 + 1;
  const recordLength = 1 + width;
  const out = new Uint8Array(headerLength + recordLength * values.length + 1);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  out.set([125, 1, 1], 1);
  view.setUint32(4, values.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  out.set(new TextEncoder().encode(field.slice(0, 10)), 32);
  out[32 + 11] = 'C'.charCodeAt(0);
  out[32 + 16] = width;
  out[64] = 0x0d;
  values.forEach((v, i) => {
    const at = headerLength + i * recordLength;
    out.fill(0x20, at, at + recordLength);
    out.set(v.subarray(0, width), at + 1);
  });
  out[out.length - 1] = 0x1a;
  return out;
}
