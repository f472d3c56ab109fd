import { pick, t } from '../i18n';
import { dismissNotice, notices } from '../state/ui';

/** Messages about bad input (a garbled link, a broken file): visible, dismissable, never blocking. */
export function Notices() {
  const list = notices.value;
  if (!list.length) return null;
  return (
    <div class="notices" role="status" aria-live="polite" data-testid="notices">
      {list.map((n) => (
        <div key={n.id} class={`notice notice--${n.kind}`}>
          <span>{pick(n.text)}</span>
          <button type="button" class="button button--small" onClick={() => dismissNotice(n.id)} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
