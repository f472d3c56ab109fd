import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { blockExternalRequests, mapCamera, openApp, renderedNames, visibleAtlasLayers, waitForMapIdle } from './helpers';

/** Turns the districts layer off in the Layers tab, checking that MapLibre drew it before and draws none of it after. */
async function hideDistricts(page: Page): Promise<void> {
  expect(await renderedNames(page, 'admin-districts')).toContain('二七区');
  await page.getByTestId('layer-toggle-admin-districts').uncheck();
  expect(await visibleAtlasLayers(page)).not.toContain('admin-districts');
  // MapLibre re-tiles the source without the layer, tile by tile (an idle event can come before that ends).
  await expect.poll(() => renderedNames(page, 'admin-districts')).toEqual([]);
}

test('a garbled link falls back to defaults with a notice, never a blank page', async ({ page }) => {
  const external = await blockExternalRequests(page);
  await openApp(page, '#v=1&m=NaN/999/abc&l=<script>alert(1)</script>&lg=xx&f=nope');
  await expect(page.getByTestId('notices')).toContainText('地图位置无效');
  await expect(page.locator('h1')).toHaveText('郑州规划空间布局图');
  const view = await mapCamera(page);
  expect(view.lon).toBeGreaterThan(113.3);
  expect(view.lon).toBeLessThan(113.9);
  expect(await renderedNames(page, 'admin-districts')).toEqual(expect.arrayContaining(['二七区', '中原区'])); // the map is drawn
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
  expect(external).toEqual([]);
});

test('a shared link opens the same view, layers, panel and language in a new page', async ({ page, context }) => {
  test.setTimeout(120_000); // two cold loads of the app, each waiting for a fully drawn map: slow on a loaded machine
  await blockExternalRequests(page);
  await openApp(page);
  // Change the state the way a user would: language, a layer off, move the map.
  await page.getByTestId('lang-switch').click();
  await hideDistricts(page);
  await page.evaluate(() => (window as unknown as { __atlasMap: { jumpTo(o: object): void } }).__atlasMap.jumpTo({ center: [113.65, 34.74], zoom: 13 }));
  await waitForMapIdle(page);
  await page.getByTestId('tab-list').click();
  const url = page.url();
  expect(url).toContain('#v=1');
  // Layers go in the link by the short names of their zone-file headers (districts: `ad`), as links always did.
  expect(url).toMatch(/[#&]l=-ad(&|$)/);

  const second = await context.newPage();
  await blockExternalRequests(second);
  await second.goto(url);
  await waitForMapIdle(second);
  await expect(second.locator('h1')).toHaveText('Zhengzhou Plan Atlas');
  await expect(second.getByTestId('tab-list')).toHaveAttribute('aria-selected', 'true');
  await second.getByTestId('tab-layers').click();
  await expect(second.getByTestId('layer-toggle-admin-districts')).not.toBeChecked();
  expect(await visibleAtlasLayers(second)).not.toContain('admin-districts');
  expect(await renderedNames(second, 'admin-districts')).toEqual([]);
  expect((await renderedNames(second, 'erqi-four-zones')).length).toBeGreaterThan(0); // the other layers are drawn
  const view = await mapCamera(second);
  expect(view.zoom).toBeCloseTo(13, 1);
  expect(view.lon).toBeCloseTo(113.65, 3);
  expect(view.lat).toBeCloseTo(34.74, 3);
});

test('"what is planned here" lists the district at a clicked spot', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&m=12/34.70/113.63');
  const box = (await page.getByTestId('map').boundingBox())!;
  const click = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.click(click.x, click.y);
  await expect(page.getByTestId('here-panel')).toContainText('二七区');
  // The map pins the spot asked about: one marker, its tip on the clicked point.
  const pin = page.locator('.maplibregl-marker');
  await expect(pin).toHaveCount(1);
  const tip = (await pin.boundingBox())!;
  expect(Math.abs(tip.x + tip.width / 2 - click.x)).toBeLessThan(3);
  expect(Math.abs(tip.y + tip.height - click.y)).toBeLessThan(10);
});

test('phone viewport: map usable with the panel as a bottom sheet', async ({ page }) => {
  await blockExternalRequests(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  const sheet = await page.locator('.sidebar').boundingBox();
  const map = await page.getByTestId('map').boundingBox();
  expect(sheet!.y).toBeGreaterThan(740 / 2); // the sheet sits in the lower half
  expect(map!.height).toBeGreaterThan(500);
  expect(await renderedNames(page, 'admin-districts')).toEqual(expect.arrayContaining(['二七区', '中原区'])); // and draws the districts
  // Tap targets are at least 44 px high.
  for (const tab of await page.getByRole('tab').all()) expect((await tab.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await page.screenshot({ path: 'test-results/phone.png' });
  await page.getByRole('separator', { name: /面板高度/ }).press('Home');
  await expect(page.locator('.sidebar__body')).toBeHidden();
});

test('accessibility: no serious or critical axe violations', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  const layersScan = await new AxeBuilder({ page }).analyze();
  await page.getByTestId('tab-list').click();
  const listScan = await new AxeBuilder({ page }).analyze();
  const bad = [...layersScan.violations, ...listScan.violations].filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
});

/** Whether the style holds the online raster basemap layer (src/map/MapController.ts). */
const hasBasemapLayer = (page: Page) => page.evaluate(() => !!(window as unknown as { __atlasMap: { getLayer(id: string): unknown } }).__atlasMap.getLayer('online-basemap'));

/** What lies over the basemap: the districts' fill opacity, and the four zones' band colour against their outline colour. */
const overBasemapStyle = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: { getPaintProperty(layer: string, prop: string): unknown } }).__atlasMap;
    return {
      districtFill: map.getPaintProperty('admin-districts:fill', 'fill-opacity') as number,
      bandIsLayerColour: map.getPaintProperty('erqi-four-zones:band', 'line-color') === map.getPaintProperty('erqi-four-zones:located', 'line-color'),
    };
  });

