import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { unzipSync } from 'fflate';
import { blockExternalRequests, openApp } from './helpers';

// Each test loads the app two or three times (a reload is the point).
test.describe.configure({ timeout: 150_000 });

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/**
 * Every IndexedDB put throws QuotaExceededError while window.__storageFull is true,
 * as a browser does when its storage for the origin is used up.
 */
const stubQuota = (page: Page) =>
  page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((window as unknown as { __storageFull?: boolean }).__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });

async function openPanel(page: Page, view: 'import' | 'data') {
  await page.getByTestId('tab-analyze').click();
  await page.getByTestId(`analyze-view-${view}`).click();
}

async function importFixture(page: Page, name: string) {
  await openPanel(page, 'import');
  await page.getByTestId('site-file-input').setInputFiles(fixture(name));
}

const cards = (page: Page) => page.getByTestId('site-import');

for (const device of ['desktop', 'phone'] as const) {
  test.describe(device, () => {
    if (device === 'phone') test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

    test(`${device}: an imported site is kept across a reload, listed in My data, and gone once deleted`, async ({ page }) => {
      const external = await blockExternalRequests(page);
      await openApp(page);
      await importFixture(page, 'erqi-tower-site.geojson');
      await expect(cards(page).getByTestId('site-kept')).toBeVisible();

      await page.reload();
      await openApp(page);
      await openPanel(page, 'import');
      // Back as it was read, with its report run again.
      await expect(cards(page)).toHaveCount(1);
      await expect(cards(page).first().getByTestId('site-report-row')).toContainText('二七塔周边地块');
      await expect(cards(page).first().getByTestId('site-kept')).toBeVisible();

      // The import view points to what is kept.
      await page.getByTestId('kept-open').click();
      await expect(page.getByTestId('analyze-view-data')).toHaveAttribute('aria-pressed', 'true');
      const item = page.getByTestId('kept-item');
      await expect(item).toHaveCount(1);
      await expect(item).toContainText('erqi-tower-site.geojson');
      await expect(item).toContainText('导入地块');
      if (device === 'phone') await page.screenshot({ path: 'test-results/phone-kept.png' });
      await item.getByRole('button', { name: /删除/ }).click();
      await expect(page.getByTestId('kept-empty')).toBeVisible();
      await openPanel(page, 'import');
      await expect(cards(page)).toHaveCount(0);

      await page.reload();
      await openApp(page);
      await openPanel(page, 'import');
      await expect(cards(page)).toHaveCount(0);
      expect(external).toEqual([]);
    });
  });
}

test('delete all asks once more, then empties the store and the screen', async ({ page }) => {
  await openApp(page);
  await importFixture(page, 'erqi-tower-site.geojson');
  await expect(cards(page).getByTestId('site-kept')).toBeVisible();
  await importFixture(page, 'erqi-board-outline.kml');
  await expect(cards(page).nth(1).getByTestId('site-kept')).toBeVisible();
  await openPanel(page, 'data');
  await expect(page.getByTestId('kept-item')).toHaveCount(2);
  await page.getByTestId('kept-delete-all').click();
  await expect(page.getByTestId('kept-item')).toHaveCount(2);
  await page.getByTestId('kept-delete-all-confirm').click();
  await expect(page.getByTestId('kept-empty')).toBeVisible();
  await page.reload();
  await openApp(page);
  await openPanel(page, 'import');
  await expect(cards(page)).toHaveCount(0);
});

test('a full storage: the failed write says so in Chinese and English, keeps the site on screen and loses nothing kept before', async ({ page }) => {
  await stubQuota(page);
  await openApp(page);
  await importFixture(page, 'erqi-tower-site.geojson');
  await expect(cards(page).first().getByTestId('site-kept')).toBeVisible();

  await page.evaluate(() => ((window as unknown as { __storageFull: boolean }).__storageFull = true));
  await importFixture(page, 'erqi-board-outline.kml');
  await expect(page.getByTestId('notices')).toContainText('存储空间已满');
  // On screen: both imports, the new one marked as not kept.
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).nth(1).getByTestId('site-not-kept')).toBeVisible();
  await expect(cards(page).nth(1).getByTestId('site-report-row').first()).toBeVisible();
  await openPanel(page, 'data');
  await expect(page.getByTestId('kept-error')).toContainText('之前保存的也都还在');
  await expect(page.getByTestId('kept-item')).toHaveCount(1);
  await page.getByTestId('lang-switch').click();
  await expect(page.getByTestId('kept-error')).toContainText('storage is full');

  // What was kept before is still there after a reload.
  await page.reload();
  await openApp(page);
  await openPanel(page, 'import');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toContainText('erqi-tower-site.geojson');
});

