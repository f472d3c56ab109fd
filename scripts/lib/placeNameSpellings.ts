/**
 * One place, one English spelling. The map writes a place's name in Pinyin as the place-name rules write it
 * (placeNameRomanisation.ts: roads, landmarks, water) and a district by its English name, while plan concepts are
 * translated; a plan area named after a place ("中原路绿廊", "常庄水库") must then write the place as the map does,
 * or the English view shows one place two ways ("Zhongyuan Road green corridor" beside the road "Zhongyuan Lu").
 * And one plan name is translated one way wherever it stands (a layer's feature, a story step's title).
 * The same goes for the records' English (boundary words, positioning, projects, notes): a road is written as the
 * rules write it (铭功路 Minggong Lu, not Minggong Road), so the reader finds it on the map.
 * Pure: the test reads the data (scripts/placeNameSpellings.test.ts).
 */
import { alignRoads } from './roadNameAlign';

/** A Chinese name and its English, and where it is written (for the message). */
export interface Named {
  zh: string;
  en: string;
  where: string;
}

/**
 * Names that contain a place's Chinese name but not its English: one line for each. A longer place is matched
 * before a shorter one inside it (中原西路 before 中原路 would be, were both places), and matches are
 * case-sensitive: a place name is capitalised as the rules write it. With `quoted`, an English that quotes the
 * place's Chinese name is not counted.
 */
export function spelledOtherwise(places: readonly Named[], names: readonly Named[], opts: { quoted?: boolean } = {}): string[] {
  const longestFirst = [...places].filter((p) => p.zh && p.en).sort((a, b) => b.zh.length - a.zh.length);
  const found: string[] = [];
  for (const n of names) {
    let rest = n.zh;
    for (const p of longestFirst) {
      if (!rest.includes(p.zh)) continue;
      rest = rest.split(p.zh).join('\u0000');
      // A record's English may quote a place in Chinese (the drawing notes name their references' words).
      if (!n.en.includes(p.en) && !(opts.quoted && n.en.includes(p.zh))) found.push(`${n.where}: ${n.zh} "${n.en}" does not write ${p.zh} as ${p.where} does ("${p.en}")`);
    }
  }
  return found;
}

/** The same Chinese name translated more than one way: one line for each such name, with every way and where. */
export function translatedTwoWays(names: readonly Named[]): string[] {
  const ways = new Map<string, Map<string, string[]>>();
  for (const n of names) {
    const byEn = ways.get(n.zh) ?? new Map<string, string[]>();
    byEn.set(n.en, [...(byEn.get(n.en) ?? []), n.where]);
    ways.set(n.zh, byEn);
  }
  return [...ways]
    .filter(([, byEn]) => byEn.size > 1)
    .map(([zh, byEn]) => `${zh}: ${[...byEn].map(([en, where]) => `"${en}" (${where.join(', ')})`).join(' vs ')}`);
}

/**
 * The bilingual strings of a record file, each with where it stands: `{ zh, en }`, `{ text, en }` (a quote and its
 * translation) and `{ name, nameEn }` (a feature or project), wherever they are nested.
 */
export function bilingualStrings(data: unknown, where: string): Named[] {
  const out: Named[] = [];
  const walk = (o: unknown, at: string): void => {
    if (Array.isArray(o)) return o.forEach((v, i) => walk(v, `${at}[${i}]`));
    if (!o || typeof o !== 'object') return;
    const r = o as Record<string, unknown>;
    for (const [zh, en] of [['zh', 'en'], ['text', 'en'], ['name', 'nameEn']]) {
      if (typeof r[zh] === 'string' && typeof r[en] === 'string') out.push({ zh: r[zh] as string, en: r[en] as string, where: at });
    }
    for (const [k, v] of Object.entries(r)) walk(v, `${at}.${k}`);
  };
  walk(data, where);
  return out;
}

/**
 * Roads an English text writes otherwise than the place-name rules: a road phrase ("Minggong Road", "the South Third
 * Ring Road") that translates a road name of the Chinese, with the rules' spelling; and a road phrase whose road the
 * Chinese does not name (a translation that dropped or changed a part of the name, or named a road the plan does not).
 */
export function roadsNotByTheRules(names: readonly Named[]): string[] {
  const found: string[] = [];
  for (const n of names) {
    const { aligned, unaligned } = alignRoads(n.zh, n.en);
    for (const a of aligned) found.push(`${n.where}: "${a.text}" (${a.zh.join('、')}) is written "${a.rules}" by the place-name rules`);
    for (const u of unaligned) found.push(`${n.where}: "${u.text}" names no road of its Chinese: ${n.zh}`);
  }
  return found;
}
