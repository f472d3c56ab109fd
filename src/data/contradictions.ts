/**
 * Where the plans disagree with themselves, found from the data: a feature's
 * cited lines giving another area, other bounding roads or another spelling
 * than its boundary words; old names of a board in other papers; parts whose
 * stated areas add up to more than their stated whole, in the data or in one
 * sentence of the text (src/data/statedSums.ts). Pure; both statements
 * keep their citations, and nothing is decided for the plan.
 */
import type { Citation, PlanProperties, PlanText } from './types';
import { findStatedSums, partsDisagree, partsTotal } from './statedSums';
import { findNameVariants, normalise } from './nameVariants';
/** The plan texts' lines by seed file name. */
type Seeds = Record<string, readonly string[]>;

export type ContradictionKind = 'area' | 'boundary' | 'spelling' | 'name' | 'sum' | 'figure' | 'variant';

export interface Statement {
  /** Verbatim words from the cited line (a clause, or the line cut short). */
  text: string;
  source: Citation;
}

export interface Contradiction {
  id: string;
  kind: ContradictionKind;
  /** The feature the statements are about; null for a figure of the whole district. */
  featureId: string | null;
  /** What differs, in the plan's terms (e.g. `南：菜场街 ≠ 菜市街`, `6 km² ≠ 5.6433 km²`). */
  detail: string;
  statements: Statement[];
  /**
   * A feature that draws the other reading of the boundary (a boundary variant: it relates
   * to this feature, citing the other statement's line), so both can be shown together.
   */
  variantId?: string;
}

// ---- reading the plan's words -------------------------------------------

const SIDES = ['东', '西', '南', '北'] as const;
type Side = (typeof SIDES)[number];
const OPPOSITE: Record<Side, Side> = { 东: '西', 西: '东', 南: '北', 北: '南' };

/** One bounding clause: on which side of the area the named thing lies. */
export interface Bound {
  side: Side;
  name: string;
  clause: string;
}

/**
 * The bounding clauses of a boundary description: `西至敦睦路` (west edge), `东临凤湖`,
 * `郑密路以南` (the area lies south of the road, so the road is its north edge).
 */
export function readBounds(text: string): Bound[] {
  const out: Bound[] = [];
  for (const raw of text.split(/[，,；;。]/)) {
    const clause = raw.replace(/^.*?[：:]/, '').replace(/^(位于|即)/, '').trim();
    let side: Side | null = null; // `西至敦睦路、福寿街、铭功路`: the names after 、 share the side
    for (const piece of clause.split('、').map((x) => x.trim())) {
      const edge = /^([东西南北])(?:至|临|接|邻|靠|连)(.+)$/.exec(piece);
      const beside = /^(.+?)以([东西南北])(?:区域)?$/.exec(piece);
      if (edge) side = edge[1] as Side;
      if (edge || (side && !beside)) out.push({ side: side!, name: (edge ? edge[2] : piece).trim(), clause: raw.trim() });
      else if (beside) {
        side = null;
        out.push({ side: OPPOSITE[beside[2] as Side], name: beside[1].trim(), clause: raw.trim() });
      }
    }
  }
  return out;
}

/** A stated area in km²: `约 6 平方公里`, `564.33 公顷`, `19公顷`, `1200亩`. */
export function readArea(text: string): { km2: number; words: string } | null {
  const m = /(?:总面积|规划面积|面积)?\s*约?\s*(\d+(?:\.\d+)?)\s*(平方公里|公顷|亩)/.exec(text);
  if (!m) return null;
  const value = Number(m[1]);
  const km2 = m[2] === '平方公里' ? value : m[2] === '公顷' ? value / 100 : value / 1500;
  return { km2, words: m[0].trim() };
}

/** Names of one thing in one clause: `凤湖（尖岗水库）` is 凤湖 and 尖岗水库. */
const namesOf = (name: string) => name.split(/[（）()]/).map((n) => n.trim()).filter(Boolean);

/** Do two bounding names speak of the same thing (郑少高速 / 郑少高速公路; 凤湖（尖岗水库） / 尖岗水库二级水源保护线)? */
function sameThing(a: string, b: string): boolean {
  return namesOf(a).some((x) => namesOf(b).some((y) => x.includes(y) || y.includes(x)));
}

/** Same length, one character apart: a spelling variant (菜场街 / 菜市街), not another road. */
function oneCharApart(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 2) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

// ---- finding ----------------------------------------------------------

