import { formatArea, formatShare } from '../../analysis/units';
import { lang, t } from '../../i18n';
import { matrixCell } from '../../state/analysis';
import { CitationLink } from '../info/CitationLink';
import { AreaInUnits } from './AreaInUnits';
import { planName } from './names';
import type { MatrixCell } from './matrixModel';
import { RELATION_LABEL, VERDICT_LABEL } from './verdictLabels';

/** The picked pair: shared area, share of each, the verdict and what the plan says. */
export function CellDetails({ cell }: { cell: MatrixCell }) {
  const l = lang.value;
  const { overlap: o, stated } = cell;
  return (
    <section class="cell-details" data-testid="cell-details" aria-live="polite">
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
              {t(RELATION_LABEL[stated.type])} {planName(stated.targetId)} <CitationLink source={stated.source} />{' '}
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
