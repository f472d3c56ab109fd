/**
 * The app's shareable state in the URL hash: pure encode/decode, no DOM.
 *
 * Version 1: `v=1` first, then the fields of the table in url/fields.ts (which
 * lists them with their formats), each written only when it differs from the
 * defaults. Legacy forms are rewritten by url/migrations.ts before decoding.
 *
 * Decoding never throws: anything it cannot use falls back to the default of that field and adds
 * a notice key (see URL_NOTICE_TEXT) so the UI can say what was ignored.
 */
import { URL_FIELDS } from './url/fields';
import { layerResolver } from './url/layerText';
import { migrate } from './url/migrations';
import type { UrlNoticeKey } from './url/notices';
import { INVALID, type CodecOptions, type DecodeContext, type DecodeResult, type IgnoredPart, type UrlField, type UrlState } from './url/types';

export { coordDecimals } from './url/viewText';
export { MIGRATIONS, type Migration } from './url/migrations';
export { URL_NOTICE_TEXT, type UrlNoticeKey } from './url/notices';
export type { Basemap, CodecOptions, DecodeResult, IgnoredPart, ReaderLines, StoryPosition, UrlState } from './url/types';

export const URL_VERSION = 1;
const MAX_HASH_LENGTH = 4096;

/** The table with each entry's types widened, so one loop can walk it. */
const FIELDS = URL_FIELDS as readonly UrlField[];
const FIELD_BY_KEY = new Map(FIELDS.map((f) => [f.key, f]));

/** The state property whose link value a notice is about (undefined for the link as a whole). */
export const fieldOfNotice = (key: UrlNoticeKey): keyof UrlState | undefined => FIELDS.find((f) => f.notice === key)?.prop;

/** The hash for `state` (without '#'); '' when everything equals the defaults. */
export function encode(state: UrlState, defaults: UrlState, options: CodecOptions = {}): string {
  const pairs: string[] = [];
  for (const field of FIELDS) {
    const text = field.encode(state[field.prop], { fallback: defaults[field.prop], options });
    if (text !== undefined) pairs.push(`${field.key}=${text}`);
  }
  return pairs.length === 0 ? '' : [`v=${URL_VERSION}`, ...pairs].join('&');
}

/** Shown text of an ignored value: harmless characters only, short. */
function sanitize(value: string): string {
  const clean = value.replace(/[^A-Za-z0-9_.,:/\-\u4e00-\u9fff]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

function safeDecodeComponent(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Read a hash (with or without '#'). Every field falls back to `defaults` on its own when its
 * value is unusable; unknown layer ids are dropped from the list (all unknown → default list).
 */
export function decode(
  hash: string,
  defaults: UrlState,
  knownLayerIds: readonly string[],
  knownFeatureIds?: Iterable<string>,
  options: CodecOptions = {},
): DecodeResult {
  // A copy: the caller may change the state it gets without changing its defaults.
  const state = structuredClone(defaults);
  const notices: UrlNoticeKey[] = [];
  const ignored: IgnoredPart[] = [];
  const ignore = (key: UrlNoticeKey, value: string): void => {
    if (!notices.includes(key)) notices.push(key);
    ignored.push({ key, value: sanitize(value) });
  };

  let raw = typeof hash === 'string' ? hash : '';
  if (raw.startsWith('#')) raw = raw.slice(1);
  if (raw.length === 0) return { state, notices, ignored };
  if (raw.length > MAX_HASH_LENGTH) {
    ignore('urlIgnoredHash', raw);
    return { state, notices, ignored };
  }
  const migrated = migrate(raw);
  raw = migrated.raw;
  const result = (): DecodeResult => ({ state, notices, ignored, ...(migrated.migratedFrom ? { migratedFrom: migrated.migratedFrom } : {}) });

  const texts = new Map<string, string>();
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? undefined : safeDecodeComponent(part.slice(0, eq));
    const value = eq < 0 ? undefined : safeDecodeComponent(part.slice(eq + 1));
    const known = key === 'v' || (key !== undefined && FIELD_BY_KEY.has(key));
    if (key === undefined || value === undefined || !known) ignore('urlIgnoredUnknown', part);
    else if (texts.has(key)) ignore(key === 'v' ? 'urlIgnoredVersion' : FIELD_BY_KEY.get(key)!.notice, value); // first occurrence wins
    else texts.set(key, value);
  }

  const version = texts.get('v');
  if (version !== undefined && version !== String(URL_VERSION)) {
    ignore('urlIgnoredVersion', version);
    return { state: structuredClone(defaults), notices, ignored };
  }

  const resolveLayer = layerResolver(knownLayerIds, options);
  const features = knownFeatureIds === undefined ? undefined : new Set(knownFeatureIds);
  for (const field of FIELDS) {
    const text = texts.get(field.key);
    if (text === undefined) continue;
    const context: DecodeContext<UrlState[keyof UrlState]> = {
      fallback: state[field.prop],
      options,
      resolveLayer,
      knownFeatureIds: features,
      ignore: (part) => ignore(field.notice, part),
    };
    const value = field.decode(text, context);
    if (value === INVALID) ignore(field.notice, text);
    else (state as Record<string, unknown>)[field.prop] = value;
  }
  return result();
}
