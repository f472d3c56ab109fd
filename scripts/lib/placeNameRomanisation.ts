/**
 * Chinese place names written in Hanyu Pinyin as the place-name rules write them (中国地名汉语拼音字母拼写规则,
 * 汉语地名部分, 1984; GB/T 16159 follows them): the specific part (专名) and the generic part (通名) apart, each part
 * capitalised (人民公园 → Renmin Gongyuan, 秦岭路 → Qinling Lu, 郑州火车站 → Zhengzhou Huochezhan); a one-syllable
 * modifier joined to what it modifies (农业南路 → Nongye Nanlu, 郑州东站 → Zhengzhou Dongzhan); a name whose generic
 * has become part of the name, or a village's name, in one piece (西三环 → Xisanhuan, 十八里河 → Shibalihe);
 * "'" before a syllable that starts with a, o or e inside a word (长安 → Chang'an).
 *
 * Zhengzhou Metro's own signs were reported mixed in 2013–2016 (Erqiguangchang beside Erqi Square) and its Line 2
 * signs in Hanyu Pinyin with the generic apart (ERQI GUANGCHANG, Henan Business Daily, 2016-11-11), as here. Its
 * line lists write a direction after a station's name as a word of its own ("Futa Dong"), as here; one exit sign
 * reported as "Nongyedong Lu" joins the direction to the specific, where the rules (and this) write Nongye Donglu.
 *
 * The sounds come from pinyin-pro, checked against a reference spelling when there is one (the metro data's
 * run-together pinyin): a polyphone is read as the reference reads it, and a name neither can settle fails loudly.
 */
import { customPinyin, pinyin } from 'pinyin-pro';

/** Generic parts (通名) a name may end in, each one word; longest first where one ends another. */
const GENERICS = [
  '火车站', '体育场', '迎宾馆', '商务区', '保税区', '科技园', '一附院', '中医院', '收费站', '分水口', '纪念塔', '文创园', '纺织城',
  '社区', '水库', '大坝', '大桥', '大厦', '古寨',
  '公园', '广场', '大道', '大街', '大学', '医院', '中心', '新区', '新城', '新村', '机场', '附中', '党校', '政府', '中环', '会展',
  '东路', '西路', '南路', '北路', '中路', '东站', '西站', '东区',
  '路', '街', '站', '湖', '山', '寺', '桥', '岛', '台',
];

/** Places that lead an institution's name as a word of their own (河南工业大学 → Henan Gongye Daxue). */
const LEADING_PLACES = ['南水北调', '郑州', '河南', '郑大', '中原', '省', '市'];

/**
 * Words whose reading pinyin-pro gets wrong in these names, fixed in its dictionary (its customPinyin): 长途 is
 * chángtú ("long-distance"; 《现代汉语词典》, 第7版, 长 cháng), not zhǎngtú; 南水北调 is nánshuǐ běidiào (调 diào,
 * "to transfer"; the project's own pinyin, 《现代汉语词典》 调 diào ②), not běitiáo.
 */
customPinyin({ 长途: 'cháng tú', 南水北调: 'nán shuǐ běi diào' });

const DIRECTIONS = '东西南北';

/**
 * Readings the reference gives that no dictionary reading of the character matches: 祭城 is "Zhacheng" in the
 * metro's data and on its Line 5 station list (the local reading; dictionaries give jì and zhài).
 */
const LOCAL_READINGS: Record<string, string[]> = { 祭城: ['zha', 'cheng'] };

const sounds = (text: string, multiple: boolean) => pinyin(text, { type: 'array', toneType: 'none', v: true, multiple }) as string[];

/** ü written v or u after l and n both stand for ü: the reference data spells it either way (lvcheng, luboyuan). */
const sameSound = (a: string, b: string) => a === b || a.replace(/^([ln])v/, '$1u') === b.replace(/^([ln])v/, '$1u');

/** Whether the syllables, in order, spell the reference (ü written either way). */
function spells(parts: string[], reference: string): boolean {
  let at = 0;
  for (const s of parts) {
    if (!sameSound(s, reference.slice(at, at + s.length))) return false;
    at += s.length;
  }
  return at === reference.length;
}

