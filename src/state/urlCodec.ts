/**
 * The app's shareable state in the URL hash: pure encode/decode, no DOM.
 *
 * Format (version 1), keys in this order, each written only when it differs from the defaults:
 *   v=1                         version, always first
 *   m=zoom/lat/lon[/bearing[/pitch]]   map view; lat/lon decimals follow the zoom (sub-pixel)
 *   l=a,b,c                     visible layers (a layer's first alias where it has one); `l=` = none;
 *   l=-a,+d                     …or, when shorter, the changes against the default layers
 *   o=a:60,b:0                  layer opacity in percent
 *   f=<feature id>              selected feature; `f=` = none
 *   lg=zh|en                    language
 *   s=<story id>:<step>         presenter story; `s=` = none
 *   b=on|off                    basemap online/offline
 *   p=<panel>                   open panel; `p=` = none
 *   r=<doc>:<from>[-<to>]       plan reader open at those lines of a document (doc = the seed's 3-digit number)
 *
 * Decoding never throws: anything it cannot use falls back to the default of that field and adds
 * a notice key (see URL_NOTICE_TEXT) so the UI can say what was ignored.
 */
import type { Lang } from '../lib/lang';
import type { MapView } from '../lib/mapView';

export const URL_VERSION = 1;

export type Basemap = 'offline' | 'online';

export interface StoryPosition {
  id: string;
  step: number;
}

/** The plan reader's place: a document (`000`) and the lines shown highlighted. */
export interface ReaderLines {
  doc: string;
  from: number;
  to: number;
}

export interface UrlState {
  view?: MapView;
  /** Visible layer ids. */
  layers?: string[];
  /** Layer id → opacity 0..1 (kept to 1 % in the URL). */
  opacity?: Record<string, number>;
  /** Selected feature id. */
  selected?: string;
  lang?: Lang;
  story?: StoryPosition;
  basemap?: Basemap;
  panel?: string;
  reader?: ReaderLines;
}

export interface CodecOptions {
  /**
   * Layer id → its short names in `l=` and `o=` (e.g. `erqi-four-zones` → `["e4"]`, from the
   * zone-file headers): the first is written, every one is read.
   */
  layerAliases?: Readonly<Record<string, readonly string[]>>;
  /** Accepted zoom range; MapLibre's own limits by default. */
  zoomRange?: readonly [number, number];
  maxPitch?: number;
  /** When given, story ids / panels outside these lists are ignored. */
  knownStoryIds?: readonly string[];
  knownPanels?: readonly string[];
  /** When given, reader documents outside this list are ignored. */
  knownPlanDocs?: readonly string[];
}

export type UrlNoticeKey =
  | 'urlIgnoredHash'
  | 'urlIgnoredVersion'
  | 'urlIgnoredView'
  | 'urlIgnoredLayers'
  | 'urlIgnoredOpacity'
  | 'urlIgnoredSelected'
  | 'urlIgnoredLang'
  | 'urlIgnoredStory'
  | 'urlIgnoredBasemap'
  | 'urlIgnoredPanel'
  | 'urlIgnoredReader'
  | 'urlIgnoredUnknown';

