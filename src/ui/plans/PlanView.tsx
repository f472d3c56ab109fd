import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';
import type { Loaded } from '../../state/planViews';

/** Loading and failure of on-demand data; the children render once it is there. */
export function LoadState<T>({ state, retry, children }: { state: Loaded<T> | null; retry: () => void; children: (value: T) => ComponentChildren }) {
  if (state?.kind === 'ready') return <>{children(state.value)}</>;
  if (state?.kind === 'failed') {
    return (
      <p role="alert">
        {t('loadFailed')}: {state.message}{' '}
        <button type="button" class="button button--small" onClick={retry}>{t('retry')}</button>
      </p>
    );
  }
  return <p class="hint" role="status">{t('loading')}</p>;
}
