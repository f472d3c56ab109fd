import { both, t } from '../i18n';
import { pushNotice } from './ui';

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/**
 * Shares the current link (the hash holds the view, layers, selection and language):
 * the phone's own share sheet where there is one, otherwise the clipboard. A failure
 * says what to do instead; it never dumps the link into the message.
 */
export async function shareView(nav: Pick<Navigator, 'share' | 'clipboard'> = navigator, href = location.href): Promise<ShareOutcome> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share({ title: t('appTitle'), url: href });
      return 'shared';
    } catch (err) {
      // Closing the share sheet is a choice, not an error.
      if ((err as Error)?.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await nav.clipboard.writeText(href);
    pushNotice('info', both('shareCopied'));
    return 'copied';
  } catch {
    pushNotice('error', both('shareFailed'));
    return 'failed';
  }
}
