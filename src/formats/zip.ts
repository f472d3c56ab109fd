/**
 * A small zip reader (stored and deflated entries; no zip64, no encryption): enough
 * for zipped shapefiles and KMZ. Limits come first: the entry count and the inflated
 * sizes the central directory declares are checked before anything is inflated, and
 * inflation (fflate, in small input chunks) stops as soon as an entry grows past the
 * size it declared, so a zip bomb costs at most what was allowed.
 */
import { Inflate } from 'fflate';
import { ImportFailure } from './result';

export interface ZipEntry {
  /** Entry path; UTF-8 when flagged, otherwise UTF-8 if valid, else GBK (Chinese Windows zips). */
  name: string;
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** As the central directory declares it; checked again while inflating. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;
/** Input fed to the inflater per step: at deflate's ~1000:1 ceiling, ≤ 4 MB out per step. */
const INPUT_CHUNK = 4 * 1024;

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const gbk = new TextDecoder('gb18030');

function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(bytes);
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return gbk.decode(bytes);
  }
}

const damaged = (part: 'no-directory' | 'directory' | 'entry' | 'data') =>
  new ImportFailure('zip-damaged', { key: part === 'no-directory' ? 'impZipNoDirectory' : part === 'data' ? 'impZipBadData' : 'impZipDamaged' });

export const isZip = (bytes: Uint8Array): boolean =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The entries listed in the central directory, refusing more than `maxEntries` before listing them. */
export function listZipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  // The end record is 22 bytes plus a comment of up to 65 535 bytes.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged('no-directory');
  const count = view.getUint16(eocd + 10, true);
  if (count > maxEntries) throw new ImportFailure('zip-too-many-entries', { key: 'impZipTooManyEntries', params: { count, limit: maxEntries } });
  let p = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw damaged('directory');
    const flags = view.getUint16(p + 8, true);
    const nameLength = view.getUint16(p + 28, true);
    entries.push({
      name: decodeName(bytes.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0),
      method: view.getUint16(p + 10, true),
      encrypted: (flags & 1) !== 0,
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** The archive's entries that are files (no folders, no macOS resource forks). */
export const fileEntries = (bytes: Uint8Array, maxEntries: number): ZipEntry[] =>
  listZipEntries(bytes, maxEntries).filter((e) => !e.name.includes('__MACOSX') && !e.name.endsWith('/'));

/** Refuses, with the numbers, when the entries to be read would inflate past `maxBytes` in all. */
export function checkInflatedSize(entries: readonly ZipEntry[], maxBytes: number): void {
  const total = entries.reduce((n, e) => n + (e.uncompressedSize === ZIP64_MARK ? Infinity : e.uncompressedSize), 0);
  if (total > maxBytes) {
    const mb = (n: number) => Math.round(n / 1048576);
    throw new ImportFailure('zip-too-large', {
      key: 'impZipTooLarge',
      params: { size: Number.isFinite(total) ? mb(total) : '4,096+', limit: mb(maxBytes) },
    });
  }
}

/**
 * One entry's bytes: never more than the size its directory record declares (which
 * checkInflatedSize() has accepted). `onBytes` hears how many bytes came out so far.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, onBytes?: (inflated: number) => void): Uint8Array {
  if (entry.encrypted) throw new ImportFailure('zip-unsupported', { key: 'impZipEncrypted', params: { name: entry.name } });
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ImportFailure('zip-unsupported', { key: 'impZipMethod', params: { name: entry.name, method: entry.method } });
  }
  if (entry.compressedSize === ZIP64_MARK || entry.uncompressedSize === ZIP64_MARK) {
    throw new ImportFailure('zip-unsupported', { key: 'impZip64', params: { name: entry.name } });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw damaged('entry');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) throw damaged('entry');
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw damaged('entry');
    return data.slice();
  }

  const out = new Uint8Array(entry.uncompressedSize);
  let written = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > out.length) {
      throw new ImportFailure('zip-too-large', { key: 'impZipEntryGrows', params: { name: entry.name, size: out.length } });
    }
    out.set(chunk, written);
    written += chunk.length;
    ended ||= final;
  });
  try {
    for (let p = 0; p < data.length && !ended; p += INPUT_CHUNK) {
      inflater.push(data.subarray(p, p + INPUT_CHUNK), p + INPUT_CHUNK >= data.length);
      onBytes?.(written);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ImportFailure) throw e;
    throw damaged('data'); // fflate's "invalid block type" and the like
  }
  if (written !== out.length) throw damaged('data');
  return out;
}
