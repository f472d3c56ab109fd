import { formatArea, formatShare } from '../../analysis/units';
import type { Contradiction } from '../../data/contradictions';
import { lang, t } from '../../i18n';
import { hideVariants, shortCitation, showBothVariants, shownVariants, variantComparison } from '../../state/variants';
import { FeatureLink } from './FeatureLink';

const signed = (gap: number, l: 'zh' | 'en') => `${gap > 0 ? '+' : ''}${formatShare(gap, l)}`;

/** A stated area to the plan's own precision, in km² and ha (`5.6433 km² · 564.33 ha`). */
function statedFigure(km2: number, l: 'zh' | 'en'): string {
  const decimals = Math.min(4, (String(km2).split('.')[1] ?? '').length);
  return `${formatArea(km2, l, { unit: 'km2', decimals })} · ${formatArea(km2, l, { unit: 'ha', decimals: Math.max(0, decimals - 2) })}`;
}

/** Draws both readings of a disagreement on the map, or takes them off again. */
export function VariantToggle({ conflict }: { conflict: Contradiction }) {
  const shown = shownVariants.value?.id === conflict.id;
  const toggle = () => (shown ? hideVariants() : showBothVariants(conflict));
  return (
    <button type="button" class="link-button" aria-pressed={shown} onClick={toggle} data-testid="variant-toggle">
      {t(shown ? 'conflictsHideVariant' : 'conflictsShowVariant')}
    </button>
  );
}

/**
 * A board the plan bounds twice: the toggle that draws both readings on the map, and each
 * drawing's area against each area the plan states.
 */
export function VariantCompare({ conflict }: { conflict: Contradiction }) {
  const comparison = variantComparison(conflict);
  if (!comparison) return null;
  const l = lang.value;
  const km2 = (v: number) => formatArea(v, l, { unit: 'km2', decimals: 2 });
  const stated = comparison.readings.map((r, j) => ({ r, j })).filter(({ r }) => r.statedKm2 !== null);
  return (
    <div class="variant-compare" data-testid="variant-compare">
      <VariantToggle conflict={conflict} />
      <table class="variant-compare__table">
        <caption>{t('variantCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('variantReading')}</th>
            <th scope="col">{t('variantDrawnArea')}</th>
            {stated.map(({ r }) => (
              <th scope="col" key={r.feature.properties.id}>
                {t('variantAgainst')} {statedFigure(r.statedKm2!, l)} ({shortCitation(r.source)})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.readings.map((r, i) => (
            <tr key={r.feature.properties.id} class={`variant-compare__row variant-compare__row--${i === 0 ? 'a' : 'b'}`}>
              <th scope="row">
                {shortCitation(r.source)} <FeatureLink id={r.feature.properties.id} />
              </th>
              <td>{km2(r.drawnKm2)}</td>
              {stated.map(({ j }) => (
                <td key={j}>{signed(comparison.gaps[i][j]!, l)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">
        {t('variantShared')}{t('colon')}{km2(comparison.sharedKm2)}
      </p>
    </div>
  );
}
