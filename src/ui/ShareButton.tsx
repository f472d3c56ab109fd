import { t } from '../i18n';
import { pushNotice } from '../state/ui';

/** Copies the current link (the hash holds the view, layers, selection and language). */
export function ShareButton() {
  const share = async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      pushNotice('info', { zh: '链接已复制', en: 'Link copied' });
    } catch {
      pushNotice('error', { zh: `无法复制，请手动复制：${location.href}`, en: `Could not copy; copy this link: ${location.href}` });
    }
  };
  return (
    <button type="button" class="button" onClick={share} data-testid="share" title={t('shareTitle')}>
      {t('share')}
    </button>
  );
}
