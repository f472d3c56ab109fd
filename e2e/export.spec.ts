import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { blockExternalRequests, lonLatsAt, openApp, openStory, visibleAtlasLayers, waitForMapIdle } from './helpers';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buf: Buffer): { width: number; height: number } {
  expect(buf.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

interface Stats {
  /** Luminance variance over the whole image. */
  variance: number;
  legend: { meanLuma: number; darkShare: number; colours: Record<string, number> };
}

/** Decodes the PNG in the page and measures it: overall variance, and the legend box's background, text and swatch colours. */
async function pngStats(page: Page, buf: Buffer, legend: { x: number; y: number; width: number; height: number }, colours: string[]): Promise<Stats> {
  return page.evaluate(
    async ({ b64, box, hexes }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const all = ctx.getImageData(0, 0, img.width, img.height).data;
      let sum = 0;
      let sq = 0;
      for (let i = 0; i < all.length; i += 4) {
        const l = 0.299 * all[i] + 0.587 * all[i + 1] + 0.114 * all[i + 2];
        sum += l;
        sq += l * l;
      }
      const n = all.length / 4;
      const mean = sum / n;
      const part = ctx.getImageData(box.x, box.y, box.width, box.height).data;
      let luma = 0;
      let dark = 0;
      const targets = hexes.map((h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)));
      const found: Record<string, number> = Object.fromEntries(hexes.map((h) => [h, 0]));
      for (let i = 0; i < part.length; i += 4) {
        const l = 0.299 * part[i] + 0.587 * part[i + 1] + 0.114 * part[i + 2];
        luma += l;
        if (l < 90) dark++;
        targets.forEach((t, k) => {
          if (Math.abs(part[i] - t[0]) + Math.abs(part[i + 1] - t[1]) + Math.abs(part[i + 2] - t[2]) < 40) found[hexes[k]]++;
        });
      }
      const m = part.length / 4;
      return { variance: sq / n - mean * mean, legend: { meanLuma: luma / m, darkShare: dark / m, colours: found } };
    },
    { b64: buf.toString('base64'), box: legend, hexes: colours },
  );
}

test('PNG export at 2×: twice the map size plus title and note bands, not blank, with a legend of the visible layers', async ({ page }) => {
  const external = await blockExternalRequests(page);
  await openApp(page);
  const map = await page.getByTestId('map').evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));

  await page.getByTestId('export').click();
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await expect(page.getByTestId('export-title')).toHaveValue('郑州规划空间布局图');
  await page.getByTestId('export-scale-2').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(download.suggestedFilename()).toBe('zhengzhou-plan-atlas-view-2x.png');
  await download.saveAs(test.info().outputPath('export-2x.png')); // to look at
  const buf = readFileSync(test.info().outputPath('export-2x.png'));

  const size = pngSize(buf);
  expect(size.width).toBe(map.width * 2);
  expect(size.height).toBeGreaterThan(map.height * 2 + 100); // title band and source note
  await expect(page.getByTestId('export-status')).toContainText(`${size.width} × ${size.height}`);
  const result = JSON.parse((await page.getByTestId('export-status').getAttribute('data-result'))!);
  expect(result.pixelRatio).toBe(2);

  // Legend colours of two layers on by default (二七区 four zones, 中原区 core boards).
  const stats = await pngStats(page, buf, result.legend, ['#0072b2', '#009e73']);
  expect(stats.variance).toBeGreaterThan(200); // a blank or single-colour image is near 0
  expect(stats.legend.meanLuma).toBeGreaterThan(170); // a light plate…
  expect(stats.legend.darkShare).toBeGreaterThan(0.005); // …with text on it
  expect(stats.legend.colours['#0072b2']).toBeGreaterThan(20);
  expect(stats.legend.colours['#009e73']).toBeGreaterThan(20);
  expect(external).toEqual([]);
});

