/**
 * How much of the plan's words the English view can show in English: the
 * positioning, boundary words, project names and results of every text entry
 * that carry our translation (`en` / `nameEn`). Project notes are ours and must
 * be bilingual anyway (the build checks them).
 */
import type { PlanText } from '../../src/data/types';

export interface Share {
  total: number;
  translated: number;
}

export interface TranslationCoverage {
  positioning: Share;
  boundaryText: Share;
  projectNames: Share;
  results: Share;
  /** Entries with something left untranslated, and what. */
  untranslated: { feature: string; what: string[] }[];
}

export function translationCoverage(text: Readonly<Record<string, PlanText>>): TranslationCoverage {
  const share = (): Share => ({ total: 0, translated: 0 });
  const report: TranslationCoverage = { positioning: share(), boundaryText: share(), projectNames: share(), results: share(), untranslated: [] };
  const tally = (s: Share, done: boolean, what: string, missing: string[]) => {
    s.total += 1;
    if (done) s.translated += 1;
    else missing.push(what);
  };
  for (const [feature, t] of Object.entries(text)) {
    const missing: string[] = [];
    if (t.positioning) tally(report.positioning, !!t.positioning.en, 'positioning', missing);
    if (t.boundaryText) tally(report.boundaryText, !!t.boundaryText.en, 'boundary words', missing);
    for (const p of t.projects ?? []) tally(report.projectNames, !!p.nameEn, p.name, missing);
    for (const r of t.results ?? []) tally(report.results, !!r.en, r.text, missing);
    if (missing.length) report.untranslated.push({ feature, what: missing });
  }
  return report;
}