export interface ContradictionInput {
  features: PlanProperties[];
  texts: Record<string, PlanText>;
  seeds: Seeds;
}

const lineOf = (seeds: Seeds, file: string, line: number) => seeds[file]?.[line - 1] ?? '';
const rangeOf = (c: Citation) => c.lines.split('-').map(Number) as [number, number];
const SHORT = 60;
const cut = (s: string) => (s.length > SHORT ? `${s.slice(0, SHORT)}…` : s);

/**
 * The lines that describe a feature's extent: its boundary words, and the lines of its
 * cited sections (multi-line citations) that bound it or state its area. A single cited
 * line elsewhere only names it and is left out, as it may describe a neighbour.
 */
function extentLines(p: PlanProperties, text: PlanText | undefined, seeds: Seeds): { source: Citation; text: string }[] {
  const out: { source: Citation; text: string }[] = [];
  const seen = new Set<string>();
  const add = (file: string, line: number) => {
    const key = `${file}:${line}`;
    const words = lineOf(seeds, file, line);
    if (seen.has(key) || !words) return;
    seen.add(key);
    out.push({ source: { file, lines: `${line}-${line}` }, text: words });
  };
  if (text?.boundaryText) add(text.boundaryText.source.file, rangeOf(text.boundaryText.source)[0]);
  for (const s of p.sources) {
    const [from, to] = rangeOf(s);
    if (to === from) continue;
    for (let l = from; l <= to; l++) {
      const words = lineOf(seeds, s.file, l);
      if (/空间范围|范围[：:]/.test(words) || (readBounds(words).length >= 2 && readArea(words))) add(s.file, l);
    }
  }
  return out;
}

/**
 * How two descriptions bound an area differently: a side both name with nothing in common
 * (`南：南四环 ≠ 10万亩生态涵养林`), or one thing on another side (`南四环：南 ≠ 西`).
 */
export function edgeDiffs(a: Bound[], b: Bound[]): string[] {
  const out: string[] = [];
  const alike = (x: Bound, y: Bound) => sameThing(x.name, y.name) || oneCharApart(x.name, y.name);
  for (const side of SIDES) {
    const as = a.filter((x) => x.side === side);
    const bs = b.filter((y) => y.side === side);
    if (as.length && bs.length && !as.some((x) => bs.some((y) => alike(x, y)))) {
      out.push(`${side}：${as.map((x) => x.name).join('、')} ≠ ${bs.map((y) => y.name).join('、')}`);
    }
  }
  for (const x of a) {
    const moved = b.find((y) => y.side !== x.side && sameThing(x.name, y.name));
    if (moved && !b.some((y) => y.side === x.side && alike(x, y))) out.push(`${x.name}：${x.side} ≠ ${moved.side}`);
  }
  return out;
}

function extentConflicts(p: PlanProperties, text: PlanText | undefined, seeds: Seeds): Contradiction[] {
  const lines = extentLines(p, text, seeds);
  if (lines.length < 2) return [];
  const [main, ...others] = lines;
  const out: Contradiction[] = [];
  const mainBounds = readBounds(main.text);
  const stated = p.statedAreaKm2 ?? readArea(main.text)?.km2 ?? null;
  for (const other of others) {
    const id = (kind: string, n = 0) => `${p.id}:${kind}:${other.source.lines.split('-')[0]}${n ? `-${n}` : ''}`;
    const area = readArea(other.text);
    if (stated && area && Math.abs(area.km2 - stated) / stated > 0.02) {
      const mainArea = readArea(main.text);
      out.push({
        id: id('area'), kind: 'area', featureId: p.id,
        detail: `${mainArea?.words ?? `${stated} 平方公里`} ≠ ${area.words}`,
        statements: [{ text: mainArea?.words ?? cut(main.text), source: main.source }, { text: area.words, source: other.source }],
      });
    }
    const otherBounds = readBounds(other.text);
    if (mainBounds.length < 2 || otherBounds.length < 2) continue;
    const spelled: [Bound, Bound][] = [];
    for (const a of mainBounds) for (const b of otherBounds) if (a.side === b.side && oneCharApart(a.name, b.name)) spelled.push([a, b]);
    spelled.forEach(([a, b], n) =>
      out.push({
        id: id('spelling', n), kind: 'spelling', featureId: p.id, detail: `${a.side}：${a.name} ≠ ${b.name}`,
        statements: [{ text: a.clause, source: main.source }, { text: b.clause, source: other.source }],
      }),
    );
    const diffs = edgeDiffs(mainBounds, otherBounds);
    if (diffs.length) {
      out.push({
        id: id('boundary'), kind: 'boundary', featureId: p.id, detail: diffs.join('；'),
        statements: [{ text: cut(main.text), source: main.source }, { text: cut(other.text), source: other.source }],
      });
    }
  }
  return out;
}

