import { t } from '../i18n';
import { loadStatus } from '../state/atlasState';

export function LoadStatusOverlay({ onRetry }: { onRetry: () => void }) {
  const status = loadStatus.value;
  if (status.kind === 'ready') return null;
  if (status.kind === 'loading') {
    return (
      <div class="overlay" role="status" aria-live="polite">
        {t('loading')}
      </div>
    );
  }
  return (
    <div class="overlay overlay--error" role="alert">
      <p>
        {t('loadFailed')}{t('colon')}{status.message}
      </p>
      <button type="button" class="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
