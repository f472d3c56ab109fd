/**
 * One place, one English spelling. The map writes a place's name in Pinyin as the place-name rules write it
 * (placeNameRomanisation.ts: roads, landmarks, water) and a district by its English name, while plan concepts are
 * translated; a plan area named after a place ("中原路绿廊", "常庄水库") must then write the place as the map does,
 * or the English view shows one place two ways ("Zhongyuan Road green corridor" beside the road "Zhongyuan Lu").
 * And one plan name is translated one way wherever it stands (a layer's feature, a story step's title).
 * Pure: the test reads the data (scripts/placeNameSpellings.test.ts).
 */

/** A Chinese name and its English, and where it is written (for the message). */
export interface Named {
  zh: string;
  en: string;
  where: string;
}

/**
 * Names that contain a place's Chinese name but not its English: one line for each. A longer place is matched
 * before a shorter one inside it (中原西路 before 中原路 would be, were both places), and matches are
 * case-sensitive: a place name is capitalised as the rules write it.
 */
export function spelledOtherwise(places: readonly Named[], names: readonly Named[]): string[] {
  const longestFirst = [...places].filter((p) => p.zh && p.en).sort((a, b) => b.zh.length - a.zh.length);
  const found: string[] = [];
  for (const n of names) {
    let rest = n.zh;
    for (const p of longestFirst) {
      if (!rest.includes(p.zh)) continue;
      rest = rest.split(p.zh).join('\u0000');
      if (!n.en.includes(p.en)) found.push(`${n.where}: ${n.zh} "${n.en}" does not write ${p.zh} as ${p.where} does ("${p.en}")`);
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
