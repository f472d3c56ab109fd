import { pick, t } from '../i18n';
import { dismissNotice, holdNotice, notices } from '../state/ui';

/**
 * Messages over the map: errors about bad input (a garbled link, a broken file) stay until dismissed;
 * informational ones leave by themselves (state/ui.ts), held while the pointer or focus is on them. Only the
 * messages take taps: the map and its controls around them stay usable (styles/app.css).
 */
export function Notices() {
  const list = notices.value;
  if (!list.length) return null;
  return (
    <div class="notices" role="status" aria-live="polite" data-testid="notices">
      {list.map((n) => (
        <div
          key={n.id}
          class={`notice notice--${n.kind}`}
          onPointerEnter={() => holdNotice(n.id, true)}
          onPointerLeave={() => holdNotice(n.id, false)}
          onFocusIn={() => holdNotice(n.id, true)}
          onFocusOut={() => holdNotice(n.id, false)}
        >
          <span>{pick(n.text)}</span>
          <button type="button" class="button button--small" onClick={() => dismissNotice(n.id)} aria-label={t('dismiss')}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
