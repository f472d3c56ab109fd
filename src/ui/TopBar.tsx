import { lang, t } from '../i18n';
import { ShareButton } from './ShareButton';

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
      <button type="button" class="button" onClick={toggle} aria-label={t('langSwitchLabel')} data-testid="lang-switch">
        {t('langSwitch')}
      </button>
      </div>
    </header>
  );
}