/** Names of a feature in other papers that are not a short form of its name: the board renamed. */
const homeOf = (p: PlanProperties, text: PlanText | undefined) => text?.boundaryText?.source ?? p.sources[0];
/** A feature's names in other papers that are not a short form of its name. */
const renamedAliases = (p: PlanProperties, text: PlanText | undefined) =>
  (text?.aliases ?? []).filter((a) => a.source.file !== homeOf(p, text).file && !p.name.includes(a.name) && !a.name.includes(p.name));

function nameConflicts(p: PlanProperties, text: PlanText | undefined): Contradiction[] {
  const home = homeOf(p, text);
  const renamed = renamedAliases(p, text);
  const byName = new Map<string, Citation>();
  for (const a of renamed) if (!byName.has(a.name)) byName.set(a.name, a.source);
  if (!byName.size) return [];
  return [{
    id: `${p.id}:name`, kind: 'name', featureId: p.id,
    detail: `${p.name} ← ${[...byName.keys()].join('、')}`,
    statements: [{ text: p.name, source: home }, ...[...byName].map(([name, source]) => ({ text: name, source }))],
  }];
}

/** Parts the plan puts inside a whole, whose stated areas add up to more than the whole's. */
function sumConflicts(features: PlanProperties[], texts: Record<string, PlanText>): Contradiction[] {
  const byId = new Map(features.map((f) => [f.id, f]));
  const parts = new Map<string, { part: PlanProperties; source: Citation }[]>();
  const addPart = (whole: string, part: PlanProperties | undefined, source: Citation) => {
    if (!part) return;
    const list = parts.get(whole) ?? [];
    if (!list.some((x) => x.part.id === part.id)) list.push({ part, source });
    parts.set(whole, list);
  };
  for (const f of features) {
    for (const r of f.relations ?? []) {
      if (r.type === 'inside') addPart(r.target, f, r.source);
      if (r.type === 'contains') addPart(f.id, byId.get(r.target), r.source);
    }
  }
  const out: Contradiction[] = [];
  for (const [wholeId, list] of parts) {
    const whole = byId.get(wholeId);
    const stated = list.filter((x) => x.part.statedAreaKm2);
    if (!whole?.statedAreaKm2 || stated.length < 1) continue;
    const sum = stated.reduce((s, x) => s + x.part.statedAreaKm2!, 0);
    if (sum <= whole.statedAreaKm2 * 1.02) continue;
    const wholeSource = texts[wholeId]?.boundaryText?.source ?? whole.sources[0];
    out.push({
      id: `${wholeId}:sum`, kind: 'sum', featureId: wholeId,
      detail: `${whole.name} ${whole.statedAreaKm2} < ${stated.map((x) => `${x.part.name} ${x.part.statedAreaKm2}`).join(' + ')} = ${Math.round(sum * 100) / 100} km²`,
      statements: [{ text: `${whole.name}：${whole.statedAreaKm2} 平方公里`, source: wholeSource }, ...stated.map((x) => ({ text: `${x.part.name}：${x.part.statedAreaKm2} 平方公里`, source: texts[x.part.id]?.boundaryText?.source ?? x.source }))],
    });
  }
  return out;
}

/** A whole stated with its parts in one sentence, whose parts do not add up to it (`“四区”即` five names). */
export function statedSumConflicts(seeds: Seeds): Contradiction[] {
  return findStatedSums(seeds).filter(partsDisagree).map((sum) => {
    const total = partsTotal(sum);
    const line = sum.source.lines.split('-')[0];
    const detail = sum.kind === 'count'
      ? `${sum.wholeWords} ≠ ${total}：${sum.parts.map((p) => p.words).join('、')}`
      : `${sum.whole} ${sum.unit} < ${sum.parts.map((p) => p.value).join(' + ')} = ${total} ${sum.unit}`;
    return {
      id: `sum:${sum.source.file.slice(0, 3)}:${line}:${sum.wholeWords}`, kind: 'sum' as const, featureId: null, detail,
      statements: [{ text: sum.wholeWords, source: sum.source }, { text: sum.parts.map((p) => p.words).join('、'), source: sum.source }],
    };
  });
}

