import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { t, type StringKey } from '../../i18n';
import type { Loaded } from '../../state/onDemand';
import '../../../styles/plans.css';

interface PlanViewProps<T> {
  /** Names the section for tests and its heading's id. */
  name: string;
  title: StringKey;
  hint: StringKey;
  state: Loaded<T> | null;
  /** Starts the fetch on first show; also the retry after a failure. */
  ensure: () => void;
  children: (value: T) => ComponentChildren;
}

/** A view of the plans' own data, fetched when first shown: heading and hint, then loading, failure or the content. */
export function PlanView<T>({ name, title, hint, state, ensure, children }: PlanViewProps<T>) {
  useEffect(ensure, []);
  return (
    <section class="plan-view" aria-labelledby={`${name}-title`} data-testid={name}>
      <h2 id={`${name}-title`}>{t(title)}</h2>
      <p class="hint">{t(hint)}</p>
      <Content state={state} retry={ensure}>{children}</Content>
    </section>
  );
}

function Content<T>({ state, retry, children }: { state: Loaded<T> | null; retry: () => void; children: (value: T) => ComponentChildren }) {
  if (state?.kind === 'ready') return <>{children(state.value)}</>;
  if (state?.kind === 'failed') {
    return (
      <p role="alert">
        {t('loadFailed')}{t('colon')}{state.message}{' '}
        <button type="button" class="button button--small" onClick={retry}>{t('retry')}</button>
      </p>
    );
  }
  return <p class="hint" role="status">{t('loading')}</p>;
}
