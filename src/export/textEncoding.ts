/**
 * Text as bytes in UTF-8 or GBK, the two encodings Chinese GIS and CAD files use.
 * Browsers only encode UTF-8 (TextEncoder), so GBK comes from @kayahr/text-encoding
 * (the WHATWG Encoding Standard's GBK encoder; loaded only when GBK is chosen).
 * A character GBK has no code for (an emoji, a rare ideograph) becomes "?" and is
 * counted, so the export can say so.
 */
export type TextEncodingId = 'utf-8' | 'gbk';

export interface Encoder {
  id: TextEncodingId;
  encode(text: string): Uint8Array;
  /** Characters written as "?" so far. */
  replaced(): number;
}

const utf8 = new TextEncoder();

export async function encoderFor(id: TextEncodingId): Promise<Encoder> {
  if (id === 'utf-8') return { id, encode: (t) => utf8.encode(t), replaced: () => 0 };
  const [{ TextEncoder: LegacyEncoder }] = await Promise.all([import('@kayahr/text-encoding/no-encodings'), import('@kayahr/text-encoding/encodings/gbk')]);
  const gbk = new LegacyEncoder('gbk');
  let replaced = 0;
  const encode = (text: string): Uint8Array => {
    try {
      return gbk.encode(text);
    } catch {
      // Some character has no GBK code: encode one by one, "?" for those.
      const parts = [...text].map((c) => {
        try {
          return gbk.encode(c);
        } catch {
          replaced++;
          return Uint8Array.of(0x3f);
        }
      });
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.length;
      }
      return out;
    }
  };
  return { id, encode, replaced: () => replaced };
}