/** What each notice says, for the i18n tables. */
export const URL_NOTICE_TEXT: Record<UrlNoticeKey, { zh: string; en: string }> = {
  urlIgnoredHash: { zh: '链接中的地图状态无法读取，已显示默认视图。', en: 'The map state in the link could not be read; the default view is shown.' },
  urlIgnoredVersion: { zh: '链接来自不支持的版本，已显示默认视图。', en: 'The link comes from an unsupported version; the default view is shown.' },
  urlIgnoredView: { zh: '链接中的地图位置无效，已使用默认位置。', en: 'The map position in the link was invalid; the default position is used.' },
  urlIgnoredLayers: { zh: '链接中有未知图层，已忽略。', en: 'Unknown layers in the link were ignored.' },
  urlIgnoredOpacity: { zh: '链接中的图层透明度无效，已忽略。', en: 'Invalid layer opacity in the link was ignored.' },
  urlIgnoredSelected: { zh: '链接中选中的要素不存在，已忽略。', en: 'The feature selected in the link does not exist and was ignored.' },
  urlIgnoredLang: { zh: '链接中的语言设置无效，已忽略。', en: 'The language in the link was invalid and was ignored.' },
  urlIgnoredStory: { zh: '链接中的演示步骤无效，已忽略。', en: 'The story step in the link was invalid and was ignored.' },
  urlIgnoredBasemap: { zh: '链接中的底图设置无效，已忽略。', en: 'The basemap in the link was invalid and was ignored.' },
  urlIgnoredPanel: { zh: '链接中的面板无效，已忽略。', en: 'The panel in the link was invalid and was ignored.' },
  urlIgnoredReader: { zh: '链接中的原文位置无效，已忽略。', en: 'The plan text position in the link was invalid and was ignored.' },
  urlIgnoredUnknown: { zh: '链接中有无法识别的参数，已忽略。', en: 'Unrecognised parts of the link were ignored.' },
};

export interface IgnoredPart {
  key: UrlNoticeKey;
  /** The offending text, reduced to harmless characters and at most 40 long (safe to show). */
  value: string;
}

export interface DecodeResult {
  /** The defaults with every valid URL field applied. */
  state: UrlState;
  /** Notice keys, each once, in the order met. */
  notices: UrlNoticeKey[];
  ignored: IgnoredPart[];
  /** Set when the hash was in a legacy form and migrated (see MIGRATIONS). */
  migratedFrom?: string;
}

/** A legacy hash form and how it maps to version 1. */
export interface Migration {
  from: string;
  matches(raw: string): boolean;
  toV1(raw: string): string;
}

/** Old links keep working: each entry rewrites one legacy form into v1 before decoding. */
export const MIGRATIONS: readonly Migration[] = [
  {
    // MapLibre's `hash: true` writes `#zoom/lat/lon[/bearing[/pitch]]`, the same order as our `m=`.
    from: 'maplibre-hash',
    matches: (raw) => /^[-\d.]+(\/[-\d.]+){2,4}$/.test(raw),
    toV1: (raw) => `v=1&m=${raw}`,
  },
];

const MAX_HASH_LENGTH = 4096;
const MAX_STORY_STEP = 999;
const MERCATOR_MAX_LAT = 85.051129;
const SLUG = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,79}$/;
const NUMBER = /^-?(\d{1,12}(\.\d{0,12})?|\.\d{1,12})$/;
const DEFAULT_ZOOM_RANGE = [0, 24] as const;
const DEFAULT_MAX_PITCH = 85;

// ---------- numbers ----------

/** Decimals for lat/lon so that rounding moves the map by under a pixel (512 px tiles). */
export function coordDecimals(zoom: number): number {
  const pixelsPerDegree = (512 * 2 ** Math.max(0, zoom)) / 360;
  return Math.min(8, Math.max(0, Math.ceil(Math.log10(pixelsPerDegree))));
}

function formatNumber(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}

function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** Bearing in (-180, 180]. */
function normalizeBearing(bearing: number): number {
  const b = ((((bearing + 180) % 360) + 360) % 360) - 180;
  return b === -180 ? 180 : b;
}

function wrapLon(lon: number): number {
  return lon >= -180 && lon <= 180 ? lon : normalizeBearing(lon);
}

// ---------- view ----------

function formatView(view: MapView): string {
  const zoom = formatNumber(view.zoom, 2);
  const d = coordDecimals(Number(zoom));
  const parts = [zoom, formatNumber(view.lat, d), formatNumber(wrapLon(view.lon), d)];
  const bearing = formatNumber(normalizeBearing(view.bearing ?? 0), 1);
  const pitch = formatNumber(view.pitch ?? 0, 0);
  if (bearing !== '0' || pitch !== '0') parts.push(bearing);
  if (pitch !== '0') parts.push(pitch);
  return parts.join('/');
}

