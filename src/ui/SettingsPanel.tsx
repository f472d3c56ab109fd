import { t } from '../i18n';
import { basemap } from '../state/basemap';

export function SettingsPanel() {
  return (
    <fieldset class="settings">
      <legend>{t('settingsBasemap')}</legend>
      {(['offline', 'online'] as const).map((value) => (
        <label key={value} class="radio">
          <input type="radio" name="basemap" value={value} checked={basemap.value === value} onChange={() => (basemap.value = value)} data-testid={`basemap-${value}`} />
          {t(value === 'offline' ? 'basemapOffline' : 'basemapOnline')}
        </label>
      ))}
      <p class="muted">{t('basemapNote')}</p>
    </fieldset>
  );
}
