/** English names for metro data that only has Chinese names and run-together pinyin. */

/** "bishagang" → "Bishagang": the station's pinyin, as Zhengzhou Metro signs it. */
export function stationNameEn(pinyin: string): string {
  const p = pinyin.trim();
  return p ? p[0].toUpperCase() + p.slice(1) : '';
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