function parseView(text: string, options: CodecOptions): MapView | undefined {
  const parts = text.split('/');
  if (parts.length < 3 || parts.length > 5) return undefined;
  const nums = parts.map(parseNumber);
  if (nums.some((n) => n === undefined)) return undefined;
  const [zoom, lat, lon, bearing, pitch] = nums as number[];
  const [minZoom, maxZoom] = options.zoomRange ?? DEFAULT_ZOOM_RANGE;
  if (zoom < minZoom || zoom > maxZoom) return undefined;
  if (Math.abs(lat) > MERCATOR_MAX_LAT || Math.abs(lon) > 180) return undefined;
  const view: MapView = { lon, lat, zoom };
  if (bearing !== undefined) {
    if (Math.abs(bearing) > 360) return undefined;
    view.bearing = normalizeBearing(bearing);
  }
  if (pitch !== undefined) {
    if (pitch < 0 || pitch > (options.maxPitch ?? DEFAULT_MAX_PITCH)) return undefined;
    view.pitch = pitch;
  }
  return view;
}

// ---------- layer aliases ----------

/** The name written for a layer: its first alias, or its id. (The data build checks the aliases; this only keeps the URL safe.) */
function aliasOf(id: string, options: CodecOptions): string {
  const alias = options.layerAliases?.[id]?.[0];
  return alias !== undefined && SLUG.test(alias) ? alias : id;
}

/** Token in the URL → layer id: a known id wins over an alias; every alias of a layer is read. */
function layerResolver(knownLayerIds: readonly string[], options: CodecOptions): (token: string) => string | undefined {
  const known = new Set(knownLayerIds);
  const byAlias = new Map<string, string>();
  for (const [id, aliases] of Object.entries(options.layerAliases ?? {})) {
    if (known.has(id)) for (const alias of aliases) byAlias.set(alias, id);
  }
  return (token) => (known.has(token) ? token : byAlias.get(token));
}

// ---------- encode ----------

const percent = (opacity: number): number => Math.round(Math.min(1, Math.max(0, opacity)) * 100);

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};

/** The full list, or the changes against the default list when that is shorter (`-a,+b`). */
function layerListText(layers: readonly string[], defaultLayers: readonly string[], options: CodecOptions): string {
  const ids = [...new Set(layers)].filter((id) => SLUG.test(id));
  const full = ids.map((id) => aliasOf(id, options)).join(',');
  const removed = defaultLayers.filter((id) => SLUG.test(id) && !ids.includes(id));
  const added = ids.filter((id) => !defaultLayers.includes(id));
  const delta = [...removed.map((id) => `-${aliasOf(id, options)}`), ...added.map((id) => `+${aliasOf(id, options)}`)].join(',');
  return ids.length > 0 && delta.length < full.length ? delta : full;
}

const storyText = (story: StoryPosition | undefined): string =>
  story && SLUG.test(story.id) && Number.isInteger(story.step) && story.step >= 0 && story.step <= MAX_STORY_STEP
    ? `${story.id}:${story.step}`
    : '';

const MAX_LINE = 99999;
const readerText = (r: ReaderLines | undefined): string =>
  r && /^\d{3}$/.test(r.doc) && Number.isInteger(r.from) && Number.isInteger(r.to) && r.from >= 1 && r.to >= r.from && r.to <= MAX_LINE
    ? `${r.doc}:${r.from}${r.to > r.from ? `-${r.to}` : ''}`
    : '';

const slugOrEmpty = (value: string | undefined): string => (value !== undefined && SLUG.test(value) ? value : '');