async function download(page: Page): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync((await file.path())!)) };
}

for (const device of ['desktop', 'phone'] as const) {
  test.describe(`${device} export`, () => {
    if (device === 'phone') test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

    test(`${device}: plan layers and an imported site export as a GBK Shapefile in EPSG:4526 and as GeoJSON, and both parse`, async ({ page }) => {
      const external = await blockExternalRequests(page);
      await openApp(page);
      await importFixture(page, 'erqi-tower-site.geojson');
      await expect(cards(page).getByTestId('site-report-row')).toContainText('二七塔周边地块');
      await openPanel(page, 'data');
      await page.getByTestId('export-source-erqi-six-boards').check();
      await page.getByTestId('export-source-sites').check();
      await page.getByTestId('export-format').selectOption('shapefile');
      await page.getByTestId('export-crs').selectOption('gk38');
      await page.getByTestId('export-encoding').selectOption('gbk');
      await page.getByTestId('export-run').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/${device}-export.png` });
      const shp = await download(page);
      expect(shp.name).toMatch(/\.shp\.zip$/);
      const files = unzipSync(shp.bytes);
      expect(Object.keys(files).sort()).toEqual(
        ['erqi-six-boards', 'imported-sites'].flatMap((stem) => ['cpg', 'dbf', 'prj', 'shp', 'shx'].map((ext) => `${stem}.${ext}`)).sort(),
      );
      expect(new TextDecoder().decode(files['erqi-six-boards.prj'])).toContain('CGCS2000_3_Degree_GK_Zone_38');
      expect(new TextDecoder().decode(files['erqi-six-boards.cpg'])).toBe('GBK');
      const dbf = new TextDecoder('gbk').decode(files['erqi-six-boards.dbf']);
      expect(dbf).toContain('二七商圈板块');
      expect(new DataView(files['erqi-six-boards.dbf'].buffer, files['erqi-six-boards.dbf'].byteOffset).getUint32(4, true)).toBe(6);
      expect(new TextDecoder('gbk').decode(files['imported-sites.dbf'])).toContain('二七塔周边地块');
      // x with the zone number in front: the first box corner of the .shp header.
      expect(new DataView(files['erqi-six-boards.shp'].buffer, files['erqi-six-boards.shp'].byteOffset).getFloat64(36, true)).toBeGreaterThan(38_400_000);
      await expect(page.getByTestId('export-result')).toContainText('已导出 7 个要素');

      await page.getByTestId('export-format').selectOption('geojson');
      await expect(page.getByTestId('export-crs')).toBeDisabled();
      const geojson = await download(page);
      const fc = JSON.parse(new TextDecoder().decode(geojson.bytes)) as { features: { properties: Record<string, unknown> }[] };
      expect(fc.features).toHaveLength(7);
      expect(fc.features.find((f) => f.properties.id === 'eq-board-shangquan')?.properties).toMatchObject({ name: '二七商圈板块', stated_km2: 1.23, layer: 'erqi-six-boards' });
      expect(fc.features.find((f) => f.properties.kind === 'site')?.properties).toMatchObject({ name: '二七塔周边地块', 用地性质: '商业' });
      // The placed projects, from the app's one project store: every one with a position, none without.
      await page.getByTestId('export-source-projects').check();
      const withProjects = JSON.parse(new TextDecoder().decode((await download(page)).bytes)) as typeof fc;
      const projects = withProjects.features.filter((f) => f.properties.kind === 'project');
      expect(projects.length).toBeGreaterThan(20);
      expect(projects.every((f) => f.properties.placed === true)).toBe(true);
      expect(projects.map((f) => f.properties.name)).toContain('郑州杉杉国际名品时尚中心项目');
      expect(external).toEqual([]);
    });
  });
}
