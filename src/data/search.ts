/**
 * Search over what a user may type: plan feature names (zh, en, pinyin, pinyin initials), their
 * aliases, the projects the plan lists for them, the planned projects by name and short name
 * (二七万达, 杉杉), and named places. Pure; no DOM.
 *
 * The entries come ready-made from the build (public/data/search.json, written by
 * scripts/lib/searchIndex.ts) with the pinyin of every Chinese text, so the browser
 * loads no pinyin dictionary. The file is `{ "version": 1, "entries": SearchEntry[] }`;
 * to make something new findable, add entries for it there (a new `field` also needs a rank here).
 *
 * Ranking: exact name > name prefix > name substring > alias > project > place; within a rank,
 * exact before prefix before substring, then shorter text first.
 */
import type { Level } from './levels';
import type { ProjectKind } from './projects';
import type { Place } from './types';

export type SearchTarget =
  | { kind: 'feature'; id: string; layer: string; level: Level }
  | { kind: 'place'; id: string; lon: number; lat: number; placeKind: PlaceKind; detail?: string; detailEn?: string }
  /**
   * A planned project (public/data/projects.geojson): its kind, the first board or zone the plan ties it to (if
   * any) and how many more it names.
   */
  | { kind: 'project'; id: string; projectKind: ProjectKind; feature?: string; otherFeatures?: number; placed: boolean };

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
  /**
   * Toneless pinyin of a Chinese `text`, one syllable per word ("er qi guang chang"; ü as v;
   * latin and digit runs kept as words), made at build time. Absent for texts without Chinese.
   */
  pinyin?: string;
}

/** public/data/search.json. */
export interface SearchIndexFile {
  version: 1;
  entries: SearchEntry[];
}

export type MatchQuality = 'exact' | 'prefix' | 'substring';
export type MatchVia = 'text' | 'pinyin' | 'initials';

export interface SearchResult {
  entry: SearchEntry;
  /** 0 exact name, 1 name prefix, 2 name substring, 3 alias, 4 project, 5 place. */
  rank: number;
  quality: MatchQuality;
  via: MatchVia;
  /** A project several areas list (one sentence for six green corridors): how many other areas list it too. */
  alsoIn?: number;
}

/** A named place search can find: gazetteer points (the plans' junctions and landmarks), metro stations, roads. */
export type PlaceLike = Pick<Place, 'id' | 'name' | 'lon' | 'lat'> & {
  nameEn?: string;
  kind?: PlaceKind;
  /** Shown after the kind, e.g. a station's lines ("1号线 · 5号线"). */
  detail?: string;
  /** The detail in English (a station's lines: "Line 1 · Line 8"). */
  detailEn?: string;
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

function prepare(entry: SearchEntry, order: number): Prepared {
  const norm = normalize(entry.text);
  const item: Prepared = { entry, order, norm, compact: norm.replace(/ /g, '') };
  if (entry.pinyin) {
    const parts = entry.pinyin.split(' ').filter((s) => s.length > 0);
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

/** The entries of a search.json body; an unknown format is an error (the app then shows no results). */
export function readSearchIndexFile(body: unknown): SearchEntry[] {
  const file = body as Partial<SearchIndexFile> | null;
  if (file?.version !== 1 || !Array.isArray(file.entries)) throw new Error('search.json: unsupported format');
  return file.entries;
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

/**
 * Up to `limit` results, best first, one per feature or place (its best-matching text). A project
 * listed by several areas is one result (its first area, with `alsoIn` the others), not one per area.
 */
export function search(index: SearchIndex, query: string, limit = 10): SearchResult[] {
  const q = normalize(String(query ?? '').slice(0, MAX_QUERY_LENGTH));
  const qCompact = q.replace(/ /g, '');
  if (qCompact === '' || limit <= 0) return [];
  const qIsCjk = CJK.test(q);

  const bestByTarget = new Map<string, { result: SearchResult; item: Prepared }>();
  const projectOwners = new Map<string, Set<string>>();
  for (const item of index.items) {
    const m = matchItem(item, q, qCompact, qIsCjk);
    if (!m) continue;
    const result: SearchResult = { entry: item.entry, rank: rankOf(item.entry.field, m.quality), quality: m.quality, via: m.via };
    const key = targetKey(item.entry.target);
    if (item.entry.field === 'project') projectOwners.set(item.norm, (projectOwners.get(item.norm) ?? new Set()).add(key));
    const prev = bestByTarget.get(key);
    if (!prev || compare({ result, item }, prev) < 0) bestByTarget.set(key, { result, item });
  }
  const shownProjects = new Set<string>();
  const results: SearchResult[] = [];
  for (const { result, item } of [...bestByTarget.values()].sort(compare)) {
    if (results.length === limit) break;
    if (result.entry.field === 'project') {
      if (shownProjects.has(item.norm)) continue;
      shownProjects.add(item.norm);
      const others = projectOwners.get(item.norm)!.size - 1;
      if (others > 0) result.alsoIn = others;
    }
    results.push(result);
  }
  return results;
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
