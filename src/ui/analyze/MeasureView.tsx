import { useEffect } from 'preact/hooks';
import { formatArea, formatLength, formatNumber, lengthUnitLabel } from '../../analysis/units';
import { lang, t } from '../../i18n';
import { measureMode, measurePoints, type MeasureMode } from '../../state/analysis';
import { AreaInUnits } from './AreaInUnits';
import { measure } from '../../analysis/measure';

const MODES: { id: Exclude<MeasureMode, 'off'>; label: 'anMeasureDistance' | 'anMeasureArea' }[] = [
  { id: 'distance', label: 'anMeasureDistance' },
  { id: 'area', label: 'anMeasureArea' },
];

/** Distance and area on the map, by click or tap; the map takes no other clicks meanwhile. */
export function MeasureView() {
  // Leaving the view ends measuring, so map clicks go back to "what is planned here".
  useEffect(() => () => {
    measureMode.value = 'off';
    measurePoints.value = [];
  }, []);
  const mode = measureMode.value;
  const points = measurePoints.value;
  const l = lang.value;
  const m = mode === 'off' ? null : measure(points, mode);
  const setMode = (next: MeasureMode) => {
    measureMode.value = next;
    measurePoints.value = [];
  };
  return (
    <div class="measure" data-testid="measure">
      <h2>{t('anMeasureTitle')}</h2>
      <div class="analyze__toolbar" role="group" aria-label={t('anMeasureTitle')}>
        {MODES.map((x) => (
          <button key={x.id} type="button" class="button button--small" aria-pressed={mode === x.id} onClick={() => setMode(mode === x.id ? 'off' : x.id)} data-testid={`measure-${x.id}`}>
            {t(x.label)}
          </button>
        ))}
      </div>
      {mode === 'off' ? (
        <p class="hint">{t('anMeasureHint')}</p>
      ) : (
        <>
          <dl class="area-figures measure__result" data-testid="measure-result" aria-live="polite">
            <dt>{t('anPoints')}</dt>
            <dd>{points.length}</dd>
            <dt>{t(mode === 'area' ? 'anPerimeter' : 'distance')}</dt>
            <dd data-testid="measure-length">
              {formatLength(m!.lengthM, l)}
              {m!.lengthM >= 1000 && ` (${formatNumber(m!.lengthM, l, 0)} ${lengthUnitLabel('m', l)})`}
            </dd>
            {mode === 'area' && (
              <>
                <dt>{t('anArea')}</dt>
                <dd data-testid="measure-area-value">
                  {m!.areaKm2 === null ? '–' : <AreaInUnits km2={m!.areaKm2} />}
                  {m!.areaKm2 !== null && m!.areaKm2 < 0.01 && ` (${formatArea(m!.areaKm2, l, { unit: 'm2' })})`}
                </dd>
              </>
            )}
          </dl>
          {m!.selfCrossing && <p class="analyze-error">{t('anMeasureCrossing')}</p>}
          <div class="analyze__toolbar">
            <button type="button" class="button button--small" disabled={!points.length} onClick={() => (measurePoints.value = points.slice(0, -1))}>
              {t('anUndo')}
            </button>
            <button type="button" class="button button--small" disabled={!points.length} onClick={() => (measurePoints.value = [])} data-testid="measure-clear">
              {t('anClear')}
            </button>
            <button type="button" class="button button--small" onClick={() => setMode('off')}>
              {t('anMeasureStop')}
            </button>
          </div>
          <p class="hint">{t(mode === 'area' ? 'anMeasureClickArea' : 'anMeasureClickDistance')}</p>
        </>
      )}
    </div>
  );
}
