/**
 * Where a plan text states a whole and its parts in one sentence, read from the words:
 * an amount and what it is made of (`占地约322亩，其中医院用地占地146亩，住宅用地占地131亩…`),
 * or a count and the names it counts (`“四区”即二七新区、…和樱桃沟西美示范区`,
 * `二七路、解放路、西大街、德化街和人民路5条景观大道`). Pure; the contradiction finder
 * compares each whole with the sum of its parts.
 */
import type { Citation } from './types';

export interface StatedSum {
  kind: 'amount' | 'count';
  /** The stated whole: a number and its unit (`亩`, `条`, or the slogan's word such as `区`). */
  whole: number;
  unit: string;
  /** The words that state the whole (`占地约322亩`, `“四区”`, `5条`). */
  wholeWords: string;
  /** Each part: its words and the amount it adds (1 for a counted name). */
  parts: { words: string; value: number }[];
  source: Citation;
}

const NUMERALS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** `5`, `五`, `十二`, `二十` → the number; anything else → null. */
export function readNumeral(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 1) return NUMERALS[text] ?? null;
  if (text.length === 2 && text[0] === '十') return NUMERALS[text[1]] ? 10 + NUMERALS[text[1]] : null;
  if (text.length === 2 && text[1] === '十') return NUMERALS[text[0]] ? NUMERALS[text[0]] * 10 : null;
  return null;
}

const AMOUNT_UNITS = '平方公里|公顷|亩|亿元|万元|万吨|万人|公里';
const AMOUNT = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${AMOUNT_UNITS})`, 'g');
/** A whole with its breakdown: `322亩，其中…` up to the end of the sentence. */
const WITH_BREAKDOWN = new RegExp(`([^，,。；;]*?(\\d+(?:\\.\\d+)?)\\s*(${AMOUNT_UNITS}))[，,]\\s*其中[：:]?([^。；;]*)`, 'g');

function amountSums(line: string, source: Citation): StatedSum[] {
  const out: StatedSum[] = [];
  for (const m of line.matchAll(WITH_BREAKDOWN)) {
    const unit = m[3];
    // Each part is a clause of the breakdown with an amount in the whole's unit.
    const parts = m[4].split(/[，,]/).flatMap((clause) => {
      const hit = [...clause.matchAll(AMOUNT)].find((a) => a[2] === unit);
      return hit ? [{ words: clause.trim(), value: Number(hit[1]) }] : [];
    });
    if (parts.length >= 2) out.push({ kind: 'amount', whole: Number(m[2]), unit, wholeWords: m[1].trim(), parts, source });
  }
  return out;
}

/** The names of a list `甲、乙、丙和丁` (the last pair joined by 和, 与 or 及). */
function listNames(list: string): string[] {
  const items = list.split('、').map((x) => x.trim());
  const last = items.pop() ?? '';
  return [...items, ...last.split(/和|与|及/)].map((x) => x.trim()).filter(Boolean);
}

/** `“四区”即甲、乙、丙和丁`: the slogan's number against the names it is said to be. */
const SLOGAN = /“([一二两三四五六七八九十]{1,2})([^”\d]{1,3})”即([^，,。；;：:]+)/g;
/**
 * `甲、乙、丙和丁5条景观大道`: a list of short names counted right after it. The list starts
 * after the last connective before its first 、 (`…主辅广场及二七路、…` starts at 二七路).
 * Prose lists are not counts, so this reads only lists of 2–12 names of 2–12 characters
 * with no figures, quotes or 等 (and others) in them, counted by a number from 2 to 12
 * that is not itself a new item (`主辅广场及5条景观大道`).
 */
const COUNTED_LIST = /([^，,。；;：:、]+?(?:、[^，,。；;：:、]+?)+)(\d+|[一二两三四五六七八九十]{1,2})(条|个|座|所|家|项|大)/g;
const NAME = /^[^\d“”"‘’等\s]{2,12}$/;
const MAX_COUNTED = 12;

function countSums(line: string, source: Citation): StatedSum[] {
  const out: StatedSum[] = [];
  const counted = (whole: number | null, names: string[]) =>
    whole !== null && whole >= 2 && whole <= MAX_COUNTED && names.length >= 2 && names.length <= MAX_COUNTED && names.every((n) => NAME.test(n));
  for (const m of line.matchAll(SLOGAN)) {
    const whole = readNumeral(m[1]);
    const names = listNames(m[3]);
    if (counted(whole, names)) out.push({ kind: 'count', whole: whole!, unit: m[2], wholeWords: `“${m[1]}${m[2]}”`, parts: names.map((words) => ({ words, value: 1 })), source });
  }
  for (const m of line.matchAll(COUNTED_LIST)) {
    if (/[及和与]$/.test(m[1])) continue;
    const first = m[1].indexOf('、');
    const start = Math.max(...['及', '和', '与'].map((c) => m[1].lastIndexOf(c, first) + 1));
    const whole = readNumeral(m[2]);
    const names = listNames(m[1].slice(start));
    if (counted(whole, names)) out.push({ kind: 'count', whole: whole!, unit: m[3], wholeWords: `${m[2]}${m[3]}`, parts: names.map((words) => ({ words, value: 1 })), source });
  }
  return out;
}

/** Every whole stated with its parts in the plan texts, with its line. */
export function findStatedSums(seeds: Record<string, readonly string[]>): StatedSum[] {
  return Object.entries(seeds).flatMap(([file, lines]) =>
    lines.flatMap((line, i) => {
      const source = { file, lines: `${i + 1}-${i + 1}` };
      return [...amountSums(line, source), ...countSums(line, source)];
    }),
  );
}

/** The parts' total; amounts to the precision the plan gives them. */
export const partsTotal = (sum: StatedSum): number => Math.round(sum.parts.reduce((s, p) => s + p.value, 0) * 1e6) / 1e6;

/**
 * Do the parts contradict the whole? A count must match exactly; an amount's parts may be
 * a selection (`其中` need not list everything) but may not add up to more than the whole.
 */
export function partsDisagree(sum: StatedSum): boolean {
  const total = partsTotal(sum);
  return sum.kind === 'count' ? total !== sum.whole : total > sum.whole * 1.005;
}
