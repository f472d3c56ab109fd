import { useEffect, useMemo, useState } from 'preact/hooks';
import { SEEDS } from '../../config/seeds';
import { mentionsByLine, type LineMention, type MentionTarget } from '../../data/planDoc';
import { pick, t } from '../../i18n';
import { closeReader, followMention, openReader, readerAt, readerDoc, reloadDoc } from '../../state/reader';
import { PlanLine } from './PlanLine';
import { ReaderContents } from './ReaderContents';
import { ReaderSearch } from './ReaderSearch';
import '../../../styles/reader.css';

const NO_MENTIONS: LineMention[] = [];
/** Phones show the reader or the map, never both (styles/reader.css, 760 px). */
const isPhone = () => window.matchMedia('(max-width: 760px)').matches;

/**
 * The plan texts beside the map: a document at the cited lines (highlighted),
 * its contents, search, and every mention of a map feature as a link.
 */
export function ReaderPane() {
  const at = readerAt.value;
  const state = readerDoc.value;
  const doc = state?.kind === 'ready' && state.doc.file === at?.file ? state.doc : null;
  const [query, setQuery] = useState('');
  // The build's links: areas, places, and the projects' names where they quote the text (their data loads only when
  // one is opened).
  const byLine = useMemo(() => (doc ? mentionsByLine(doc) : new Map<number, LineMention[]>()), [doc]);
  const headingLevel = useMemo(() => new Map(doc?.headings.map((h) => [h.line, h.level])), [doc]);

  // Focus comes back to whatever opened the reader when it closes.
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  // Show the cited lines: scroll them to the top and move focus there, so a screen reader reads them next.
  useEffect(() => {
    if (!doc || !at) return;
    const line = document.getElementById(`plan-line-${at.from}`);
    line?.scrollIntoView({ block: 'start' });
    line?.focus({ preventScroll: true });
  }, [doc, at?.file, at?.from, at?.to]);

  if (!at) return null;
  const go = (line: number) => openReader({ file: at.file, from: line, to: line });
  const onMention = (target: MentionTarget) => followMention(target, { closeReader: isPhone() });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') closeReader();
  };

  return (
    <section class="reader" aria-labelledby="reader-title" data-testid="reader" onKeyDown={onKeyDown}>
      <header class="reader__header">
        <h2 id="reader-title">{t('readerTitle')}</h2>
        <select
          class="reader__doc"
          aria-label={t('readerDocument')}
          value={at.file}
          data-testid="reader-doc"
          onChange={(e) => openReader({ file: (e.target as HTMLSelectElement).value, from: 1, to: 1 })}
        >
          {Object.entries(SEEDS).map(([file, title]) => (
            <option key={file} value={file}>
              {file.slice(0, 3)} · {pick(title)}
            </option>
          ))}
        </select>
        <button type="button" class="button button--small" onClick={closeReader} aria-label={t('readerClose')} data-testid="reader-close">
          ✕
        </button>
      </header>
      <p class="hint reader__note">{t('readerWords')}</p>
      {doc && <ReaderSearch lines={doc.lines} query={query} onQuery={setQuery} onGo={go} />}
      {doc && <ReaderContents headings={doc.headings} onGo={go} />}
      <div class="reader__text" lang="zh-CN" data-testid="reader-text">
        {!doc && state?.kind === 'failed' ? (
          <p role="alert">
            {t('readerFailed')}{t('colon')}{state.message}{' '}
            <button type="button" class="button button--small" onClick={reloadDoc}>{t('retry')}</button>
          </p>
        ) : !doc ? (
          <p class="hint" role="status">{t('readerLoading')}</p>
        ) : (
          doc.lines.map((text, i) => {
            const line = i + 1;
            if (!text.trim()) return null; // blank lines keep their numbers, not their space
            return (
              <PlanLine key={line} line={line} text={text} mentions={byLine.get(line) ?? NO_MENTIONS} query={query} cited={line >= at.from && line <= at.to} heading={headingLevel.get(line)} onMention={onMention} />
            );
          })
        )}
      </div>
    </section>
  );
}
