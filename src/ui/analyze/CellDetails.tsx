import { useEffect, useRef } from 'preact/hooks';
import { formatArea, formatShare } from '../../analysis/units';
import { lang, t } from '../../i18n';
import { matrixCell } from '../../state/analysis';
import { CitationLink } from '../info/CitationLink';
import { AreaInUnits } from './AreaInUnits';
import { planName } from './names';
import type { MatrixCell } from '../../analysis/matrixModel';
import { STATED_PHRASE, VERDICT_LABEL } from './verdictLabels';

/** The picked pair: shared area, share of each, the verdict and what the plan says. */
export function CellDetails({ cell }: { cell: MatrixCell }) {
  const ref = useRef<HTMLElement>(null);
  // A picked cell may be far down the grid (or below the fold of a phone's sheet): bring the answer into view.
  useEffect(() => ref.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' }), [cell.overlap.aId, cell.overlap.bId]);
  const l = lang.value;
  const { overlap: o, stated } = cell;
  return (
    <section ref={ref} class="cell-details" data-testid="cell-details" aria-live="polite">
      <h3>
        <span class="swatch-a" aria-hidden="true" /> {planName(o.aId)} — <span class="swatch-b" aria-hidden="true" /> {planName(o.bId)}
        <button type="button" class="button button--small cell-details__close" onClick={() => (matrixCell.value = null)} aria-label={t('close')}>
          ×
        </button>
      </h3>
      <dl class="area-figures">
        <dt>{t('anShared')}</dt>
        <dd>{o.intersectionKm2 > 0 ? <AreaInUnits km2={o.intersectionKm2} /> : formatArea(0, l)}</dd>
        <dt>{t('anShareOf')} {planName(o.aId)}</dt>
        <dd>{formatShare(o.shareOfA, l)}</dd>
        <dt>{t('anShareOf')} {planName(o.bId)}</dt>
        <dd>{formatShare(o.shareOfB, l)}</dd>
        <dt>{t('anDrawing')}</dt>
        <dd>{t(VERDICT_LABEL[o.verdict])}</dd>
        <dt>{t('anPlanSays')}</dt>
        <dd>
          {stated ? (
            <>
              {t(STATED_PHRASE[stated.type]).replace('{x}', planName(stated.targetId))} <CitationLink source={stated.source} />{' '}
              <strong class={cell.agrees ? 'agree' : 'gap--large'}>{cell.agrees ? t('anAgrees') : t('anDisagrees')}</strong>
            </>
          ) : (
            <span class="muted">{t('anNothingStated')}</span>
          )}
        </dd>
      </dl>
      {cell.failed && <p class="analyze-error">{t('anPairFailed')}</p>}
    </section>
  );
}
