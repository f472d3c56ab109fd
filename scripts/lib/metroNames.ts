/** English names for metro data that only has Chinese names and run-together pinyin. */
import { placeNameEn } from './placeNameRomanisation';

/** Lines the metro data names by a code in a station's qualifier ("新郑机场(ZX)"). */
const LINE_CODES: Record<string, string> = { ZX: '郑许线' };

/**
 * A station's name as the place-name rules write it (specific and generic apart, each capitalised), its sounds
 * checked against the metro data's run-together pinyin: 人民公园 + "renmingongyuan" → "Renmin Gongyuan". A
 * qualifier that tells two stations apart names its line: 东风路(2号线) → "Dongfeng Lu (Line 2)".
 */
export function stationNameEn(name: string, pinyin = ''): string {
  const [, base, qualifier] = /^(.*?)(?:[(（]([^)）]*)[)）])?$/.exec(name.trim()) ?? [];
  if (!base) return '';
  // The reference spells the qualifier too (dongfenglu2, xinzhengjichangzx): its letters and digits come off.
  const tail = (qualifier ?? '').replace(/[^0-9A-Za-z]/g, '').toLowerCase();
  const reference = pinyin.trim().toLowerCase();
  const own = tail && reference.endsWith(tail) ? reference.slice(0, -tail.length) : reference;
  const en = placeNameEn(base, own || undefined);
  return qualifier ? `${en} (${lineNameEn(LINE_CODES[qualifier] ?? qualifier)})` : en;
}

const NAMED_LINES: Record<string, string> = { 城郊线: 'Chengjiao Line', 郑许线: 'Zhengxu Line' };

/** "1号线" → "Line 1", "2号线/城郊线" → "Line 2 / Chengjiao Line", "郑许线" → "Zhengxu Line". */
export function lineNameEn(name: string): string {
  return name
    .split('/')
    .map((part) => {
      const numbered = /^(\d+)号线$/.exec(part.trim());
      return numbered ? `Line ${numbered[1]}` : NAMED_LINES[part.trim()] ?? part.trim();
    })
    .join(' / ');
}
