import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { blockExternalRequests, openApp, renderedNames, visibleAtlasLayers, waitForMapIdle, waitForOfflineReady } from './helpers';

// The installed app: these tests let the service worker run (the others block it).
test.use({ serviceWorkers: 'allow' });

/** What MapLibre draws: the names it renders, per visible atlas layer. */
async function drawnMap(page: Page): Promise<Record<string, string[]>> {
  const drawn: Record<string, string[]> = {};
  for (const layer of await visibleAtlasLayers(page)) drawn[layer] = await renderedNames(page, layer);
  return drawn;
}

test('after the first visit the atlas installs, then opens, draws and searches without a network', async ({ page, context }) => {
  const external = await blockExternalRequests(page);
  await openApp(page);

  // Installable: a manifest with the icons a home screen needs.
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
    return (await fetch(href)).json();
  });
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('./');
  expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );

  await waitForOfflineReady(page);
  const drawnOnline = await drawnMap(page);
  expect(Object.values(drawnOnline).flat().length).toBeGreaterThan(10);

  await context.setOffline(true);
  await page.reload();
  await waitForMapIdle(page);

  // The same full map, every layer drawn from the precache.
  await expect(page.locator('.overlay')).toHaveCount(0);
  expect(await drawnMap(page)).toEqual(drawnOnline);

  // Code loaded on demand (search) comes from the precache too.
  await page.getByRole('combobox').fill('erqi');
  await expect(page.getByRole('option').first()).toContainText('二七');
  expect(external).toEqual([]);
});

test('a newly deployed version is announced and loads on request', async ({ page }) => {
  await openApp(page);
  await waitForOfflineReady(page);
  await expect(page.getByTestId('update-notice')).toHaveCount(0);

  // Deploy a "new version": the server now has a different service worker.
  const swFile = 'dist/sw.js';
  const original = readFileSync(swFile, 'utf8');
  try {
    writeFileSync(swFile, `${original}\n// next build\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await expect(page.getByTestId('update-notice')).toContainText('有新版本可用');

    await Promise.all([page.waitForEvent('framenavigated'), page.getByTestId('update-reload').click()]);
    await waitForMapIdle(page);
    await expect(page.getByTestId('update-notice')).toHaveCount(0);
  } finally {
    writeFileSync(swFile, original);
  }
});

test('a kept site survives an app update and an offline reload, and exports as a GBK Shapefile offline', async ({ page, context }) => {
  test.setTimeout(150_000);
  const external = await blockExternalRequests(page);
  await openApp(page);
  await waitForOfflineReady(page);
  await page.getByTestId('tab-analyze').click();
  await page.getByTestId('analyze-view-import').click();
  await page.getByTestId('site-file-input').setInputFiles(new URL('./fixtures/erqi-tower-site.geojson', import.meta.url).pathname);
  await expect(page.getByTestId('site-kept')).toBeVisible();

  const swFile = 'dist/sw.js';
  const original = readFileSync(swFile, 'utf8');
  try {
    // An update: a new service worker, taken on request.
    writeFileSync(swFile, `${original}\n// next build\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await Promise.all([page.waitForEvent('framenavigated'), page.getByTestId('update-reload').click()]);
    await waitForMapIdle(page);
    await page.getByTestId('tab-analyze').click();
    await page.getByTestId('analyze-view-import').click();
    await expect(page.getByTestId('site-import')).toContainText('erqi-tower-site.geojson');
    // The new version's worker is the one in control (the "ready for offline" note shows only at the first install).
    await page.evaluate(() => navigator.serviceWorker.ready);
  } finally {
    writeFileSync(swFile, original);
  }

  await context.setOffline(true);
  await page.reload();
  await waitForMapIdle(page);
  await page.getByTestId('tab-analyze').click();
  await page.getByTestId('analyze-view-import').click();
  await expect(page.getByTestId('site-import').getByTestId('site-report-row')).toContainText('二七塔周边地块');
  await page.getByTestId('analyze-view-data').click();
  await page.getByTestId('export-source-sites').check();
  await page.getByTestId('export-format').selectOption('shapefile');
  await page.getByTestId('export-encoding').selectOption('gbk');
  // The GBK encoder is a chunk loaded on demand: offline it comes from the precache.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  expect(download.suggestedFilename()).toMatch(/\.shp\.zip$/);
  await expect(page.getByTestId('export-result')).toContainText('已导出 1 个要素');
  expect(external).toEqual([]);
});
