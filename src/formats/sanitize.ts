/**
 * Imported attributes are untrusted. They are kept only as plain strings,
 * finite numbers and booleans, with control and bidi-override characters removed
 * and lengths capped. The UI renders them as text only (never innerHTML), so
 * markup such as `<img onerror=…>` stays visible text: it is kept, not "escaped".
 */
export type SafeValue = string | number | boolean;
export type SafeProperties = Record<string, SafeValue>;

export const PROPERTY_LIMITS = {
  maxKeys: 50,
  maxKeyLength: 64,
  maxStringLength: 500,
} as const;

// C0/C1 controls, zero-width and byte-order marks, and bidi embeddings/overrides/isolates
// (which can make text read differently from what it is).
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Visible text only, whitespace runs collapsed, at most `max` characters (an ellipsis marks a cut). */
export function sanitizeText(value: string, max: number = PROPERTY_LIMITS.maxStringLength): string {
  const clean = value.replace(/[\t\n\r\u2028\u2029]+/g, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
  const chars = Array.from(clean); // by code point, so a cut never splits a surrogate pair
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

function sanitizeValue(value: unknown): SafeValue | undefined {
  if (typeof value === 'string') return sanitizeText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  return undefined; // objects, arrays, null, functions, bigint: dropped
}

/** A plain, flat, bounded copy of `input`'s own primitive properties. */
export function sanitizeProperties(input: unknown): SafeProperties {
  const out: SafeProperties = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return out;
  let count = 0;
  for (const [rawKey, rawValue] of Object.entries(input)) {
    if (count >= PROPERTY_LIMITS.maxKeys) break;
    const key = sanitizeText(rawKey, PROPERTY_LIMITS.maxKeyLength);
    const value = sanitizeValue(rawValue);
    if (!key || FORBIDDEN_KEYS.has(key) || value === undefined || value === '' || Object.hasOwn(out, key)) continue;
    out[key] = value;
    count++;
  }
  return out;
}
