import { t } from '../../i18n';

/** Progress of a worker job with a cancel button; `total` 0 means "no count yet"; `percent` for byte counts. */
export function BusyBar({ label, done, total, percent, onCancel }: { label: string; done: number; total: number; percent?: boolean; onCancel: () => void }) {
  return (
    <div class="busy" role="status" data-testid="busy">
      <span class="busy__label">
        {label}
        {total > 0 && (percent ? ` ${Math.floor((100 * done) / total)}%` : ` ${done} / ${total}`)}
      </span>
      {total > 0 ? <progress max={total} value={done} /> : <progress />}
      <button type="button" class="button button--small" onClick={onCancel} data-testid="busy-cancel">
        {t('anCancel')}
      </button>
    </div>
  );
}
