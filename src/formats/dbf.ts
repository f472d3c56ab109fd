/**
 * The attribute table of a shapefile (dBASE III .dbf). The record count in the
 * header is held against what the file can really hold, and only as many rows as
 * there are shapes are read. Text is decoded with the encoding chosen by the user,
 * else the .cpg's, else UTF-8 when the bytes are valid UTF-8, else GBK (GB18030).
 */
import { encodingFromLabel, isValidUtf8, type EncodingId, type EncodingReason } from './decode';
import { ImportFailure } from './result';

export type DbfValue = string | number | boolean;

export interface DbfRead {
  rows: Record<string, DbfValue>[];
  encoding: EncodingId;
  reason: EncodingReason;
  /** What the header claims, when the file cannot hold that many records. */
  claimedRecords?: number;
  /** How many records the file really holds. */
  records: number;
}

interface Field {
  name: string;
  type: string;
  offset: number;
  width: number;
}

const HEADER = 32;
const FIELD = 32;
const END_OF_FIELDS = 0x0d;

const damaged = () => new ImportFailure('dbf-damaged', { key: 'impDbfDamaged' });

function readFields(bytes: Uint8Array, headerLength: number, recordLength: number, decode: (b: Uint8Array) => string): Field[] {
  const fields: Field[] = [];
  let offset = 1; // the deletion flag
  for (let p = HEADER; p + FIELD <= headerLength && bytes[p] !== END_OF_FIELDS; p += FIELD) {
    const raw = bytes.subarray(p, p + 11);
    const zero = raw.indexOf(0);
    const width = bytes[p + 16];
    fields.push({ name: decode(zero >= 0 ? raw.subarray(0, zero) : raw).trim(), type: String.fromCharCode(bytes[p + 11]), offset, width });
    offset += width;
  }
  if (offset > recordLength) throw damaged();
  return fields;
}

function value(field: Field, text: string): DbfValue | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  switch (field.type) {
    case 'N':
    case 'F': {
      const n = Number(t);
      return Number.isFinite(n) ? n : undefined;
    }
    case 'L':
      return /^[YyTt]$/.test(t) ? true : /^[NnFf]$/.test(t) ? false : undefined;
    case 'D':
      return /^\d{8}$/.test(t) ? `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6)}` : t;
    default:
      return t;
  }
}

/** At most `maxRows` rows (the number of shapes): a header claiming billions costs nothing. */
export function readDbf(bytes: Uint8Array, maxRows: number, options: { chosen?: EncodingId; cpg?: string } = {}): DbfRead {
  if (bytes.length < HEADER + 1) throw damaged();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const claimed = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < HEADER + 1 || headerLength > bytes.length || recordLength < 1) throw damaged();
  const fits = Math.floor((bytes.length - headerLength) / recordLength);
  const records = Math.min(claimed, fits);
  const count = Math.min(records, maxRows);
  const body = bytes.subarray(headerLength, headerLength + count * recordLength);

  const fromCpg = options.cpg ? encodingFromLabel(options.cpg) : undefined;
  const { encoding, reason } = options.chosen
    ? { encoding: options.chosen, reason: 'chosen' as const }
    : fromCpg
      ? { encoding: fromCpg, reason: 'declared' as const }
      : { encoding: isValidUtf8(body) ? ('utf-8' as const) : ('gb18030' as const), reason: 'detected' as const };
  const decoder = new TextDecoder(encoding);
  const decode = (b: Uint8Array) => decoder.decode(b);

  const fields = readFields(bytes, headerLength, recordLength, decode);
  const rows: Record<string, DbfValue>[] = [];
  for (let r = 0; r < count; r++) {
    const at = r * recordLength;
    const row: Record<string, DbfValue> = {};
    for (const field of fields) {
      const v = value(field, decode(body.subarray(at + field.offset, at + field.offset + field.width)));
      if (v !== undefined) row[field.name] = v;
    }
    rows.push(row);
  }
  return { rows, encoding, reason, records, ...(claimed > fits ? { claimedRecords: claimed } : {}) };
}
