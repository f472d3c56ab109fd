/**
 * Roads named in a translation, matched with the Chinese they translate: "Minggong Road" in the English with 铭功路
 * in the Chinese, "Daxue South Road" with 大学南路, "West Jianshe Road" with 建设西路, "the South 3rd Ring Road" with
 * 南三环, "Guijiang, Yuexiu and Lingshan Roads" with 桂江路, 悦秀路 and 灵山路, "the West Third and Fourth Ring Roads"
 * with 西三环 and 西四环. The English spelling of the specific must be a reading of the Chinese characters before the
 * generic (pinyin-pro's readings, so a polyphone is matched however it is read), so "Songshan Road" is not matched
 * with 嵩山南路: that is a translation leaving out 南, reported as not aligned.
 *
 * Each aligned mention carries what the place-name rules write (placeNameRomanisation.ts: 铭功路 → Minggong Lu), and
 * `writeRoadsByTheRules` rewrites the English with it (a leading "the" goes: "both sides of Nansanhuan").
 * Pure: no files; scripts/lib/placeNameSpellings.ts applies it to the data.
 */
import { placeNameEn, readsAs } from './placeNameRomanisation';

/** A road phrase of the English and the Chinese road name it translates, with the rules' spelling. */
export interface RoadMention {
  /** Offsets of the phrase in the English, a leading "the " included. */
  start: number;
  end: number;
  /** The phrase as written ("the South Third Ring Road"; a list: "Guijiang, Yuexiu and Lingshan Roads"). */
  text: string;
  /** The Chinese names, in the English's order (one, or each of a list). */
  zh: string[];
  /** What the place-name rules write for the phrase ("Nansanhuan"; "Guijiang Lu, Yuexiu Lu and Lingshan Lu"). */
  rules: string;
}

/** A road phrase of the English whose Chinese is not in the Chinese text (or that names no road). */
export interface UnalignedRoad {
  start: number;
  end: number;
  text: string;
}

const DIRECTION: Record<string, string> = { East: '东', West: '西', South: '南', North: '北', Middle: '中', Central: '中', New: '新', Back: '后' };
const ORDINAL: Record<string, string> = {
  '1st': '一', '2nd': '二', '3rd': '三', '4th': '四', '5th': '五', First: '一', Second: '二', Third: '三', Fourth: '四', Fifth: '五',
};
/** English generic → the Chinese generics it may translate. */
const GENERIC: Record<string, string[]> = { Road: ['路'], Street: ['街', '大街'], Avenue: ['大道', '大街'], 'Ring Road': ['环路'] };
const SINGULAR: Record<string, string> = { Roads: 'Road', Streets: 'Street', Avenues: 'Avenue', 'Ring Roads': 'Ring Road' };

const WORD = "[A-Z][a-zü]*(?:'[a-zü]+)*";
const DIR = Object.keys(DIRECTION).join('|');
const ORD = Object.keys(ORDINAL).join('|');
/** A word of a specific: capitalised, not a direction or a number. */
const SPEC = `(?!(?:${DIR}|${ORD}|Ring)\\b)${WORD}`;
const HAN = /^\p{Script=Han}+$/u;
/** The longest specific tried, in characters. */
const MAX_SPECIFIC = 8;

interface Match {
  zh: string;
  rules: string;
  /** How many of the words before the generic the specific took (the ones before it are English). */
  words?: number;
}

/**
 * The Chinese road name in `zh` made of a specific spelled by `pinyin` and then a tail (a direction or number and the
 * generic: "南路", "街"), or a name given whole (a tail only, pinyin empty). The first such name in the text.
 */
function findChinese(zh: string, pinyin: string, tails: string[]): { name: string; tail: string } | undefined {
  for (const tail of tails) {
    for (let j = zh.indexOf(tail); j >= 0; j = zh.indexOf(tail, j + 1)) {
      if (!pinyin) return { name: tail, tail };
      for (let k = 1; k <= MAX_SPECIFIC && k <= j; k++) {
        const chars = zh.slice(j - k, j);
        if (HAN.test(chars) && readsAs(chars, pinyin)) return { name: chars + tail, tail };
      }
    }
  }
  return undefined;
}

