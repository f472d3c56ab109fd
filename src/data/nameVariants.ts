/**
 * Name variants of one project or place across the plans, found by rule rather than by hand: 联动U谷 (000:47) and
 * 联东U谷 (000:533), 二七新双塔 and 新二七双塔, 长安古寨民宿 and 长安古寨民俗村, 万科医疗产业园 / 万科医疗养老产业园 /
 * 万科健康养老产业园. Two spellings are variants when, after normalising (full-width forms, spaces, dashes and a
 * trailing 项目/工程/建设), they hold the same numerals and either use the same characters in another order, or
 * differ by at most 30 % of their length in edits (Levenshtein) while sharing a run of at least three characters.
 * They start alike (the same first character, or the same characters reordered). One spelling containing the
 * other is a longer name, not a variant. The names come from the lists (projects, drawn features); their variants
 * are looked for among the lists and among the name-like pieces of every line of the plans. Pure.
 */
import type { Citation } from './types';

/** The plan texts' lines by seed file name. */
type Seeds = Record<string, readonly string[]>;

export interface NamedThing {
  name: string;
  source: Citation;
  /** The feature whose list or drawing holds the name. */
  featureId: string;
}

export interface VariantGroup {
  /** The feature of the first listed spelling. */
  featureId: string;
  /** Each spelling (as the plan first writes it) with every plan line it occurs in. */
  spellings: { text: string; sources: Citation[] }[];
}

const MAX_SHARE = 0.3;
const MIN_RUN = 3;
const MIN_LIST_LEN = 4;
/** A variant found in running text must be at least this long: shorter names differ by one character from too much. */
const MIN_SCAN_LEN = 5;
const MAX_LEN = 16;
const NUMERALS = /[0-9一二三四五六七八九十百千万两]/g;
const GENERIC_TAIL = /(建设项目|项目|工程|建设)$/;

/** Full-width forms folded, spaces and joiners dropped: 联东 U 谷-科技总部港 → 联东U谷科技总部港. */
export function normalise(s: string): string {
  return s.normalize('NFKC').replace(/[\s\u3000\-—–·•_]+/g, '');
}
const core = (s: string) => normalise(s).replace(GENERIC_TAIL, '');

export function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

function longestRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) {
    let k = 0;
    while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
    best = Math.max(best, k);
  }
  return best;
}

const sorted = (s: string) => [...s].sort().join('');
const numerals = (s: string) => sorted((s.match(NUMERALS) ?? []).join(''));

/** Are two spellings variants of one name (see the module comment)? */
export function isVariant(a: string, b: string): boolean {
  const [x, y] = [core(a), core(b)];
  if (x === y || x.length < MIN_LIST_LEN || y.length < MIN_LIST_LEN || x.includes(y) || y.includes(x)) return false;
  if (numerals(x) !== numerals(y)) return false;
  if (x.length === y.length && sorted(x) === sorted(y)) return true;
  return levenshtein(x, y) <= MAX_SHARE * Math.max(x.length, y.length) && longestRun(x, y) >= MIN_RUN;
}

const usable = (name: string) => {
  const n = normalise(name);
  return n.length >= MIN_LIST_LEN && n.length <= MAX_LEN && !/[、，,；;。：:等…]/.test(n);
};

/** The plans' lines normalised once: (file, 1-based line, original, normalised). */
interface Line { file: string; no: number; raw: string; norm: string }
const normalisedLines = (seeds: Seeds): Line[] =>
  Object.entries(seeds).flatMap(([file, lines]) => lines.map((raw, i) => ({ file, no: i + 1, raw, norm: normalise(raw) })));

const JOINERS = '[\\s\\u3000\\-—–·•_]*';
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The spelling as the line writes it (with its spaces and dashes), so a statement quotes the plan verbatim. */
export function verbatimIn(spelling: string, raw: string): string {
  const m = new RegExp([...normalise(spelling)].map(escape).join(JOINERS)).exec(raw.normalize('NFKC'));
  return m ? m[0] : spelling;
}

