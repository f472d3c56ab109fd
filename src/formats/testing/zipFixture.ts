/** Test fixture: builds a zip archive in memory (stored or deflated entries). Node only. */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface FixtureEntry {
  name: string;
  data: Uint8Array | string;
  deflate?: boolean;
  /** The inflated size the headers declare, when a test wants them to lie. */
  declaredSize?: number;
  /** Raw bytes stored as the compressed data of a deflated entry (damaged data). */
  rawDeflated?: Uint8Array;
}

export function buildZip(entries: readonly FixtureEntry[]): ArrayBuffer {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? new TextEncoder().encode(e.data) : e.data;
    const stored = e.rawDeflated ?? (e.deflate ? new Uint8Array(deflateRawSync(data)) : data);
    const deflated = e.deflate || e.rawDeflated !== undefined;
    const declared = e.declaredSize ?? data.length;
    const name = new TextEncoder().encode(e.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x800, true); // UTF-8 names
    local.setUint16(8, deflated ? 8 : 0, true);
    local.setUint32(14, crc32(data), true);
    local.setUint32(18, stored.length, true);
    local.setUint32(22, declared, true);
    local.setUint16(26, name.length, true);
    const dir = new DataView(new ArrayBuffer(46));
    dir.setUint32(0, 0x02014b50, true);
    dir.setUint16(4, 20, true);
    dir.setUint16(6, 20, true);
    dir.setUint16(8, 0x800, true);
    dir.setUint16(10, deflated ? 8 : 0, true);
    dir.setUint32(16, crc32(data), true);
    dir.setUint32(20, stored.length, true);
    dir.setUint32(24, declared, true);
    dir.setUint16(28, name.length, true);
    dir.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, stored);
    central.push(new Uint8Array(dir.buffer), name);
    offset += 30 + name.length + stored.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, entries.length, true);
  end.setUint16(10, entries.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of all) {
    out.set(c, p);
    p += c.length;
  }
  return out.buffer;
}

/**
 * Deflate data for `megabytes` MB of zeros made without holding them: one
 * sync-flushed (byte-aligned, non-final) block for 1 MB, repeated, then an empty
 * final block. A zip bomb as the issue measured it: ~1 KB per MB of output.
 */
export function zerosDeflated(megabytes: number): Uint8Array {
  const block = new Uint8Array(deflateRawSync(new Uint8Array(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH }));
  const out = new Uint8Array(block.length * megabytes + 2);
  for (let i = 0; i < megabytes; i++) out.set(block, i * block.length);
  out.set([0x03, 0x00], block.length * megabytes); // final, fixed Huffman, end of block
  return out;
}

/** A zipped "shapefile" whose .shp inflates to `megabytes` MB, its directory declaring `declaredSize` (default: the truth). */
export function bombZip(megabytes: number, declaredSize = megabytes * 1024 * 1024): ArrayBuffer {
  return buildZip([{ name: 'parcels.shp', data: '', rawDeflated: zerosDeflated(megabytes), declaredSize }]);
}
