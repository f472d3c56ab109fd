import { t } from '../i18n';
import { offlineReady, postponeUpdate, reloadToUpdate, updateWaiting } from '../state/appUpdate';

/** Says when a new version is ready (and offers to reload), or that the app now works offline. */
export function UpdateNotice() {
  if (updateWaiting.value) {
    return (
      <div class="update-notice" role="status" aria-live="polite" data-testid="update-notice">
        <span>{t('updateReady')}</span>
        <button type="button" class="button button--small" onClick={reloadToUpdate} data-testid="update-reload">
          {t('updateReload')}
        </button>
        <button type="button" class="button button--small" onClick={postponeUpdate}>
          {t('updateLater')}
        </button>
      </div>
    );
  }
  if (offlineReady.value) {
    return (
      <div class="update-notice" role="status" aria-live="polite" data-testid="offline-ready">
        <span>{t('offlineReady')}</span>
        <button type="button" class="button button--small" onClick={() => (offlineReady.value = false)} aria-label={t('dismiss')}>
          ×
        </button>
      </div>
    );
  }
  return null;
}
