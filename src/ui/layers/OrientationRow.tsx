import { t } from '../../i18n';
import { orientation, orientationVisible } from '../../state/orientation';

/** Switch for the orientation layer (metro, roads, landmarks), with what it is and where it comes from. */
export function OrientationRow() {
  const bundle = orientation.value;
  if (!bundle) return null;
  return (
    <section class="layer-group" aria-label={t('orientationTitle')} data-testid="orientation-row">
      <h3>{t('orientationTitle')}</h3>
      <label class="layer-row__toggle">
        <input type="checkbox" checked={orientationVisible.value} onChange={() => (orientationVisible.value = !orientationVisible.value)} data-testid="orientation-toggle" />
        <span class="layer-row__title">{t('orientationLayer')}</span>
        <span class="layer-row__count">{bundle.stations.features.length + bundle.roads.features.length}</span>
      </label>
      <p class="hint layer-row__note">{t('orientationNote')}</p>
    </section>
  );
}
