import { useState } from 'preact/hooks';
import { lang, t } from '../i18n';
import { ReaderButton } from './ReaderButton';
import { ShareButton } from './ShareButton';
import { exportOpen, pickerOpen } from '../state/presenter';

/**
 * Title and the app's actions. On a phone the title keeps its room: 原文, 演示 and 导出 go
 * behind a "more" button (CSS shows them inline on wider screens).
 */
export function TopBar() {
  const [menuOpen, setMenuOpen] = useState(false);
  const toggle = () => (lang.value = lang.value === 'zh' ? 'en' : 'zh');
  const run = (action: () => void) => () => {
    setMenuOpen(false);
    action();
  };
  return (
    <header class="topbar">
      <div class="topbar__title">
        <h1 data-testid="app-title">{t('appTitle')}</h1>
        <span class="topbar__subtitle">{t('appSubtitle')}</span>
      </div>
      <div class="topbar__actions">
        <ShareButton />
        <button type="button" class="button" onClick={toggle} aria-label={t('langSwitchLabel')} data-testid="lang-switch">
          {t('langSwitch')}
        </button>
        <button
          type="button"
          class="button topbar__more"
          aria-expanded={menuOpen}
          aria-controls="topbar-menu"
          aria-label={t('moreActions')}
          data-testid="more-actions"
          onClick={() => setMenuOpen(!menuOpen)}
        >
          <span aria-hidden="true">⋯</span>
        </button>
        <div id="topbar-menu" class={menuOpen ? 'topbar__menu topbar__menu--open' : 'topbar__menu'}>
          <ReaderButton onChosen={() => setMenuOpen(false)} />
          <button type="button" class="button" onClick={run(() => (pickerOpen.value = true))} aria-label={t('presentLabel')} data-testid="present">
            {t('present')}
          </button>
          <button type="button" class="button" onClick={run(() => (exportOpen.value = true))} aria-label={t('exportLabel')} data-testid="export">
            {t('exportButton')}
          </button>
        </div>
      </div>
    </header>
  );
}
