import { describe, expect, it } from 'vitest';
import { encoderFor } from '../textEncoding';
import { dbfFieldNames, writeDbf, writeShp } from './shapefile';

const text = (bytes: Uint8Array, encoding = 'utf-8') => new TextDecoder(encoding).decode(bytes);

describe('DBF', () => {
  it('keeps field names within 10 bytes and apart, in either encoding', async () => {
    for (const encoding of ['utf-8', 'gbk'] as const) {
      const enc = await encoderFor(encoding);
      const names = dbfFieldNames(['gap_proposed_pct', 'gap_proposed_km2', 'Name', 'name', '地块编号名称', '地块编号名称2'], enc);
      expect(names.every((n) => n.length <= 10)).toBe(true);
      const read = names.map((n) => text(n, encoding).toLowerCase());
      expect(new Set(read).size).toBe(read.length);
      expect(read[0]).toBe('gap_propos');
      expect(read[1]).toBe('gap_prop_1');
      // Whole characters only: 3 in UTF-8 (9 bytes), 5 in GBK (10 bytes).
      expect(read[4]).toBe(encoding === 'gbk' ? '地块编号名' : '地块编');
    }
  });

  it('cuts a text longer than 254 bytes at a character boundary, and counts it', async () => {
    const enc = await encoderFor('gbk');
    const long = '规'.repeat(200);
    const { dbf, cut } = writeDbf([{ t: long, n: 1.25, b: true }, { t: '短', n: null, b: false }], ['t', 'n', 'b'], enc);
    expect(cut).toBe(1);
    const headerLength = dbf[8] | (dbf[9] << 8);
    const recordLength = dbf[10] | (dbf[11] << 8);
    expect(recordLength).toBe(1 + 254 + 20 + 1);
    const first = dbf.subarray(headerLength + 1, headerLength + 1 + 254);
    expect(text(first, 'gbk')).toBe('规'.repeat(127));
    expect(text(dbf.subarray(headerLength + 255, headerLength + 275)).trim()).toBe('1.25');
    expect(String.fromCharCode(dbf[headerLength + 275])).toBe('T');
    // Language driver 936.
    expect(dbf[29]).toBe(0x4d);
  });

  it('writes "?" for what GBK cannot hold, and counts it', async () => {
    const enc = await encoderFor('gbk');
    expect(text(enc.encode('河南😀郑州'), 'gbk')).toBe('河南?郑州');
    expect(enc.replaced()).toBe(1);
  });
});

describe('SHP', () => {
  it('stores outer rings clockwise and holes counter-clockwise, whatever the input order', () => {
    const outerCcw = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];
    const holeCw = [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]];
    const { shp, shx } = writeShp('polygon', [{ type: 'Polygon', coordinates: [outerCcw, holeCw] }]);
    const v = new DataView(shp.buffer);
    expect(v.getInt32(0, false)).toBe(9994);
    expect(v.getInt32(24, false) * 2).toBe(shp.length);
    expect(shx.length).toBe(108);
    const point = (i: number) => [v.getFloat64(100 + 8 + 44 + 8 + 16 * i, true), v.getFloat64(100 + 8 + 44 + 8 + 16 * i + 8, true)];
    const ring = (from: number) => [0, 1, 2, 3, 4].map((i) => point(from + i));
    const signed = (r: number[][]) => r.slice(0, -1).reduce((s, p, i) => s + p[0] * r[i + 1][1] - r[i + 1][0] * p[1], 0);
    expect(signed(ring(0))).toBeLessThan(0);
    expect(signed(ring(5))).toBeGreaterThan(0);
  });
});
