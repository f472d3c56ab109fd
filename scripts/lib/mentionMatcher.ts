/**
 * Finds mentions of known names in a line of plan text: left to right, the
 * longest name at each position first (so 二七商圈板块 wins over 二七商圈), never
 * overlapping. Pure; used at build time to link the plan texts to the map.
 */

export interface Term<T> {
  text: string;
  target: T;
}

export interface Mention<T> {
  /** UTF-16 offsets in the line, end exclusive. */
  start: number;
  end: number;
  target: T;
}

/** Names shorter than this are too ambiguous to link (一区, 南). */
const MIN_TERM_CHARS = 2;

export function createMatcher<T>(terms: readonly Term<T>[]): (line: string) => Mention<T>[] {
  // Terms by first character, longest first; for one text the first term given wins.
  const byFirst = new Map<string, Term<T>[]>();
  const seen = new Set<string>();
  for (const term of terms) {
    if (term.text.length < MIN_TERM_CHARS || seen.has(term.text)) continue;
    seen.add(term.text);
    const list = byFirst.get(term.text[0]) ?? [];
    list.push(term);
    byFirst.set(term.text[0], list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length);

  return (line) => {
    const out: Mention<T>[] = [];
    let i = 0;
    while (i < line.length) {
      const hit = byFirst.get(line[i])?.find((term) => line.startsWith(term.text, i));
      if (hit) {
        out.push({ start: i, end: i + hit.text.length, target: hit.target });
        i += hit.text.length;
      } else i++;
    }
    return out;
  };
}
