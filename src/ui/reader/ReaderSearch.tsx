import { searchLines } from '../../data/planSearch';
import { t } from '../../i18n';

/** Find in the open document: a count and the first matching lines, each a jump. */
export function ReaderSearch({ lines, query, onQuery, onGo }: { lines: string[]; query: string; onQuery: (q: string) => void; onGo: (line: number) => void }) {
  const { hits, total } = searchLines(lines, query, 30);
  return (
    <div class="reader__search" role="search">
      <input
        type="search"
        class="search__input"
        value={query}
        placeholder={t('readerSearch')}
        aria-label={t('readerSearch')}
        data-testid="reader-search"
        onInput={(e) => onQuery((e.target as HTMLInputElement).value)}
      />
      {query.trim() && (
        <div class="reader__hits">
          <p role="status" class="hint">{total ? t('readerHits').replace('{n}', String(total)) : t('readerNoHits')}</p>
          <ul class="plain">
            {hits.map((h) => (
              <li key={h.line}>
                <button type="button" class="link-button" onClick={() => onGo(h.line)}>
                  <span class="plan-line__no">{h.line}</span> {h.snippet}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