test('export from a story step uses the step title and names the step in the file', async ({ page }) => {
  await blockExternalRequests(page);
  await openStory(page, 'erqi-layout', 3);
  await expect(page.getByTestId('presenter-title')).toHaveText('二七新区');
  await page.getByTestId('presenter').getByRole('button', { name: '导出' }).click();
  await expect(page.getByTestId('export-title')).toHaveValue('二七新区');
  // Arrow keys belong to the dialog now, not to the story.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-counter')).toHaveText('3 / 9');
  await page.getByTestId('export-scale-1').check();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
  expect(download.suggestedFilename()).toBe('zhengzhou-plan-atlas-erqi-layout-3-1x.png');
  const size = pngSize(readFileSync(await download.path()));
  const map = await page.getByTestId('map').evaluate((el) => el.clientWidth);
  expect(size.width).toBe(map);
});

test('print layout: A4 landscape sheet with title, framed map, legend, north arrow, scale bar and sources on one page (screenshot)', async ({ page }) => {
  const external = await blockExternalRequests(page);
  await openApp(page);
  await page.evaluate(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => void (window as unknown as { __printed: number }).__printed++;
  });
  await page.getByTestId('export').click();
  await page.getByTestId('export-paper-A4').check();
  await page.getByTestId('export-landscape').check();
  await page.getByTestId('export-print').click();
  await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1);
  await expect(page.getByTestId('export-dialog')).toBeHidden();
  await waitForMapIdle(page);

  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toHaveAttribute('data-paper', 'A4-landscape');
  await expect(sheet.locator('h1')).toHaveText('郑州规划空间布局图');
  await expect(page.locator('.topbar')).toBeHidden();
  const visibleLayers = await visibleAtlasLayers(page);
  // One row per layer, then the key to the edge styles (solid, dashed, glow, band).
  await expect(sheet.locator('.print-legend li:not([data-edge])')).toHaveCount(visibleLayers.length);
  await expect(sheet.locator('.print-legend li[data-edge]')).toHaveCount(4);
  await expect(sheet.locator('.print-north')).toBeVisible();
  await expect(sheet.locator('.print-scale__label')).toHaveText(/^\d+ (m|km)$/);
  await expect(sheet.locator('.print-sheet__note')).toContainText('示意');
  const img = await sheet.locator('img').evaluate((el: HTMLImageElement) => ({ w: el.naturalWidth, h: el.naturalHeight, shown: el.getBoundingClientRect().width }));
  expect(img.w).toBeGreaterThan(1500); // drawn at 2× for print
  expect(img.w / img.h).toBeCloseTo(277 / (210 - 20 - 16 - 14 - 2), 1); // the paper's map frame
  await page.screenshot({ path: test.info().outputPath('print-a4-landscape.png'), fullPage: true });

  // The real print: one A4 page.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
  expect(external).toEqual([]);
});

