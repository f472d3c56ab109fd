/**
 * Citations of the plan seeds (`{ file, lines }`) and verbatim quotes: every
 * kind of data that quotes a plan checks its quotes here.
 */
import { isObj, nonEmpty } from './common';

export const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;
export const LINE_RANGE = /^\d+-\d+$/;

/** The seeds' text, one string per line, keyed by file name: enables line-range and verbatim checks. */
export type Seeds = Record<string, string[]>;

/** Problems of one `{ file, lines }` citation; `where` says which one. */
export function citationProblems(c: unknown, where: string, seeds?: Seeds): string[] {
  if (!isObj(c)) return [`${where}: citation must be { file, lines }`];
  const out: string[] = [];
  if (typeof c.file !== 'string' || !SEED_FILE.test(c.file)) out.push(`${where}: file ${JSON.stringify(c.file)} is not a seed file name (NNN_<16 hex>.txt)`);
  if (typeof c.lines !== 'string' || !LINE_RANGE.test(c.lines)) {
    out.push(`${where}: lines ${JSON.stringify(c.lines)} must be "<from>-<to>"`);
    return out;
  }
  const [from, to] = c.lines.split('-').map(Number);
  if (from < 1 || from > to) out.push(`${where}: lines "${c.lines}" is not a 1-based ascending range`);
  const seed = seeds && typeof c.file === 'string' ? seeds[c.file] : undefined;
  if (seeds && typeof c.file === 'string' && SEED_FILE.test(c.file) && !seed) out.push(`${where}: no seed file ${c.file}`);
  if (seed && to > seed.length) out.push(`${where}: lines "${c.lines}" run past the end of ${c.file} (${seed.length} lines)`);
  return out;
}

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * Is `text` a verbatim quote of the cited lines? Whitespace is ignored and an
 * ellipsis (… or ……) may stand for omitted words between quoted fragments.
 */
export function isVerbatim(text: string, lines: string[]): boolean {
  const hay = squash(lines.join(''));
  let from = 0;
  for (const part of text.split(/…+|\.{3,}/).map(squash).filter(Boolean)) {
    const at = hay.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

export function quoteProblems(text: unknown, source: unknown, where: string, seeds?: Seeds): string[] {
  if (!nonEmpty(text)) return [`${where}: text must be a non-empty string`];
  const cite = citationProblems(source, `${where}.source`, seeds);
  if (cite.length || !seeds) return cite;
  const { file, lines } = source as { file: string; lines: string };
  const [from, to] = lines.split('-').map(Number);
  return isVerbatim(text, seeds[file].slice(from - 1, to)) ? [] : [`${where}: "${text}" is not found verbatim in ${file} lines ${lines}`];
}
