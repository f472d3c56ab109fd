import { areaKm2 } from '../../analysis/area';
import { formatArea, formatShare } from '../../analysis/units';
import { isAreaFeature, type PlanFeature } from '../../data/types';
import { lang, t } from '../../i18n';

/** Stated vs drawn area in km², ha and 亩, and the gap — never adjusted to match. */
export function AreaFigures({ feature }: { feature: PlanFeature }) {
  if (!isAreaFeature(feature)) return null;
  const l = lang.value;
  const drawn = areaKm2(feature);
  const stated = feature.properties.statedAreaKm2 ?? null;
  const all = (km2: number) => ['km2', 'ha', 'mu'].map((unit) => formatArea(km2, l, { unit: unit as 'km2' | 'ha' | 'mu' })).join(' · ');
  const gap = stated ? (drawn - stated) / stated : null;
  return (
    <dl class="area-figures" data-testid="area-figures">
      <dt>{t('statedArea')}</dt>
      <dd>{stated ? all(stated) : t('noStatedArea')}</dd>
      <dt>{t('drawnArea')}</dt>
      <dd>{all(drawn)}</dd>
      {gap !== null && (
        <>
          <dt>{t('gap')}</dt>
          <dd class={Math.abs(gap) > 0.1 ? 'gap gap--large' : 'gap'}>
            {gap > 0 ? '+' : ''}
            {formatShare(gap, l)}
          </dd>
        </>
      )}
    </dl>
  );
}
