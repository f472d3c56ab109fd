import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

/**
 * A component whose code is fetched the first time it is shown, so heavy tools
 * (file importers, projections) stay out of the first page load.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  return function LazyComponent(props: P) {
    // A function given to useState is called as an initialiser: wrap the component so it is kept, not rendered.
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState<string | null>(null);
    useEffect(() => {
      if (component) return;
      let alive = true;
      pending ??= load().then((c) => (loaded = c));
      pending.then(
        (c) => alive && setComponent(() => c),
        (err) => {
          pending = null; // let a later visit try again
          if (alive) setFailed(err instanceof Error ? err.message : String(err));
        },
      );
      return () => {
        alive = false;
      };
    }, [component]);
    if (failed) return <p role="alert">{`${t('loadFailed')}{t('colon')}${failed}`}</p>;
    if (!component) return <p class="hint" role="status">{t('loading')}</p>;
    const Loaded = component;
    return <Loaded {...props} />;
  };
}
