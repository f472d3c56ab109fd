import { useState } from 'preact/hooks';
import type { UserItemKind } from '../../data/userItems';
import { pick, t, type StringKey } from '../../i18n';
import { message } from '../../i18n/message';
import { removeAllKept, removeKept } from '../../state/keptActions';
import { keepError, kept, keptPersistent, keptUnreadable } from '../../state/keptItems';

const KIND_LABELS: Record<UserItemKind, StringKey> = { site: 'keptKindSite', sketch: 'keptKindSketch', proposal: 'keptKindProposal' };

const sizeText = (bytes: number): string => (bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** What is kept in this browser, with a delete for each and one for all (asked twice). */
export function KeptList() {
  const [confirming, setConfirming] = useState(false);
  const list = kept.value;
  const error = keepError.value;
  return (
    <section class="kept" data-testid="kept-list" aria-labelledby="kept-title">
      <h2 id="kept-title">
        {t('keptTitle')} <span class="muted">({list.length})</span>
      </h2>
      <p class="hint">{t('keptHint')}</p>
      {keptPersistent.value !== null && (
        <p class="hint" data-testid="kept-persistence">
          {t(keptPersistent.value ? 'keptPersistent' : 'keptBestEffort')}
        </p>
      )}
      {error && (
        <p class="analyze-error" role="alert" data-testid="kept-error">
          {pick(error)}
        </p>
      )}
      {list.length === 0 ? (
        <p class="muted" data-testid="kept-empty">
          {t('keptEmpty')}
        </p>
      ) : (
        <ul class="kept__items">
          {list.map((k) => (
            <li key={k.id} class="kept__item" data-testid="kept-item" data-kept-id={k.id}>
              <span class="kept__name">
                <strong>{k.name}</strong>
                <span class="muted">
                  {t(KIND_LABELS[k.kind])} · {new Date(k.updated).toLocaleString(t('keptLocale'))}
                  {k.bytes > 0 && ` · ${sizeText(k.bytes)}`}
                </span>
              </span>
              <button type="button" class="button button--small" onClick={() => void removeKept(k.id)} aria-label={`${t('keptDelete')} ${k.name}`}>
                {t('keptDelete')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {keptUnreadable.value > 0 && <p class="muted">{pick(message('keptUnreadable', { n: keptUnreadable.value }))}</p>}
      {list.length > 0 && (
        <div class="analyze__toolbar">
          {confirming ? (
            <>
              <button
                type="button"
                class="button button--small button--danger"
                data-testid="kept-delete-all-confirm"
                onClick={() => {
                  setConfirming(false);
                  void removeAllKept();
                }}
              >
                {pick(message('keptConfirmAll', { n: list.length }))}
              </button>
              <button type="button" class="button button--small" onClick={() => setConfirming(false)}>
                {t('keptCancel')}
              </button>
            </>
          ) : (
            <button type="button" class="button button--small" data-testid="kept-delete-all" onClick={() => setConfirming(true)}>
              {t('keptDeleteAll')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
