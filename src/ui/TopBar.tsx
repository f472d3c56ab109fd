import { lang, t } from '../i18n';

export function TopBar() {
  const toggle = () => (lang.value = lang.value === 'zh' ? 'en' : 'zh');
  return (
    <header class="topbar">
      <div class="topbar__title">
        <h1>{t('appTitle')}</h1>
        <span class="topbar__subtitle">{t('appSubtitle')}</span>
      </div>
      <button type="button" class="button" onClick={toggle} aria-label={t('langSwitchLabel')} data-testid="lang-switch">
        {t('langSwitch')}
      </button>
    </header>
  );
}