/**
 * One figure compared with a base year twice, with different results: `760.2亿元，是2015年的1.61倍`
 * in one paper and `760.2亿元,是2015年的1.64倍` in another.
 */
export function figureConflicts(seeds: Seeds): Contradiction[] {
  const RATIO = /(\d+(?:\.\d+)?)\**\s*亿元[，,]?\s*是(\d{4})年的\s*\**(\d+(?:\.\d+)?)\**\s*倍/g;
  const byFigure = new Map<string, { ratio: string; statement: Statement }[]>();
  for (const [file, lines] of Object.entries(seeds)) {
    lines.forEach((line, i) => {
      for (const m of line.matchAll(RATIO)) {
        const key = `${m[1]}亿元/${m[2]}`;
        const list = byFigure.get(key) ?? [];
        list.push({ ratio: m[3], statement: { text: m[0], source: { file, lines: `${i + 1}-${i + 1}` } } });
        byFigure.set(key, list);
      }
    });
  }
  return [...byFigure].flatMap(([key, list]) => {
    const ratios = [...new Set(list.map((x) => x.ratio))];
    if (ratios.length < 2) return [];
    const [value, year] = key.split('/');
    return [{ id: `figure:${key}`, kind: 'figure' as const, featureId: null, detail: `${value}，是${year}年的 ${ratios.join(' ≠ ')} 倍`, statements: list.map((x) => x.statement) }];
  });
}

/**
 * One project or place written differently (联动U谷 vs 联东U谷): the names of the project lists and the drawn
 * features, their variants looked for by rule in the lists and in every line of the plans (src/data/nameVariants.ts).
 */
export function variantConflicts(features: PlanProperties[], texts: Record<string, PlanText>, seeds: Seeds): Contradiction[] {
  const things = [
    ...Object.entries(texts).flatMap(([featureId, t]) => (t.projects ?? []).map((p) => ({ name: p.name, source: p.source, featureId }))),
    ...features.map((f) => ({ name: f.name, source: f.sources[0], featureId: f.id })),
  ];
  // A board's old names in other papers are already listed as renamings (kind 'name'): not again as variants.
  const byId = new Map(features.map((f) => [f.id, f]));
  const aliases = (id: string) => {
    const f = byId.get(id);
    return new Set(f ? renamedAliases(f, texts[id]).map((a) => normalise(a.name)) : []);
  };
  const groups = findNameVariants(things, seeds)
    .map((g) => ({ ...g, spellings: g.spellings.filter((sp) => !aliases(g.featureId).has(normalise(sp.text))) }))
    .filter((g) => g.spellings.length > 1);
  return groups.map((g) => ({
    id: `variant:${normalise(g.spellings[0].text)}`,
    kind: 'variant' as const,
    featureId: g.featureId,
    detail: g.spellings.map((sp) => sp.text).join(' ≠ '),
    statements: g.spellings.flatMap((sp) => sp.sources.map((source) => ({ text: sp.text, source }))),
  }));
}

const covers = (outer: Citation, inner: Citation) => {
  const [a, b] = rangeOf(outer);
  const [c, d] = rangeOf(inner);
  return outer.file === inner.file && a <= c && d <= b;
};

/** The feature drawing the other statement of an area or boundary disagreement, if one does. */
function variantOf(c: Contradiction, features: PlanProperties[]): string | undefined {
  if (!c.featureId || (c.kind !== 'area' && c.kind !== 'boundary')) return undefined;
  const other = c.statements.slice(1).map((st) => st.source);
  return features.find((f) => f.id !== c.featureId && (f.relations ?? []).some((r) => r.target === c.featureId && other.some((src) => covers(r.source, src))))?.id;
}

export function findContradictions({ features, texts, seeds }: ContradictionInput): Contradiction[] {
  const all = [...features.flatMap((p) => [...extentConflicts(p, texts[p.id], seeds), ...nameConflicts(p, texts[p.id])]), ...sumConflicts(features, texts), ...statedSumConflicts(seeds), ...figureConflicts(seeds), ...variantConflicts(features, texts, seeds)];
  // A board drawn in two layouts (sameAs) is one entity: the same disagreement is listed once.
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.kind}|${c.statements.map((st) => `${st.source.file}:${st.source.lines}:${st.text}`).join('|')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).map((c) => {
    const variantId = variantOf(c, features);
    return variantId ? { ...c, variantId } : c;
  });
}
