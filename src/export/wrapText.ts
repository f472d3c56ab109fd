/**
 * Greedy line breaking for canvas text: Chinese may break between any two
 * characters, Latin text only at spaces (a word longer than the line is split).
 */
/** Part of a Latin "word" (letters, digits, ASCII punctuation such as 2026-11-23): not space, Han or CJK punctuation. */
const WORD = /[^\s\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

export function wrapText(text: string, width: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const ch of paragraph) {
      const next = line + ch;
      if (measure(next) <= width || line === '') {
        line = next;
        continue;
      }
      const space = line.lastIndexOf(' ');
      // Break at the last space when we are inside a Latin word; otherwise before this character.
      if (WORD.test(ch) && space > 0 && WORD.test(line[line.length - 1])) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1) + ch;
      } else {
        lines.push(line.trimEnd());
        line = ch === ' ' ? '' : ch;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines;
}
