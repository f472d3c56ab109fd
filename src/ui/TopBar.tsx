import { lang, t } from '../i18n';
import { ShareButton } from './ShareButton';
import { exportOpen, pickerOpen } from '../state/presenter';

export function TopBar() {
  const toggle = () => (lang.value = lang.value === 'zh' ? 'en' : 'zh');
  return (
    <header class="topbar">
      <div class="topbar__title">
        <h1>{t('appTitle')}</h1>
        <span class="topbar__subtitle">{t('appSubtitle')}</span>
      </div>
      <div class="topbar__actions">
      <ShareButton />
      <button type="button" class="button" onClick={() => (pickerOpen.value = true)} aria-label={t('presentLabel')} data-testid="present">
        {t('present')}
      </button>
      <button type="button" class="button" onClick={() => (exportOpen.value = true)} aria-label={t('exportLabel')} data-testid="export">
        {t('exportButton')}
      </button>
      <button type="button" class="button" onClick={toggle} aria-label={t('langSwitchLabel')} data-testid="lang-switch">
        {t('langSwitch')}
      </button>
      </div>
    </header>
  );
}