test("the browser's own Print command gets the same sheet from the live map", async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('print-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toHaveAttribute('data-paper', 'A4-landscape');
  await expect(sheet.locator('img')).toHaveJSProperty('complete', true);
  expect(await sheet.locator('img').evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(500);
  await expect(sheet.locator('.print-legend li').first()).toBeVisible();
});

test.describe('print what the user sees', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('from a 1920 × 1080 view the A4 sheet shows the whole view, says so with its scale, and is titled after the selected area', async ({ page }) => {
    // A 1080p map redrawn at 2× for paper in software WebGL: slower than the suite's default allows.
    test.setTimeout(120_000);
    const external = await blockExternalRequests(page);
    await openApp(page);
    await page.evaluate(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => void (window as unknown as { __printed: number }).__printed++;
    });
    // The corners of the map the user sees (the whole map canvas at this width: the panel sits beside it).
    const size = await page.getByTestId('map').evaluate((el) => ({ w: el.clientWidth, h: el.clientHeight }));
    const [nw, se] = await lonLatsAt(page, [
      [0, 0],
      [size.w, size.h],
    ]);
    await page.getByTestId('export').click();
    await expect(page.getByTestId('export-title')).toHaveValue('郑州规划空间布局图');
    await page.getByTestId('export-paper-A4').check();
    await page.getByTestId('export-landscape').check();
    const fit = page.getByTestId('export-fit');
    await expect(fit).toHaveAttribute('data-cut', 'false');
    await expect(fit).toContainText(/完整容纳当前视图，比例约 1:\d{1,3}(,\d{3})+/);
    await page.getByTestId('export-print').click();
    await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1);
    const bounds = (await page.getByTestId('print-sheet').locator('figure').getAttribute('data-bounds'))!.split(',').map(Number);
    const [west, south, east, north] = bounds;
    // Nothing the user saw is cut: the sheet's map reaches past each corner of the view.
    expect(west).toBeLessThanOrEqual(nw[0] + 1e-6);
    expect(north).toBeGreaterThanOrEqual(nw[1] - 1e-6);
    expect(east).toBeGreaterThanOrEqual(se[0] - 1e-6);
    expect(south).toBeLessThanOrEqual(se[1] + 1e-6);
    // … and the live map is back where it was.
    await waitForMapIdle(page);
    const [nwAfter] = await lonLatsAt(page, [[0, 0]]);
    expect(nwAfter[0]).toBeCloseTo(nw[0], 5);
    expect(nwAfter[1]).toBeCloseTo(nw[1], 5);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: test.info().outputPath('print-a4-from-1080p.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    // With an area selected, the default title names it as schematic, in either language.
    await page.evaluate(() => (location.hash = '#v=1&f=eq-board-shangquan&p=info'));
    await expect(page.getByTestId('feature-panel')).toBeVisible();
    await page.getByTestId('export').click();
    await expect(page.getByTestId('export-title')).toHaveValue('二七商圈板块 · 示意范围');
    await page.keyboard.press('Escape');
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('export').click();
    await expect(page.getByTestId('export-title')).toHaveValue('Erqi Business Circle board · schematic extent');
    await expect(page.getByTestId('export-fit')).toContainText('whole current view');
    expect(external).toEqual([]);
  });
});

test.describe('print from a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('on a 360 × 740 phone the export names the selected area and prints the map above the sheet whole', async ({ page }) => {
    await blockExternalRequests(page);
    await openApp(page, '#v=1&f=eq-board-shangquan&p=info');
    await page.getByTestId('more-actions').tap();
    await page.getByTestId('export').tap();
    await expect(page.getByTestId('export-title')).toHaveValue('二七商圈板块 · 示意范围');
    await expect(page.getByTestId('export-fit')).toHaveAttribute('data-cut', 'false');
    await expect(page.getByTestId('export-fit')).toContainText('完整容纳当前视图');
    await page.screenshot({ path: test.info().outputPath('phone-export.png') });
  });
});

test('with the 项目 layer on, the PNG legend carries its kinds in their map colours and the keys to its marks', async ({ page }) => {
  await blockExternalRequests(page);
  const exportPng = async (name: string) => {
    await page.getByTestId('export').click();
    await page.getByTestId('export-scale-1').check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    await download.saveAs(test.info().outputPath(name));
    const result = JSON.parse((await page.getByTestId('export-status').getAttribute('data-result'))!) as { legend: { x: number; y: number; width: number; height: number } };
    await page.getByTestId('export-dialog').getByRole('button', { name: '关闭' }).click();
    return { buf: readFileSync(test.info().outputPath(name)), legend: result.legend };
  };
  await openApp(page, '#v=1&m=12/34.72/113.63');
  const without = await exportPng('export-no-projects.png');

  // The same view with the projects switched on (by the link's layer list).
  await page.evaluate(() => (location.hash = '#v=1&l=+pj&m=12/34.72/113.63'));
  await expect.poll(() => page.evaluate(() => !!(window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.getLayer('projects:point'))).toBe(true);
  await waitForMapIdle(page);
  const withProjects = await exportPng('export-projects.png');
  // Their rows are added: commerce (orange), culture (purple) and technology (blue) dots beside the plan layers.
  expect(withProjects.legend.height).toBeGreaterThan(without.legend.height);
  const colours = ['#e8590c', '#9c36b5', '#1971c2'];
  const stats = await pngStats(page, withProjects.buf, withProjects.legend, colours);
  const before = await pngStats(page, without.buf, without.legend, colours);
  for (const colour of colours) expect(stats.legend.colours[colour] - before.legend.colours[colour], colour).toBeGreaterThan(20);
});