/** Whether some reading of the characters, in order, spells the run-together pinyin (ü written v or u). */
export function readsAs(zh: string, reference: string): boolean {
  const ref = reference.toLowerCase().replace(/ü/g, 'v').replace(/['’]/g, '');
  const local = LOCAL_READINGS[zh];
  return local ? spells(local, ref) : !!matchReading([...zh], ref);
}

/** Splits the reference's run-together pinyin over the characters, each syllable one of the character's readings. */
function matchReading(chars: string[], reference: string, at = 0): string[] | undefined {
  if (!chars.length) return at === reference.length ? [] : undefined;
  for (const r of sounds(chars[0], true)) {
    if (!sameSound(r, reference.slice(at, at + r.length))) continue;
    const rest = matchReading(chars.slice(1), reference, at + r.length);
    if (rest) return [r, ...rest];
  }
  return undefined;
}

/**
 * One syllable per character: pinyin-pro's reading in context, or, where a reference spelling is given and differs,
 * the character readings that spell the reference. Throws when no reading spells it.
 */
export function syllables(zh: string, reference?: string): string[] {
  const local = LOCAL_READINGS[zh];
  if (local) return local;
  const inContext = sounds(zh, false);
  if (!reference) return inContext;
  const ref = reference.toLowerCase().replace(/ü/g, 'v');
  if (spells(inContext, ref)) return inContext;
  const matched = matchReading([...zh], ref);
  if (!matched) throw new Error(`no reading of ${zh} spells the reference pinyin "${reference}"`);
  return matched;
}

/** "chang","an" → "Chang'an": a word of syllables, capitalised, with the apostrophe the rules ask for, ü as ü. */
function word(parts: string[]): string {
  const text = parts.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('').replace(/v/g, 'ü');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where the name's words start, as character offsets: leading place, specific, generic. */
function wordStarts(zh: string): number[] {
  const chars = [...zh];
  const generic = GENERICS.find((g) => zh.endsWith(g) && chars.length > [...g].length);
  const specificEnd = generic ? chars.length - [...generic].length : chars.length;
  // A one-syllable name with a one-syllable generic reads as one word (柳湖 → Liuhu).
  if (specificEnd === 1 && chars.length === 2) return [0];
  const starts = [0];
  const lead = LEADING_PLACES.find((p) => zh.startsWith(p) && specificEnd - [...p].length >= 2);
  if (lead) {
    starts.push([...lead].length);
    // An ordinal is a word of its own (市第二人民医院 → Shi Di'er Renmin Yiyuan).
    const ordinal = /^第[一二三四五六七八九十]/.exec(chars.slice(starts[1]).join(''));
    if (ordinal && starts[1] + 2 < specificEnd) starts.push(starts[1] + 2);
  }
  // A specific that is itself a name and a two-syllable generic splits there too (经开中心广场 → Jingkai Zhongxin
  // Guangchang); one with a one-syllable generic stays one word (西流湖公园 → Xiliuhu Gongyuan).
  const specific = chars.slice(starts[starts.length - 1], specificEnd).join('');
  const inner = generic && GENERICS.find((g) => [...g].length >= 2 && specific.endsWith(g) && [...specific].length - [...g].length >= 2);
  if (inner) starts.push(specificEnd - [...inner].length);
  if (generic) starts.push(specificEnd);
  return starts;
}

/**
 * A place name in Pinyin as the place-name rules write it, from its Chinese name and, when known, a reference's
 * run-together pinyin (which settles polyphones): 人民公园 → "Renmin Gongyuan", 龙子湖东 → "Longzi Hu Dong".
 */
export function placeNameEn(zh: string, reference?: string): string {
  const name = zh.trim();
  if (!name) return '';
  // Spaces given with the name divide it into words where the generics cannot tell (化工 路 西流湖 → Huagong Lu
  // Xiliuhu); the sounds are still read from the whole name, so a polyphone is read in its context.
  if (/\s/.test(name)) {
    const parts = name.split(/\s+/);
    const all = syllables(parts.join(''), reference);
    let at = 0;
    return parts.map((part) => word(all.slice(at, (at += [...part].length)))).join(' ');
  }
  const all = syllables(name, reference);
  const chars = [...name];
  // A direction after a station's name (龙湖北, 许昌东) is a word of its own.
  const tail = chars.length >= 3 && DIRECTIONS.includes(chars[chars.length - 1]) ? 1 : 0;
  const core = chars.slice(0, chars.length - tail).join('');
  const starts = wordStarts(core);
  const words = starts.map((s, i) => word(all.slice(s, starts[i + 1] ?? [...core].length)));
  if (tail) words.push(word(all.slice(-1)));
  return words.join(' ');
}
