import { both, t } from '../i18n';
import { pushNotice } from '../state/ui';

/** Copies the current link (the hash holds the view, layers, selection and language). */
export function ShareButton() {
  const share = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      pushNotice('info', both('shareCopied'));
    } catch {
      const failed = both('shareFailed');
      pushNotice('error', { zh: `${failed.zh}：${location.href}`, en: `${failed.en}: ${location.href}` });
    }
  };
  return (
    <button type="button" class="button" onClick={share} data-testid="share" title={t('shareTitle')}>
      {t('share')}
    </button>
  );
}