test.describe('the online basemap, with the network blocked', () => {
  // The suite blocks every outside request, so Chromium itself logs each refused tile (the page cannot silence
  // that line); anything else logged, MapLibre's errors included, still fails the test.
  test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED$/] });

  test('the online basemap is opt-in: no tile request until switched on, then only the WGS-84 OSM host', async ({ page }) => {
    const external = await blockExternalRequests(page);
    await openApp(page);
    expect(external).toEqual([]);
    await page.getByTestId('tab-settings').click();
    expect(await hasBasemapLayer(page)).toBe(false);
    await page.getByTestId('basemap-online').check();
    await expect.poll(() => external.length).toBeGreaterThan(0);
    expect(new Set(external.map((u) => new URL(u).hostname))).toEqual(new Set(['tile.openstreetmap.org']));
    expect(page.url()).toContain('b=on');
    expect(await hasBasemapLayer(page)).toBe(true);
    // Here the tiles cannot arrive (the suite blocks the network): the user is told once, and nothing is logged as a fault.
    await expect(page.getByTestId('notices')).toContainText('在线底图无法加载');
    await expect(page.getByTestId('notices').getByText('在线底图无法加载')).toHaveCount(1);
    // The streets show through: the districts' paper is a veil and the uncertainty bands a translucent wash.
    expect(await overBasemapStyle(page)).toEqual({ districtFill: expect.any(Number), bandIsLayerColour: true });
    expect((await overBasemapStyle(page)).districtFill).toBeLessThan(0.5);
    await page.getByTestId('basemap-offline').check();
    expect(await hasBasemapLayer(page)).toBe(false);
    expect(await overBasemapStyle(page)).toEqual({ districtFill: 1, bandIsLayerColour: false });
    await waitForMapIdle(page);
    const count = external.length;
    // Zoom the map itself (the pointer is over the settings panel after the click): new tiles would be asked for now.
    const zoomBefore = (await mapCamera(page)).zoom;
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await mapCamera(page)).zoom).toBeGreaterThan(zoomBefore + 0.3);
    await waitForMapIdle(page);
    expect(external.length).toBe(count);
  });
});

test('editing the link into garbage later keeps what the user had, with a notice', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  await page.getByTestId('lang-switch').click();
  await hideDistricts(page);
  await page.evaluate(() => (location.hash = '#v=1&l=<img src=x onerror=alert(1)>&lg=klingon'));
  await expect(page.getByTestId('notices')).toContainText('Unknown layers');
  await expect(page.locator('h1')).toHaveText('Zhengzhou Plan Atlas');
  await expect(page.getByTestId('layer-toggle-admin-districts')).not.toBeChecked();
  expect(await visibleAtlasLayers(page)).not.toContain('admin-districts');
  await waitForMapIdle(page);
  expect(await renderedNames(page, 'admin-districts')).toEqual([]);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});
