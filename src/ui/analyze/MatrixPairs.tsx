import { formatArea, formatShare } from '../../analysis/units';
import { lang, t } from '../../i18n';
import { pickCell } from '../../state/analysisActions';
import { planName } from './names';
import { VERDICT_SYMBOL, type MatrixModel } from '../../analysis/matrixModel';
import { RELATION_LABEL, VERDICT_LABEL } from './verdictLabels';

/** Every pair that shares area or that the plan speaks about, disagreements first. */
export function MatrixPairs({ model }: { model: MatrixModel }) {
  const l = lang.value;
  if (!model.pairs.length) return <p class="muted">{t('anNoPairs')}</p>;
  return (
    <ul class="matrix-pairs" data-testid="matrix-pairs">
      {model.pairs.map((c) => {
        const o = c.overlap;
        return (
          <li key={`${o.aId}|${o.bId}`} class={c.agrees === false ? 'matrix-pairs__item--disagree' : undefined} data-pair={`${o.aId}|${o.bId}`}>
            <button type="button" class="link-button" onClick={() => pickCell(o.aId, o.bId)}>
              {planName(o.aId)} {VERDICT_SYMBOL[o.verdict] || '∅'} {planName(o.bId)}
            </button>
            <span class="matrix-pairs__figures">
              {t(VERDICT_LABEL[o.verdict])}
              {o.intersectionKm2 > 0 && ` · ${formatArea(o.intersectionKm2, l)} · ${formatShare(o.shareOfA, l)} / ${formatShare(o.shareOfB, l)}`}
            </span>
            {c.stated && (
              <span class={c.agrees === false ? 'gap--large' : 'agree'}>
                {t('anPlanSays')}{t('colon')}{t(RELATION_LABEL[c.stated.type])} — {c.agrees ? t('anAgrees') : t('anDisagrees')}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
