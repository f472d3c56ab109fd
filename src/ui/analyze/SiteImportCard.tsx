import { useState } from 'preact/hooks';
import { siteReportToCsv, siteReportToGeoJson } from '../../analysis/siteReport';
import { CRS_PRESETS, crsLabel, sameCrs } from '../../formats/datum';
import { ENCODING_LABELS } from '../../formats/decode';
import { formatById } from '../../formats/registry';
import { lang, pick, t } from '../../i18n';
import { busy, type SiteImport } from '../../state/analysis';
import { keepError, kept } from '../../state/keptItems';
import { importSiteFile, removeImport, runReport } from '../../state/analysisActions';
import { CrsSelect } from './CrsSelect';
import { EncodingSelect } from './EncodingSelect';
import { downloadText, safeStem } from './download';
import { SiteReportRow } from './SiteReportRow';

const ENCODING_REASONS = { bom: 'anEncodingBom', declared: 'anEncodingDeclared', detected: 'anEncodingDetected', chosen: 'anEncodingChosen' } as const;

/** Sites listed at first (a file may hold thousands; the exports always hold all). */
const PAGE = 30;

/** One imported file: how it was read (and a way to read it otherwise), its notes, report and exports. */
export function SiteImportCard({ entry }: { entry: SiteImport }) {
  const [shown, setShown] = useState(PAGE);
  const { summary, report } = entry;
  const l = lang.value;
  const idle = !busy.value;
  const stem = safeStem(entry.file.name);
  const reread = (crs: string, swapAxes?: boolean, encoding = entry.encodingChoice) => void importSiteFile(entry.file, { crs, swapAxes, encoding }, entry.key);
  // Another system keeps the axis order found so far; "auto" detects both again.
  const onCrs = (crs: string) => idle && reread(crs, crs === 'auto' ? undefined : summary.swapAxes);
  const shownPreset = entry.crsChoice === 'auto' ? CRS_PRESETS.find((p) => sameCrs(p.crs, summary.crs))?.id : entry.crsChoice;
  const crsName = `${pick(crsLabel(summary.crs))}${summary.swapAxes ? ` · ${t('anSwapped')}` : ''}`;
  return (
    <article class="site-import" data-testid="site-import" data-import-key={entry.key} aria-label={entry.file.name}>
      <header class="site-import__header">
        <h3>{entry.file.name}</h3>
        <button type="button" class="button button--small" onClick={() => removeImport(entry.key)} aria-label={`${t('anRemove')} ${entry.file.name}`}>
          ×
        </button>
      </header>
      {kept.value.some((k) => k.id === entry.key) ? (
        <p class="kept-badge" data-testid="site-kept">
          {t('keptBadge')}
        </p>
      ) : (
        keepError.value && (
          <p class="kept-badge kept-badge--not" data-testid="site-not-kept">
            {t('keptBadgeNot')}
          </p>
        )
      )}
      <p class="muted">
        {pick(formatById(summary.format).label)} · {summary.sites.length} {t('anSites')} · {summary.vertexCount} {t('anVertices')}
      </p>
      <p class="site-import__crs" data-testid="site-crs">
        {t('anReadAs')}{t('colon')}<strong>{crsName}</strong> <span class="muted">({pick(summary.crsReason)})</span>
      </p>
      {summary.encoding && (
        <p class="site-import__crs" data-testid="site-encoding">
          {t('anEncoding')}{t('colon')}<strong>{ENCODING_LABELS[summary.encoding.encoding]}</strong> <span class="muted">({t(ENCODING_REASONS[summary.encoding.reason])})</span>
        </p>
      )}
      <details class="site-import__reread">
        <summary data-testid="crs-change-open">{t('anCrsChange')}</summary>
        <CrsSelect value={entry.crsChoice} onChange={onCrs} label={t('anCrsSystem')} testId="crs-change" />
        <label class="check">
          <input
            type="checkbox"
            checked={summary.swapAxes}
            disabled={!idle || !shownPreset}
            onChange={(e) => shownPreset && reread(shownPreset, e.currentTarget.checked)}
            data-testid="swap-axes"
          />
          {t('anSwapAxes')}
        </label>
      </details>
      {summary.encoding && (
        <details class="site-import__reread">
          <summary data-testid="encoding-change-open">{t('anEncodingChangeOpen')}</summary>
          <EncodingSelect
            value={entry.encodingChoice}
            disabled={!idle}
            onChange={(encoding) => reread(entry.crsChoice, entry.crsChoice === 'auto' ? undefined : summary.swapAxes, encoding)}
            label={t('anEncodingChange')}
            testId="encoding-change"
          />
        </details>
      )}
      {summary.notes.length > 0 && (
        <ul class="site-import__notes" data-testid="import-notes">
          {summary.notes.map((n, i) => (
            <li key={`${n.code}-${i}`}>{pick(n.message)}</li>
          ))}
        </ul>
      )}
      {entry.reportError && (
        <p class="analyze-error" role="alert">
          {t('anReportMissing')}{t('colon')}{pick(entry.reportError)}{' '}
          <button type="button" class="button button--small" disabled={!idle} onClick={() => void runReport(entry.key)}>
            {t('anRunAgain')}
          </button>
        </p>
      )}
      {report && (
        <>
          <div class="site-import__exports">
            <button type="button" class="button button--small" data-testid="export-csv" onClick={() => downloadText(`${stem}-report.csv`, siteReportToCsv(report, l), 'text/csv;charset=utf-8')}>
              {t('anExportCsv')}
            </button>
            <button
              type="button"
              class="button button--small"
              data-testid="export-geojson"
              onClick={() => downloadText(`${stem}-report.geojson`, JSON.stringify(siteReportToGeoJson(report, summary.sites)), 'application/geo+json')}
            >
              {t('anExportGeojson')}
            </button>
          </div>
          {report.rows.slice(0, shown).map((row) => (
            <SiteReportRow key={row.siteId} entry={entry} row={row} projectsChecked={report.projectsChecked} />
          ))}
          {report.rows.length > shown && (
            <button type="button" class="button button--small" onClick={() => setShown(shown + PAGE)} data-testid="show-more">
              {t('anShowMore')} ({report.rows.length - shown})
            </button>
          )}
        </>
      )}
    </article>
  );
}
