import type { Page } from '@playwright/test';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/**
 * Aborts every request that would leave the machine and records it, so a test
 * can assert the app stayed offline.
 */
export async function blockExternalRequests(page: Page): Promise<string[]> {
  const external: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname);
    if (local) return route.continue();
    external.push(url.href);
    return route.abort();
  });
  return external;
}

/** Opens the app (optionally with a hash) and waits until the map has drawn its layers. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await waitForMapIdle(page);
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __atlasMap?: { loaded(): boolean; isMoving(): boolean; areTilesLoaded(): boolean } }).__atlasMap;
    const ready = document.querySelector('[data-atlas-ready="true"]');
    return !!map && !!ready && map.loaded() && !map.isMoving() && map.areTilesLoaded() && document.querySelector('[data-map-idle="true"]');
  });
}

/** Names of rendered features of one atlas layer in the current view, as drawn by MapLibre. */
export async function renderedNames(page: Page, layerId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const map = (window as unknown as { __atlasMap: { getStyle(): { layers: { id: string }[] }; queryRenderedFeatures(o: object): { properties: { name: string } }[] } }).__atlasMap;
    const layers = map.getStyle().layers.map((l) => l.id).filter((l) => l.startsWith(`${id}:`));
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties.name))].sort();
  }, layerId);
}
