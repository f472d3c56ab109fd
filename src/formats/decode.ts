/**
 * Bytes → text for every text format, naming the encoding that was read so the
 * user can be told and can choose another. Chinese surveying and land systems
 * write GBK without saying so; Windows tools write UTF-16 with a byte-order mark.
 *
 * Order: a byte-order mark; an encoding the file declares (XML); UTF-16 without a
 * mark (every other byte zero in Latin text); valid UTF-8; otherwise GB18030, the
 * superset of GBK and GB2312 that browsers and Node decode as 'gb18030'.
 */
export type EncodingId = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export const ENCODINGS: readonly EncodingId[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];

/** The names people know them by (the same in both languages). */
export const ENCODING_LABELS: Record<EncodingId, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  gb18030: 'GBK (GB18030)',
};

/** How the encoding was decided, for the note next to it. */
export type EncodingReason = 'bom' | 'declared' | 'detected' | 'chosen';

export interface DecodedText {
  text: string;
  encoding: EncodingId;
  reason: EncodingReason;
  /** Characters that could not be decoded (shown as U+FFFD). */
  undecodable: number;
}

/** What people write in .cpg files and XML declarations → our ids (WHATWG labels and Windows code pages). */
export function encodingFromLabel(label: string): EncodingId | undefined {
  const l = label.trim().toLowerCase().replace(/^ansi\s*/, '');
  if (/^(utf-?8|65001)$/.test(l)) return 'utf-8';
  if (/^(utf-?16(le)?|1200|unicode)$/.test(l)) return 'utf-16le';
  if (/^(utf-?16be|1201)$/.test(l)) return 'utf-16be';
  if (/^(gbk|gb2312|gb_2312-80|gb18030|936|cp936|54936|euc-cn|x-gbk)$/.test(l)) return 'gb18030';
  return undefined;
}

function bomOf(bytes: Uint8Array): { encoding: EncodingId; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** UTF-16 without a mark: in text that is mostly ASCII, one byte of each pair is zero. */
function unmarkedUtf16(bytes: Uint8Array): EncodingId | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** The encoding an XML declaration names (`<?xml … encoding="GBK"?>`), read as ASCII. */
function declaredXmlEncoding(bytes: Uint8Array): EncodingId | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const label = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  return label ? encodingFromLabel(label) : undefined;
}

export const isValidUtf8 = (bytes: Uint8Array): boolean => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

function countUndecodable(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Which encoding the bytes are in, and why; `chosen` overrides everything. */
export function detectEncoding(bytes: Uint8Array, chosen?: EncodingId): { encoding: EncodingId; reason: EncodingReason } {
  if (chosen) return { encoding: chosen, reason: 'chosen' };
  const bom = bomOf(bytes);
  if (bom) return { encoding: bom.encoding, reason: 'bom' };
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) return { encoding: utf16, reason: 'detected' };
  const declared = declaredXmlEncoding(bytes);
  // A declaration is believed unless the bytes contradict it (GBK bytes under "UTF-8" happen).
  if (declared && (declared !== 'utf-8' || isValidUtf8(bytes))) return { encoding: declared, reason: 'declared' };
  return { encoding: isValidUtf8(bytes) ? 'utf-8' : 'gb18030', reason: 'detected' };
}

export function decodeBytes(input: ArrayBuffer | Uint8Array, chosen?: EncodingId): DecodedText {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const { encoding, reason } = detectEncoding(bytes, chosen);
  const bom = bomOf(bytes);
  const body = bom && bom.encoding === encoding ? bytes.subarray(bom.length) : bytes;
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body).replace(/^\uFEFF/, '');
  return { text, encoding, reason, undecodable: countUndecodable(text) };
}

/** Only the text (sniffing, short side files such as .prj). */
export const decodeText = (bytes: ArrayBuffer | Uint8Array): string => decodeBytes(bytes).text;
