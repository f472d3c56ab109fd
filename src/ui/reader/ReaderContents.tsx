import type { PlanHeading } from '../../data/planDoc';
import { t } from '../../i18n';

/** The document's headings as a contents list; choosing one jumps to its line. */
export function ReaderContents({ headings, onGo }: { headings: PlanHeading[]; onGo: (line: number) => void }) {
  return (
    <details class="reader__contents">
      <summary>{t('readerContents')} ({headings.length})</summary>
      {headings.length ? (
        <nav aria-label={t('readerContents')}>
          {/* The plans' own headings: Chinese in either interface language (a screen reader reads them so). */}
          <ol class="plain" lang="zh-CN">
            {headings.map((h) => (
              <li key={h.line} class={`reader__toc reader__toc--${h.level}`}>
                <button type="button" class="link-button" onClick={() => onGo(h.line)}>
                  {h.text}
                </button>
              </li>
            ))}
          </ol>
        </nav>
      ) : (
        <p class="hint">{t('readerNoHeadings')}</p>
      )}
    </details>
  );
}
