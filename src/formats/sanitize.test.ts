import { describe, expect, it } from 'vitest';
import { PROPERTY_LIMITS, sanitizeProperties, sanitizeText } from './sanitize';

describe('sanitizeProperties', () => {
  it('keeps markup as inert text (it is rendered as text, never as HTML)', () => {
    const out = sanitizeProperties({ name: '<img src=x onerror=alert(1)>', 备注: '<script>alert(1)</script>' });
    expect(out).toEqual({ name: '<img src=x onerror=alert(1)>', 备注: '<script>alert(1)</script>' });
    expect(typeof out.name).toBe('string');
  });

  it('keeps only strings, finite numbers and booleans', () => {
    const out = sanitizeProperties({
      s: '二七区',
      n: 12.5,
      b: false,
      nan: Number.NaN,
      inf: Infinity,
      obj: { toString: () => 'x' },
      arr: [1, 2],
      nil: null,
      fn: () => 1,
      big: BigInt(1),
    });
    expect(out).toEqual({ s: '二七区', n: 12.5, b: false });
  });

  it('strips control and bidi-override characters and caps lengths', () => {
    const out = sanitizeProperties({ 'na\u0000me': 'a\u202Eb\u0007c\nd', long: 'x'.repeat(2000) });
    expect(out.name).toBe('abc d');
    expect(Array.from(out.long as string)).toHaveLength(PROPERTY_LIMITS.maxStringLength);
    expect((out.long as string).endsWith('…')).toBe(true);
  });

  it('cannot pollute prototypes and caps the number of keys', () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": "x", "ok": 1}');
    const out = sanitizeProperties(hostile);
    expect(out).toEqual({ ok: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const many = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, i]));
    expect(Object.keys(sanitizeProperties(many))).toHaveLength(PROPERTY_LIMITS.maxKeys);
  });

  it('answers {} for anything that is not an object', () => {
    expect(sanitizeProperties(null)).toEqual({});
    expect(sanitizeProperties('str')).toEqual({});
    expect(sanitizeProperties([1])).toEqual({});
  });

  it('never cuts a character in half', () => {
    expect(sanitizeText('𠀀𠀀𠀀', 2)).toBe('𠀀…');
  });
});
