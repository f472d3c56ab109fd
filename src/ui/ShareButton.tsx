import { t } from '../i18n';
import { shareView } from '../state/share';

/** Shares the link of this view: the phone's share sheet where it has one, otherwise the clipboard. */
export function ShareButton() {
  return (
    <button type="button" class="button" onClick={() => void shareView()} data-testid="share" title={t('shareTitle')}>
      {t('share')}
    </button>
  );
}