/** The hash for `state` (without '#'); '' when everything equals the defaults. */
export function encode(state: UrlState, defaults: UrlState, options: CodecOptions = {}): string {
  const pairs: string[] = [];

  const viewIsFinite = (v: MapView | undefined): v is MapView =>
    v !== undefined && [v.lon, v.lat, v.zoom, v.bearing ?? 0, v.pitch ?? 0].every(Number.isFinite);
  if (viewIsFinite(state.view) && (!viewIsFinite(defaults.view) || formatView(state.view) !== formatView(defaults.view))) {
    pairs.push(`m=${formatView(state.view)}`);
  }
  if (state.layers && !sameSet(state.layers, defaults.layers ?? [])) {
    pairs.push(`l=${layerListText(state.layers, defaults.layers ?? [], options)}`);
  }
  const opacity = Object.entries(state.opacity ?? {}).filter(([id, value]) => {
    const fallback = defaults.opacity?.[id];
    return SLUG.test(id) && Number.isFinite(value) && (fallback === undefined || percent(fallback) !== percent(value));
  });
  if (opacity.length > 0) {
    pairs.push(`o=${opacity.map(([id, value]) => `${aliasOf(id, options)}:${percent(value)}`).join(',')}`);
  }
  const selected = slugOrEmpty(state.selected);
  if (selected !== slugOrEmpty(defaults.selected)) pairs.push(`f=${selected}`);
  if (state.lang && state.lang !== defaults.lang) pairs.push(`lg=${state.lang}`);
  const story = storyText(state.story);
  if (story !== storyText(defaults.story)) pairs.push(`s=${story}`);
  if (state.basemap && state.basemap !== defaults.basemap) pairs.push(`b=${state.basemap === 'online' ? 'on' : 'off'}`);
  const panel = slugOrEmpty(state.panel);
  if (panel !== slugOrEmpty(defaults.panel)) pairs.push(`p=${panel}`);
  const reader = readerText(state.reader);
  if (reader !== readerText(defaults.reader)) pairs.push(`r=${reader}`);

  return pairs.length === 0 ? '' : [`v=${URL_VERSION}`, ...pairs].join('&');
}

// ---------- decode ----------

