/**
 * The headings of a plan text, for the reader's contents list: 第…篇 / 第…章 /
 * 第…节 and the numbered items 一、 and （一）. Pure; the plans have no markup,
 * so a heading is a short line that starts like one and does not end a sentence.
 */

export interface Heading {
  /** 1-based line number, as citations count. */
  line: number;
  /** 0 篇, 1 章, 2 节, 3 一、, 4 （一）. */
  level: number;
  text: string;
}

const NUMERAL = '[一二三四五六七八九十百零〇]+';
const PATTERNS: [RegExp, number][] = [
  [new RegExp(`^第${NUMERAL}篇`), 0],
  [new RegExp(`^第${NUMERAL}章`), 1],
  [new RegExp(`^第${NUMERAL}节`), 2],
  [new RegExp(`^${NUMERAL}、`), 3],
  [new RegExp(`^[（(]${NUMERAL}[）)]`), 4],
];
/** Longer lines are paragraphs that happen to start with a numeral. */
const MAX_HEADING_CHARS = 40;

export function findHeadings(lines: readonly string[]): Heading[] {
  const out: Heading[] = [];
  lines.forEach((raw, i) => {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!text || text.length > MAX_HEADING_CHARS || /[。；;，,：:]$/.test(text)) return;
    const match = PATTERNS.find(([re]) => re.test(text));
    if (match) out.push({ line: i + 1, level: match[1], text });
  });
  return out;
}