const runTogether = (s: string) => s.toLowerCase().replace(/[\s']/g, '');

/**
 * The rules' spelling of a matched name. The specific is one word as the English reads it (淮南街 "Huainan Street" is
 * Huainan Jie, not Huai Nanjie) and a direction joins the generic (大学南路 Daxue Nanlu, 德化东街 Dehua Dongjie); a
 * numbered road is one name (经西一路 Jingxiyi Lu, as the metro's 经北二路 Jingbei'er Lu); a polyphone is read as the
 * English reads it.
 */
function rulesName(found: { name: string; tail: string }, specific: string): string {
  const spec = found.name.slice(0, found.name.length - found.tail.length);
  const numbered = /[一二三四五六七八九十]/.test(found.tail);
  const name = numbered || !spec ? found.name : `${spec} ${found.tail}`;
  const spelled = placeNameEn(name);
  if (!specific || runTogether(spelled).startsWith(specific)) return spelled;
  return placeNameEn(name, specific + runTogether(placeNameEn(found.tail)));
}

/** One road: specific words, direction/number before or after, generic; the Chinese name it translates, if in zh. */
function alignOne(zh: string, words: string[], dir: string | undefined, ord: string | undefined, generic: string, after?: string): Match | undefined {
  const d = dir ? DIRECTION[dir] : '';
  const o = ord ? ORDINAL[ord] : '';
  const tails = (GENERIC[generic] ?? []).map((g) => d + o + g + (after ? DIRECTION[after] : ''));
  // The specific: the longest run of the words before that a Chinese name spells (the words before it are English).
  for (let n = words.length; n >= 1; n--) {
    const spec = runTogether(words.slice(words.length - n).join(''));
    const found = findChinese(zh, spec, tails);
    if (found) return { zh: found.name, rules: rulesName(found, spec), words: n };
  }
  return undefined;
}

/** A ring road named by its number: "South 3rd Ring Road" 南三环(路), "Third Ring Road" 三环(路), "the 4th Ring" 四环. */
function alignRing(zh: string, dir: string | undefined, ord: string): Match | undefined {
  const name = (dir ? DIRECTION[dir] : '') + ORDINAL[ord] + '环';
  const found = findChinese(zh, '', [`${name}路`, name]);
  return found ? { zh: found.name, rules: placeNameEn(found.name) } : undefined;
}

const THE = '(?:[Tt]he )?';

/** Phrases of the English, longest forms first; each match is tried against the Chinese. */
const FORMS: { re: RegExp; reportUnaligned: boolean; align: (m: RegExpExecArray, zh: string) => { names: Match[]; start?: number } | undefined }[] = [
  // the West Third and Fourth Ring Roads
  {
    re: new RegExp(`\\b${THE}(?:(${DIR}) )?(${ORD}) and (${ORD}) Ring Roads\\b`, 'g'),
    reportUnaligned: true,
    align: (m, zh) => {
      const a = alignRing(zh, m[1], m[2]);
      const b = alignRing(zh, m[1], m[3]);
      return a && b ? { names: [a, b] } : undefined;
    },
  },
  // the South 3rd Ring Road, Third Ring Road, the 4th Ring
  {
    re: new RegExp(`\\b${THE}(?:(${DIR}) )?(${ORD}) Ring(?: Road)?\\b`, 'g'),
    reportUnaligned: true,
    align: (m, zh) => {
      const a = alignRing(zh, m[1], m[2]);
      return a && { names: [a] };
    },
  },
  // Guijiang, Yuexiu, Jinhai, Lingshan and Xinxiu Roads
  {
    re: new RegExp(`\\b${THE}((?:${WORD}, )+${WORD},? and ${WORD}|${WORD} and ${WORD}) (Roads|Streets|Avenues)\\b`, 'g'),
    reportUnaligned: false,
    align: (m, zh) => {
      const each = m[1].split(/,? and |, /).map((w) => alignOne(zh, [w], undefined, undefined, SINGULAR[m[2]]));
      return each.every(Boolean) ? { names: each as Match[] } : undefined;
    },
  },
  // Daxue South Road, Houzhai West Ring Road, Jingxi 1st Road, Minggong Road, West Jianshe Road, Daxue Road East
  {
    re: new RegExp(`\\b${THE}(?:(${DIR}) )?((?:${SPEC} )*${SPEC}) (?:(${DIR}) )?(?:(${ORD}) )?(Ring Road|Road|Street|Avenue)\\b(?: (${DIR})\\b)?`, 'dg'),
    reportUnaligned: true,
    align: (m, zh) => {
      const words = m[2].split(' ');
      const wordAt = (i: number) => m.indices![2][0] + words.slice(0, i).reduce((n, w) => n + w.length + 1, 0);
      const at = (a: Match | undefined) => a && { names: [a], start: wordAt(words.length - (a.words ?? 0)) };
      const tryAll = (after?: string) => {
        // West Jianshe Road: a direction before the specific, written after it in Chinese (建设西路).
        if (m[1] && !m[3]) {
          const lead = alignOne(zh, words, m[1], m[4], m[5], after);
          if (lead && lead.words === words.length) return { names: [lead], start: m.indices![1][0] };
        }
        return at(alignOne(zh, words, m[3], m[4], m[5], after));
      };
      return (m[6] ? tryAll(m[6]) : undefined) ?? tryAll();
    },
  },
];

/** Words after a road's name that leave its "the" to the road: punctuation, the end, a function word or a direction. */
const AFTER_ROAD = /^(?:$|[\s]*[^\sA-Za-z]|\s+(?:and|or|to|from|in|on|at|over|with|near|between|north|south|east|west|is|are|lie|lies|runs|which|where|as|by|for|of|through)\b)/;
const belongsToNoun = (after: string) => !AFTER_ROAD.test(after);

/** "A, B and C": the rules' names joined as the English joined the phrase. */
function joinList(names: string[], phrase: string): string {
  if (names.length === 1) return names[0];
  const serial = /, and /.test(phrase) ? ',' : '';
  return `${names.slice(0, -1).join(', ')}${serial} and ${names[names.length - 1]}`;
}

/**
 * The road phrases of `en` ("… Road/Street/Avenue", "… Ring Road", a list "… and … Roads") matched with the road
 * names of `zh` they translate, and those matched with none. A phrase covered by a longer one is not tried again.
 */
export function alignRoads(zh: string, en: string): { aligned: RoadMention[]; unaligned: UnalignedRoad[] } {
  const aligned: RoadMention[] = [];
  const unaligned: UnalignedRoad[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(en); m; m = form.re.exec(en)) {
      const end = m.index + m[0].length;
      if (!free(m.index, end)) continue;
      const found = form.align(m, zh);
      if (!found) {
        if (form.reportUnaligned) unaligned.push({ start: m.index, end, text: m[0] });
        continue;
      }
      // A match may start on English words ("West to Dunmu Road"): the phrase starts at its specific, or its "the".
      let start = found.start ?? m.index;
      if (found.start !== undefined && /(^|\s)[Tt]he $/.test(en.slice(Math.max(0, start - 5), start))) start -= 4;
      // "the" stays where it belongs to a noun the road names ("the Diyi Avenue underground space").
      if (/^[Tt]he /.test(en.slice(start)) && belongsToNoun(en.slice(end))) start += 4;
      taken.push([start, end]);
      aligned.push({ start, end, text: en.slice(start, end), zh: found.names.map((n) => n.zh), rules: joinList(found.names.map((n) => n.rules), m[0]) });
    }
  }
  return { aligned: aligned.sort((a, b) => a.start - b.start), unaligned: unaligned.filter((u) => free(u.start, u.end)) };
}

/** The English with every aligned road phrase written as the rules write it (a leading "the" dropped). */
export function writeRoadsByTheRules(zh: string, en: string): string {
  let out = en;
  for (const m of [...alignRoads(zh, en).aligned].reverse()) out = out.slice(0, m.start) + m.rules + out.slice(m.end);
  return out;
}
