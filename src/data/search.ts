/**
 * Search over what a user may type: plan feature names (zh, en, pinyin, pinyin initials), their
 * aliases, the projects the plan lists for them, and gazetteer places. Pure; no DOM.
 *
 * Ranking: exact name > name prefix > name substring > alias > project > place; within a rank,
 * exact before prefix before substring, then shorter text first.
 */
import { pinyin } from 'pinyin-pro';
import type { Level, Place, PlanCollection, PlanText } from './types';

export type SearchTarget =
  | { kind: 'feature'; id: string; layer: string; level: Level }
  | { kind: 'place'; id: string; lon: number; lat: number; placeKind: PlaceKind; detail?: string };

/** What a named place is, for the result line: a gazetteer point, a metro station or a road. */
export type PlaceKind = 'place' | 'station' | 'road';

/** Which text of the target was matched. `name` covers the Chinese and the English name. */
export type SearchField = 'name' | 'alias' | 'project' | 'place';

export interface SearchEntry {
  /** The text searched and shown as the match (a name, an alias, a project name, a place name). */
  text: string;
  field: SearchField;
  target: SearchTarget;
  /** The target's own names, for the result line (a project result shows its board here). */
  title: { zh: string; en?: string };
}

export type MatchQuality = 'exact' | 'prefix' | 'substring';
export type MatchVia = 'text' | 'pinyin' | 'initials';

export interface SearchResult {
  entry: SearchEntry;
  /** 0 exact name, 1 name prefix, 2 name substring, 3 alias, 4 project, 5 place. */
  rank: number;
  quality: MatchQuality;
  via: MatchVia;
}

/** A named place search can find: gazetteer points (the plans' junctions and landmarks), metro stations, roads. */
export type PlaceLike = Pick<Place, 'id' | 'name' | 'lon' | 'lat'> & {
  nameEn?: string;
  kind?: PlaceKind;
  /** Shown after the kind, e.g. a station's lines ("1号线 · 5号线"). */
  detail?: string;
};

interface Prepared {
  entry: SearchEntry;
  order: number;
  /** Lowercase, NFKC, single spaces. */
  norm: string;
  /** `norm` without spaces. */
  compact: string;
  /** Pinyin without tones or spaces (ü as v), and where each syllable starts. */
  full?: string;
  starts?: Set<number>;
  initials?: string;
}

export interface SearchIndex {
  readonly size: number;
  /** @internal */ readonly items: readonly Prepared[];
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const FIELD_RANK: Record<Exclude<SearchField, 'name'>, number> = { alias: 3, project: 4, place: 5 };
const QUALITY_ORDER: Record<MatchQuality, number> = { exact: 0, prefix: 1, substring: 2 };
const VIA_ORDER: Record<MatchVia, number> = { text: 0, pinyin: 1, initials: 2 };
const MAX_QUERY_LENGTH = 100;

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Toneless pinyin syllables of the Chinese characters and latin/digit runs; punctuation dropped. */
function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array' })
    .map((s) => s.toLowerCase().replace(/ü/g, 'v').replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0);
}

function prepare(entry: SearchEntry, order: number): Prepared {
  const norm = normalize(entry.text);
  const item: Prepared = { entry, order, norm, compact: norm.replace(/ /g, '') };
  if (CJK.test(entry.text)) {
    const parts = syllables(entry.text);
    item.starts = new Set();
    let at = 0;
    for (const s of parts) {
      item.starts.add(at);
      at += s.length;
    }
    item.full = parts.join('');
    item.initials = parts.map((s) => s[0]).join('');
  }
  return item;
}

export function createSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  const items = entries.map(prepare);
  return { size: items.length, items };
}

/** Best place of `query` in `text`: exact, at the start, or (if allowed) inside at an allowed offset. */
function matchIn(text: string, query: string, allowSubstring: boolean, startOk: (at: number) => boolean = () => true): MatchQuality | undefined {
  if (text === query) return 'exact';
  if (text.startsWith(query)) return 'prefix';
  if (!allowSubstring) return undefined;
  for (let at = text.indexOf(query, 1); at >= 0; at = text.indexOf(query, at + 1)) {
    if (startOk(at)) return 'substring';
  }
  return undefined;
}

function better(a: { quality: MatchQuality; via: MatchVia }, b: { quality: MatchQuality; via: MatchVia } | undefined): boolean {
  if (!b) return true;
  return QUALITY_ORDER[a.quality] - QUALITY_ORDER[b.quality] < 0 ||
    (a.quality === b.quality && VIA_ORDER[a.via] < VIA_ORDER[b.via]);
}

