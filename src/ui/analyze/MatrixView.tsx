import { useEffect, useMemo } from 'preact/hooks';
import { lang, pick, t } from '../../i18n';
import { isAreaFeature } from '../../data/types';
import { styledLayers } from '../../state/atlasState';
import { ALL_LAYERS, matrixBusy, matrixCell, matrixChoice, matrixError, matrixResult } from '../../state/analysis';
import { relatedIndex } from '../../state/selection';
import { cancelMatrixRun, runMatrix } from '../../state/analysisActions';
import { BusyBar } from './BusyBar';
import { CellDetails } from './CellDetails';
import { buildMatrixModel } from '../../analysis/matrixModel';
import { MatrixGrid } from './MatrixGrid';
import { MatrixPairs } from './MatrixPairs';

/** A grid larger than this is left out (the pair list still shows every finding). */
const MAX_GRID_CELLS = 400;

/** Overlap and containment between two chosen layers (or all), checked against what the plan states. */
export function MatrixView() {
  const choice = matrixChoice.value;
  const result = matrixResult.value;
  const progress = matrixBusy.value;
  useEffect(() => {
    if (!matrixResult.peek() && !matrixBusy.peek()) void runMatrix(choice.rows, choice.cols);
  }, []);
  const layers = styledLayers.value.filter((l) => l.info.geometry === 'polygon' && l.data.features.some(isAreaFeature));
  const select = (which: 'rows' | 'cols', testId: string) => (
    <label class="field">
      <span>{t(which === 'rows' ? 'anMatrixRows' : 'anMatrixCols')}</span>
      <select value={choice[which]} data-testid={testId} onChange={(e) => (matrixChoice.value = { ...choice, [which]: e.currentTarget.value })}>
        <option value={ALL_LAYERS}>{t('anAllLayers')}</option>
        {layers.map((l) => (
          <option key={l.info.id} value={l.info.id}>
            {pick(l.info.title)}
          </option>
        ))}
      </select>
    </label>
  );
  // Rebuilt only for a new result: progress ticks, picks and choices re-render the view too.
  const relatedOf = relatedIndex.value.relatedOf;
  const model = useMemo(() => (result ? buildMatrixModel(result.matrix, relatedOf) : null), [result, relatedOf]);
  const stale = result && (result.rows !== choice.rows || result.cols !== choice.cols);
  const cell = matrixCell.value;
  return (
    <div class="matrix" data-testid="matrix">
      <h2>{t('anMatrixTitle')}</h2>
      <p class="hint">{t('anMatrixHint')}</p>
      <div class="matrix__choice">
        {select('rows', 'matrix-rows')}
        {select('cols', 'matrix-cols')}
        <button type="button" class="button" disabled={!!progress} onClick={() => void runMatrix(choice.rows, choice.cols)} data-testid="matrix-run">
          {t('anMatrixRun')}
        </button>
      </div>
      {progress && <BusyBar label={t('anMatrixRunning')} done={progress.done} total={progress.total} onCancel={cancelMatrixRun} />}
      {matrixError.value && <p class="analyze-error" role="alert">{pick(matrixError.value)}</p>}
      {result && model && (
        <div class={stale ? 'matrix__result matrix__result--stale' : 'matrix__result'} aria-live="polite">
          {stale && <p class="muted">{t('anMatrixStale')}</p>}
          <p data-testid="matrix-summary">
            {result.matrix.totalPairs} {t('anPairs')} · {result.matrix.overlaps.length} {t('anSharingArea')} ·{' '}
            <span class={model.disagreements.length ? 'gap--large' : undefined}>
              {model.disagreements.length} {t('anDisagreements')}
            </span>
            {result.matrix.failures.length > 0 && ` · ${result.matrix.failures.length} ${t('anFailedPairs')}`}
          </p>
          {result.matrix.rowIds.length * result.matrix.colIds.length <= MAX_GRID_CELLS && <MatrixGrid matrix={result.matrix} model={model} lang={lang.value} />}
          {cell && <CellDetails cell={model.cell(cell.aId, cell.bId)} />}
          <MatrixPairs model={model} />
        </div>
      )}
    </div>
  );
}
