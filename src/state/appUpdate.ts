import { signal } from '@preact/signals';
import { registerSW } from 'virtual:pwa-register';
import { INFO_NOTICE_MS } from './ui';

/**
 * The installed app's life cycle: the service worker precaches this build's shell
 * and data after the first visit; a newer build waits until the user agrees to
 * reload, so one page never mixes code or data of two versions.
 */
export const updateWaiting = signal(false);
/** True once everything is precached: the app now opens without a network. */
export const offlineReady = signal(false);

let update: ((reload?: boolean) => Promise<void>) | undefined;
let reloading = false;
const reloadOnce = (): void => {
  if (reloading) return;
  reloading = true;
  window.location.reload();
};

/** Registers the service worker; called once the first map is drawn, so precaching never slows the first load. */
export function startServiceWorker(): void {
  if (update || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  update = registerSW({
    immediate: true,
    onNeedRefresh: () => (updateWaiting.value = true),
    // Good to know, nothing to do: it leaves like any informational notice.
    onOfflineReady: () => {
      offlineReady.value = true;
      setTimeout(() => (offlineReady.value = false), INFO_NOTICE_MS);
    },
    onNeedReload: reloadOnce,
  });
}

/** Switches to the waiting version: the new worker takes over and the page reloads on it. */
export function reloadToUpdate(): void {
  // Workbox reloads only pages its worker controlled from the start; the page of a first visit reloads here.
  navigator.serviceWorker.addEventListener('controllerchange', reloadOnce, { once: true });
  void update?.(true);
}

/** Keeps the current version for now; the new one starts with the next visit. */
export function postponeUpdate(): void {
  updateWaiting.value = false;
}
