import type { Citation } from '../../data/types';
import { SEEDS } from '../../config/seeds';
import { lang, pick, t } from '../../i18n';
import { presenting } from '../../state/presenter';
import { openCitation } from '../../state/reader';

/**
 * "二七区“十四五”规划纲要 · 第252行" with the seed file name on hover, so a reader can check it;
 * a button that opens the plan reader at those lines (plain text while presenting).
 */
export function CitationLink({ source }: { source: Citation }) {
  const doc = SEEDS[source.file];
  const [from, to] = source.lines.split('-');
  const lines = from === to ? from : `${from}–${to}`;
  const where = lang.value === 'zh' ? `${t('line')}${lines}${t('lineSuffix')}` : `${t('line')} ${lines}`;
  const label = `${doc ? pick(doc) : source.file} · ${where}`;
  return (
    <cite class="citation" title={`${source.file}:${source.lines}`}>
      {presenting.value ? label : (
        <button type="button" class="citation-link" onClick={() => openCitation(source)} aria-label={`${t('citationOpen')}{t('colon')}${label}`}>
          {label}
        </button>
      )}
    </cite>
  );
}