function matchItem(item: Prepared, q: string, qCompact: string, qIsCjk: boolean): { quality: MatchQuality; via: MatchVia } | undefined {
  if (qIsCjk) {
    const quality = matchIn(item.compact, qCompact, true);
    return quality && { quality, via: 'text' };
  }
  // One latin letter matches too much inside words: only at the start.
  const wide = qCompact.length >= 2;
  let best: { quality: MatchQuality; via: MatchVia } | undefined;
  const textQuality = matchIn(item.norm, q, wide);
  if (textQuality) best = { quality: textQuality, via: 'text' };
  if (item.full !== undefined) {
    const py = qCompact.replace(/ü/g, 'v').replace(/'/g, '');
    // Full pinyin only from a syllable start ("qiqu" finds 二七区, "rqi" does not).
    const fullQuality = matchIn(item.full, py, wide, (at) => item.starts!.has(at));
    if (fullQuality && better({ quality: fullQuality, via: 'pinyin' }, best)) best = { quality: fullQuality, via: 'pinyin' };
    // Initials inside long project names match almost anything: prefix only there.
    const initialsQuality = matchIn(item.initials!, py, wide && item.entry.field !== 'project');
    if (initialsQuality && better({ quality: initialsQuality, via: 'initials' }, best)) best = { quality: initialsQuality, via: 'initials' };
  }
  return best;
}

function rankOf(field: SearchField, quality: MatchQuality): number {
  if (field === 'name') return QUALITY_ORDER[quality];
  return FIELD_RANK[field];
}

const targetKey = (t: SearchTarget): string => `${t.kind}:${t.id}`;

/** Up to `limit` results, best first, one per feature or place (its best-matching text). */
export function search(index: SearchIndex, query: string, limit = 10): SearchResult[] {
  const q = normalize(String(query ?? '').slice(0, MAX_QUERY_LENGTH));
  const qCompact = q.replace(/ /g, '');
  if (qCompact === '' || limit <= 0) return [];
  const qIsCjk = CJK.test(q);

  const bestByTarget = new Map<string, { result: SearchResult; item: Prepared }>();
  for (const item of index.items) {
    const m = matchItem(item, q, qCompact, qIsCjk);
    if (!m) continue;
    const result: SearchResult = { entry: item.entry, rank: rankOf(item.entry.field, m.quality), quality: m.quality, via: m.via };
    const key = targetKey(item.entry.target);
    const prev = bestByTarget.get(key);
    if (!prev || compare({ result, item }, prev) < 0) bestByTarget.set(key, { result, item });
  }
  return [...bestByTarget.values()]
    .sort(compare)
    .slice(0, limit)
    .map((x) => x.result);
}

function compare(a: { result: SearchResult; item: Prepared }, b: { result: SearchResult; item: Prepared }): number {
  return (
    a.result.rank - b.result.rank ||
    QUALITY_ORDER[a.result.quality] - QUALITY_ORDER[b.result.quality] ||
    [...a.item.entry.text].length - [...b.item.entry.text].length ||
    VIA_ORDER[a.result.via] - VIA_ORDER[b.result.via] ||
    a.item.order - b.item.order
  );
}

/**
 * Entries for every feature (Chinese and English name), its aliases and projects (pointing to the
 * feature), and every gazetteer place (pointing to its location). A feature id seen twice is taken once.
 */
export function buildSearchEntries(
  collections: readonly PlanCollection[],
  textById: Readonly<Record<string, PlanText>>,
  places: readonly PlaceLike[],
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const seen = new Set<string>();
  for (const collection of collections) {
    for (const feature of collection.features) {
      const p = feature.properties;
      if (!p?.id || seen.has(p.id)) continue;
      seen.add(p.id);
      const target: SearchTarget = { kind: 'feature', id: p.id, layer: p.layer, level: p.level };
      const title = { zh: p.name, en: p.nameEn };
      const add = (text: string | undefined, field: SearchField): void => {
        if (text && text.trim()) entries.push({ text, field, target, title });
      };
      add(p.name, 'name');
      add(p.nameEn, 'name');
      const text = Object.hasOwn(textById, p.id) ? textById[p.id] : undefined;
      for (const alias of text?.aliases ?? []) add(alias.name, 'alias');
      for (const project of text?.projects ?? []) {
        add(project.name, 'project');
        add(project.nameEn, 'project');
      }
    }
  }
  for (const place of places) {
    if (!place?.id || !place.name) continue;
    const target: SearchTarget = {
      kind: 'place',
      id: place.id,
      lon: place.lon,
      lat: place.lat,
      placeKind: place.kind ?? 'place',
      ...(place.detail ? { detail: place.detail } : {}),
    };
    const title = { zh: place.name, en: place.nameEn };
    entries.push({ text: place.name, field: 'place', target, title });
    if (place.nameEn) entries.push({ text: place.nameEn, field: 'place', target, title });
  }
  return entries;
}
