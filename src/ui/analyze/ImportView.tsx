import { useState } from 'preact/hooks';
import { pick, t } from '../../i18n';
import { atlas } from '../../state/atlasState';
import { analyzeView, busy, importError, siteImports, type Busy, type CrsChoice, type EncodingChoice } from '../../state/analysis';
import { kept } from '../../state/keptItems';
import { cancelBusy, importSiteFile } from '../../state/analysisActions';
import { BusyBar } from './BusyBar';
import { CrsSelect } from './CrsSelect';
import { DropZone } from './DropZone';
import { EncodingSelect } from './EncodingSelect';
import { PasteBox } from './PasteBox';
import { SiteImportCard } from './SiteImportCard';

const STEP_LABELS = { inflate: 'anStageInflate', parse: 'anStageParse', check: 'anStageCheck' } as const;

const busyLabel = (work: Busy) => (work.stage === 'report' ? 'anAnalysing' : work.step ? STEP_LABELS[work.step] : 'anReading');

/** "Check your own site": import boundary files, see and export what plan areas each touches. */
export function ImportView() {
  const [crs, setCrs] = useState<CrsChoice>('auto');
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');
  const work = busy.value;
  const error = importError.value;
  const imports = siteImports.value;
  const onFiles = async (files: File[]) => {
    for (const file of files) {
      const key = await importSiteFile(file, { crs, encoding });
      // On a phone the sheet is short: bring the new report (or the error) into view.
      const target = key ? `[data-import-key="${key}"]` : '[data-testid="import-error"]';
      requestAnimationFrame(() => document.querySelector(target)?.scrollIntoView({ block: 'start', behavior: 'smooth' }));
    }
  };
  return (
    <div class="analyze-import">
      <h2>{t('anImportTitle')}</h2>
      <p class="hint">{t('anImportHint')}</p>
      {kept.value.length > 0 && (
        <p class="hint">
          <button type="button" class="link-button" onClick={() => (analyzeView.value = 'data')} data-testid="kept-open">
            {t('keptOpen')} ({kept.value.length})
          </button>
        </p>
      )}
      <DropZone onFiles={onFiles} disabled={!!work || !atlas.value} />
      <PasteBox onFiles={onFiles} disabled={!!work || !atlas.value} />
      <CrsSelect value={crs} onChange={setCrs} label={t('anCrsForNew')} testId="crs-new" />
      <EncodingSelect value={encoding} onChange={setEncoding} label={t('anEncodingForNew')} testId="encoding-new" />
      {work && <BusyBar label={`${t(busyLabel(work))} ${work.fileName}`} done={work.done} total={work.total} percent={work.step === 'inflate'} onCancel={cancelBusy} />}
      {error && (
        <div class="analyze-error" role="alert" data-testid="import-error">
          <strong>{error.fileName}</strong>: {pick(error.message)}
          {imports.length > 0 && <p class="muted">{t('anEarlierKept')}</p>}
        </div>
      )}
      {imports.map((entry) => (
        <SiteImportCard key={entry.key} entry={entry} />
      ))}
    </div>
  );
}
