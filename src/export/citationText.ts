/** A citation as plain text for figures: "二七区“十四五”规划纲要 第252行" / "Erqi District 14th FYP outline, line 252". */
import { SEEDS } from '../config/seeds';
import type { Citation } from '../data/types';
import type { Lang } from '../lib/lang';

export function citationText(c: Citation, lang: Lang): string {
  const doc = SEEDS[c.file]?.[lang] ?? c.file;
  const [from, to] = c.lines.split('-');
  const one = from === to;
  if (lang === 'zh') return `${doc} 第${one ? from : `${from}–${to}`}行`;
  return `${doc}, ${one ? `line ${from}` : `lines ${from}–${to}`}`;
}