/** Shown text of an ignored value: harmless characters only, short. */
function sanitize(value: string): string {
  const clean = value.replace(/[^A-Za-z0-9_.,:/\-\u4e00-\u9fff]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

function cloneState(state: UrlState): UrlState {
  return {
    ...state,
    view: state.view && { ...state.view },
    layers: state.layers && [...state.layers],
    opacity: state.opacity && { ...state.opacity },
    story: state.story && { ...state.story },
    reader: state.reader && { ...state.reader },
  };
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
  const state = cloneState(defaults);
  const notices: UrlNoticeKey[] = [];
  const ignored: IgnoredPart[] = [];
  const ignore = (key: UrlNoticeKey, value: string): void => {
    if (!notices.includes(key)) notices.push(key);
    ignored.push({ key, value: sanitize(value) });
  };
  let migratedFrom: string | undefined;
  const result = (): DecodeResult => ({ state, notices, ignored, ...(migratedFrom ? { migratedFrom } : {}) });

  let raw = typeof hash === 'string' ? hash : '';
  if (raw.startsWith('#')) raw = raw.slice(1);
  if (raw.length === 0) return result();
  if (raw.length > MAX_HASH_LENGTH) {
    ignore('urlIgnoredHash', raw);
    return result();
  }
  for (const migration of MIGRATIONS) {
    if (migration.matches(raw)) {
      raw = migration.toV1(raw);
      migratedFrom = migration.from;
      break;
    }
  }

  const fields = new Map<string, string>();
  for (const part of raw.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const key = eq < 0 ? undefined : safeDecodeComponent(part.slice(0, eq));
    const value = eq < 0 ? undefined : safeDecodeComponent(part.slice(eq + 1));
    if (key === undefined || value === undefined || !HANDLED_KEYS.has(key)) {
      ignore('urlIgnoredUnknown', part);
    } else if (fields.has(key)) {
      ignore(FIELD_NOTICE[key], value); // first occurrence wins
    } else {
      fields.set(key, value);
    }
  }

  const version = fields.get('v');
  if (version !== undefined && version !== String(URL_VERSION)) {
    ignore('urlIgnoredVersion', version);
    return { state: cloneState(defaults), notices, ignored };
  }

  const view = fields.get('m');
  if (view !== undefined) {
    const parsed = parseView(view, options);
    if (parsed) state.view = parsed;
    else ignore('urlIgnoredView', view);
  }

  const resolveLayer = layerResolver(knownLayerIds, options);
  const layers = fields.get('l');
  if (layers !== undefined) {
    const tokens = layers === '' ? [] : layers.split(',');
    const isDelta = tokens.length > 0 && /^[+-]/.test(tokens[0]);
    const ids: string[] = isDelta ? [...(defaults.layers ?? [])] : [];
    let usable = 0;
    for (const token of tokens) {
      const sign = isDelta ? token[0] : '';
      const id = isDelta && !/^[+-]/.test(token) ? undefined : resolveLayer(token.slice(sign.length));
      if (id === undefined) {
        ignore('urlIgnoredLayers', token);
        continue;
      }
      usable++;
      const at = ids.indexOf(id);
      if (sign === '-' && at >= 0) ids.splice(at, 1);
      else if (sign !== '-' && at < 0) ids.push(id);
    }
    // A list of nothing but unknown ids is garbage, not a request to hide every layer.
    if (usable > 0 || tokens.length === 0) state.layers = ids;
  }

  const opacity = fields.get('o');
  if (opacity !== undefined && opacity !== '') {
    const merged = { ...defaults.opacity };
    for (const item of opacity.split(',')) {
      const match = /^([^:]+):(\d{1,3})$/.exec(item);
      const id = match ? resolveLayer(match[1]) : undefined;
      const value = match ? Number(match[2]) : NaN;
      if (id === undefined || !(value >= 0 && value <= 100)) ignore('urlIgnoredOpacity', item);
      else merged[id] = value / 100;
    }
    state.opacity = merged;
  }

  const selected = fields.get('f');
  if (selected !== undefined) {
    const features = knownFeatureIds === undefined ? undefined : new Set(knownFeatureIds);
    if (selected === '') state.selected = undefined;
    else if (SLUG.test(selected) && (!features || features.has(selected))) state.selected = selected;
    else ignore('urlIgnoredSelected', selected);
  }

  const lang = fields.get('lg');
  if (lang !== undefined) {
    if (lang === 'zh' || lang === 'en') state.lang = lang;
    else ignore('urlIgnoredLang', lang);
  }

  const story = fields.get('s');
  if (story !== undefined) {
    const match = /^(.+):(\d{1,3})$/.exec(story);
    const known = options.knownStoryIds;
    if (story === '') state.story = undefined;
    else if (match && SLUG.test(match[1]) && (!known || known.includes(match[1])))
      state.story = { id: match[1], step: Number(match[2]) };
    else ignore('urlIgnoredStory', story);
  }

  const basemap = fields.get('b');
  if (basemap !== undefined) {
    if (basemap === 'on' || basemap === 'off') state.basemap = basemap === 'on' ? 'online' : 'offline';
    else ignore('urlIgnoredBasemap', basemap);
  }

  const panel = fields.get('p');
  if (panel !== undefined) {
    const known = options.knownPanels;
    if (panel === '') state.panel = undefined;
    else if (SLUG.test(panel) && (!known || known.includes(panel))) state.panel = panel;
    else ignore('urlIgnoredPanel', panel);
  }

  const reader = fields.get('r');
  if (reader !== undefined) {
    const match = /^(\d{3}):(\d{1,5})(?:-(\d{1,5}))?$/.exec(reader);
    const known = options.knownPlanDocs;
    const lines = match && { doc: match[1], from: Number(match[2]), to: Number(match[3] ?? match[2]) };
    if (reader === '') state.reader = undefined;
    else if (lines && lines.from >= 1 && lines.to >= lines.from && (!known || known.includes(lines.doc))) state.reader = lines;
    else ignore('urlIgnoredReader', reader);
  }

  return result();
}

const FIELD_NOTICE: Record<string, UrlNoticeKey> = {
  v: 'urlIgnoredVersion',
  m: 'urlIgnoredView',
  l: 'urlIgnoredLayers',
  o: 'urlIgnoredOpacity',
  f: 'urlIgnoredSelected',
  lg: 'urlIgnoredLang',
  s: 'urlIgnoredStory',
  b: 'urlIgnoredBasemap',
  p: 'urlIgnoredPanel',
  r: 'urlIgnoredReader',
};
const HANDLED_KEYS = new Set(Object.keys(FIELD_NOTICE));