/** Clause breaks and list separators: a name never spans one. */
const BREAKS = /[、，,。；;：:（）()“”"'‘’《》！？!?/|…]|等/;
/** Words that lead into a name in running text (重点推进二七新双塔, 以万科医疗养老产业园): stripped off the front. */
const LEADS = /^(以|依托|重点推进|加快推进|大力推进|推进|重点抓好|突出抓好|抓好|加快建设|加快|建设|打造|围绕|累计引进|引进|做好|实施|完成|启动|支持|聚力打造|着力提升|提升|推动|对|在|是|将|与|及|和)/;

/**
 * Name-like pieces of one line: the clauses between separators, with leading verbs stripped and anything up to a
 * company name (…有限公司长安古寨民宿项目) cut off, 4–16 characters long.
 */
export function namePieces(line: string): string[] {
  const out: string[] = [];
  for (let piece of normalise(line).split(BREAKS)) {
    for (let before = ''; before !== piece; ) {
      before = piece;
      piece = piece.replace(LEADS, '');
    }
    piece = piece.replace(/^.*公司/, '');
    if (piece.length >= MIN_LIST_LEN && piece.length <= MAX_LEN) out.push(piece);
  }
  return out;
}

/** The same name's first character (or the same characters reordered): 联东/联动, not 京广/陇海 … 生态带. */
const sameStart = (a: string, b: string) => core(a)[0] === core(b)[0] || sorted(core(a)) === sorted(core(b));

/** Groups of spellings of one name: pairs from the lists and from the plans' lines, joined where they share one. */
export function findNameVariants(things: readonly NamedThing[], seeds: Seeds): VariantGroup[] {
  const named = things.filter((t) => usable(t.name));
  const parent = new Map<string, string>();
  const featureOf = new Map<string, string>();
  const key = (s: string) => core(s);
  const root = (k: string): string => {
    const p = parent.get(k) ?? k;
    if (p === k) return k;
    const r = root(p);
    parent.set(k, r);
    return r;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [root(key(a)), root(key(b))];
    if (ra !== rb) parent.set(rb, ra);
  };
  const text = new Map<string, string>(); // key → a verbatim spelling
  for (const t of named) {
    const k = key(t.name);
    if (!text.has(k)) text.set(k, normalise(t.name));
    if (!featureOf.has(k)) featureOf.set(k, t.featureId);
  }
  const listed = [...text.keys()];
  const linked = new Set<string>();
  for (let i = 0; i < listed.length; i++) for (let j = i + 1; j < listed.length; j++) {
    if (sameStart(listed[i], listed[j]) && isVariant(listed[i], listed[j])) {
      join(listed[i], listed[j]);
      linked.add(listed[i]).add(listed[j]);
    }
  }
  const lines = normalisedLines(seeds);
  // Pieces indexed by first character and by their characters sorted: only those can be variants (sameStart).
  const byFirst = new Map<string, string[]>();
  const bySorted = new Map<string, string[]>();
  const push = (m: Map<string, string[]>, k: string, v: string) => m.set(k, [...(m.get(k) ?? []), v]);
  for (const piece of new Set(lines.flatMap((l) => namePieces(l.raw)))) {
    const c = core(piece);
    if (c.length < MIN_SCAN_LEN) continue;
    if (c.length > MIN_SCAN_LEN) push(byFirst, c[0], piece); // a five-character piece counts only reordered
    push(bySorted, sorted(c), piece);
  }
  for (const k of listed) {
    const candidates = new Set([...(byFirst.get(k[0]) ?? []), ...(bySorted.get(sorted(k)) ?? [])]);
    for (const v of candidates) {
      if (Math.abs(core(v).length - k.length) > MAX_SHARE * Math.max(k.length, core(v).length) || !isVariant(k, v)) continue;
      const vk = key(v);
      if (!text.has(vk)) text.set(vk, v);
      join(k, vk);
      linked.add(k).add(vk);
    }
  }
  const groups = new Map<string, string[]>();
  for (const k of linked) groups.set(root(k), [...(groups.get(root(k)) ?? []), k]);
  return [...groups.values()].map((keys) => {
    const spellings = keys.map((k) => {
      const n = text.get(k)!;
      const at = lines.filter((l) => l.norm.includes(n));
      return { text: at.length ? verbatimIn(n, at[0].raw) : n, sources: at.map((l) => ({ file: l.file, lines: `${l.no}-${l.no}` })) };
    }).filter((sp) => sp.sources.length);
    const first = keys.map((k) => featureOf.get(k)).find(Boolean)!;
    return { featureId: first, spellings };
  }).filter((g) => g.spellings.length > 1);
}
