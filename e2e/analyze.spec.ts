import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { buildDbf, buildShp } from '../src/formats/testing/shpFixture';
import { bombZip, buildZip } from '../src/formats/testing/zipFixture';
import { distanceM, measure } from '../src/analysis/measure';
import { blockExternalRequests, dropFile, expectMapFramesFeature, featureState, lonLatsAt, mapCamera, openApp, renderedNames, renderedProperties, waitForMapIdle } from './helpers';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

type MapHandle = {
  getSource(id: string): { getData(): Promise<{ features: { properties: Record<string, unknown> }[] }> } | undefined;
};

/** What an overlay source of the Analyze panel holds (its features' properties). */
const overlay = (page: Page, id: string) =>
  page.evaluate(async (source) => {
    const map = (window as unknown as { __atlasMap: MapHandle }).__atlasMap;
    const data = await map.getSource(source)?.getData();
    return data ? data.features.map((f) => f.properties) : null;
  }, id);

/** One property's values over the features MapLibre has drawn in the view in some overlay layers, each once, sorted. */
const drawn = async (page: Page, layers: string[], key: string) => [...new Set((await renderedProperties(page, layers)).map((p) => String(p[key])))].sort();
const CELL_LAYERS = ['ov:cell:a', 'ov:cell:b', 'ov:cell:shared'];

/** The measured length the panel shows, in metres ("1.23 公里" or "850 米"). */
async function shownLengthM(page: Page): Promise<number> {
  const text = await page.getByTestId('measure-length').innerText();
  return /公里/.test(text) ? parseFloat(text) * 1000 : parseFloat(text.replace(/,/g, ''));
}

type AnalyzeView = 'import' | 'audit' | 'matrix' | 'measure';

async function openAnalyze(page: Page, view: AnalyzeView) {
  await page.getByTestId('tab-analyze').click();
  await page.getByTestId(`analyze-view-${view}`).click();
}

/** Opens the app offline (optionally at a view of the map) on one Analyze view; returns the external requests it blocked. */
async function startAnalyze(page: Page, view: AnalyzeView, hash = ''): Promise<string[]> {
  const external = await blockExternalRequests(page);
  await openApp(page, hash);
  await openAnalyze(page, view);
  return external;
}

const csvOf = async (page: Page, click: () => Promise<void>) => {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
};

test('imports a GeoJSON site and a surveyor point list, reports the plan areas each touches, exports CSV and GeoJSON', async ({ page }) => {
  const external = await startAnalyze(page, 'import');

  // 1. GeoJSON around 二七纪念塔, through the real file input.
  await page.getByTestId('site-file-input').setInputFiles(fixture('erqi-tower-site.geojson'));
  const first = page.getByTestId('site-import').nth(0);
  await expect(first.getByTestId('site-report-row')).toContainText('二七塔周边地块');
  await expect(first.locator('[data-plan-id="eq-board-shangquan"]')).toContainText('二七商圈板块');
  await expect(first.locator('[data-plan-id="erqi"]')).toContainText('二七区');
  await expect(first.getByTestId('site-crs')).toContainText('WGS-84');
  // The planned projects on the site or within 500 m, nearest first (the projects load with the report): the
  // square's own works are on it.
  const nearProjects = first.getByTestId('nearby-projects');
  await expect(nearProjects).toContainText('二七广场');
  await expect(nearProjects.getByTestId('project-distance').first()).toContainText('在地块内');
  // the site is on the map, and the map moved to it
  expect((await overlay(page, 'ov:sites'))!.map((p) => p.name)).toEqual(['二七塔周边地块']);
  await waitForMapIdle(page);
  await expect.poll(() => drawn(page, ['ov:sites:fill', 'ov:sites:line'], 'name')).toEqual(['二七塔周边地块']);
  // Named once (not once per map tile it spans), in a colour no plan layer uses.
  await expect.poll(async () => (await renderedProperties(page, ['ov:sites:label'])).map((p) => p.name)).toEqual(['二七塔周边地块']);
  const lineColour = (layer: string) =>
    page.evaluate((l) => JSON.stringify((window as unknown as { __atlasMap: { getPaintProperty(l: string, p: string): unknown } }).__atlasMap.getPaintProperty(l, 'line-color')), layer);
  expect(await lineColour('ov:sites:line')).toBe('"#111827"');
  expect(await lineColour('erqi-six-boards:located')).not.toContain('#111827');
  const centre = await mapCamera(page);
  expect(Math.abs(centre.lon - 113.6604)).toBeLessThan(0.01);

  // 2. Plain-text boundary points in CGCS2000 Gauss-Krüger with zone prefix, X (northing) first.
  await page.getByTestId('site-file-input').setInputFiles(fixture('zhongyuan-parcel-4526.txt'));
  const second = page.getByTestId('site-import').nth(1);
  await expect(second.getByTestId('site-crs')).toContainText('第38带');
  await expect(second.getByTestId('site-crs')).toContainText('X/Y 互换');
  await expect(second.locator('[data-plan-id="zhongyuan"]')).toContainText('中原区');
  await expect(second.locator('[data-plan-id="zy-ersha-board"]')).toBeVisible();
  await expect(page.getByTestId('site-import')).toHaveCount(2); // the first import is still there

  // A wrong choice of system is refused with a hint; the reading before it stays.
  await second.getByTestId('crs-change-open').click();
  await second.getByTestId('crs-change').selectOption('epsg4547');
  await expect(page.getByTestId('import-error')).toContainText('不在郑州范围内');
  await expect(page.getByTestId('import-error')).toContainText('可能应为');
  await expect(second.getByTestId('site-crs')).toContainText('第38带');
  // Naming the right one keeps the detected axis order.
  await second.getByTestId('crs-change').selectOption('epsg4526');
  await expect(second.getByTestId('site-crs')).toContainText('用户选择');
  await expect(second.getByTestId('swap-axes')).toBeChecked();
  await expect(second.locator('[data-plan-id="zhongyuan"]')).toBeVisible();

  // 3. The CSV download: one line per (site, plan area), 亩 and shares as numbers.
  const csv = await csvOf(page, () => second.getByTestId('export-csv').click());
  expect(csv.name).toBe('zhongyuan-parcel-4526-report.csv');
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('地块编号,地块名称,地块面积(平方公里),地块面积(亩),规划要素编号,规划要素名称,图层,相交面积(平方公里),占地块比例(%),占规划要素比例(%),关系,距地块(米)');
  const district = lines.find((l) => l.includes(',zhongyuan,'))!.split(',');
  expect(Number(district[2])).toBeGreaterThan(0.45); // ≈ 0.49 km² (665 m × 733 m)
  expect(Number(district[2])).toBeLessThan(0.52);
  expect(Number(district[3])).toBeCloseTo(Number(district[2]) * 1500, 0); // 1 km² = 1500 亩
  expect(Number(district[8])).toBe(100); // the whole site lies in 中原区
  expect(lines.some((l) => l.includes(',zy-ersha-board,'))).toBe(true);

  // 4. GeoJSON export of the first report: the site and its intersections.
  const geo = await csvOf(page, () => first.getByTestId('export-geojson').click());
  const fc = JSON.parse(geo.text) as { features: { properties: { kind: string; siteName: string } }[] };
  expect(fc.features[0].properties).toMatchObject({ kind: 'site', siteName: '二七塔周边地块' });
  expect(fc.features.filter((f) => f.properties.kind === 'intersection').length).toBeGreaterThan(2);
  // …and the planned projects near it, each with its own geometry.
  expect(fc.features.filter((f) => f.properties.kind === 'project').length).toBeGreaterThan(0);

  await page.screenshot({ path: 'test-results/analyze-import.png' });
  expect(external).toEqual([]);
});

test('a KML dropped on the drop zone, a zipped Shapefile picked and pasted coordinates are each read and reported', async ({ page }) => {
  await startAnalyze(page, 'import');

  // Drag and drop: a real drop event carrying the file.
  const kml = readFileSync(fixture('erqi-board-outline.kml'), 'utf8');
  await dropFile(page.getByTestId('dropzone'), { name: 'erqi-board-outline.kml', text: kml, type: 'application/vnd.google-earth.kml+xml' });
  const first = page.getByTestId('site-import').nth(0);
  await expect(first).toContainText('KML');
  await expect(first.getByTestId('site-report-row')).toContainText('大学路地块');
  await expect(first.locator('[data-plan-id="erqi"]')).toBeVisible();

  // A zipped Shapefile (.shp + .dbf + .cpg) in lon/lat, outer ring clockwise as the format wants.
  const ringCw = [[113.62, 34.74], [113.62, 34.745], [113.626, 34.745], [113.626, 34.74], [113.62, 34.74]];
  const zip = buildZip([
    { name: 'parcel.shp', data: buildShp([[ringCw]]) },
    { name: 'parcel.dbf', data: buildDbf('NAME', [new TextEncoder().encode('中原路地块')]) },
    { name: 'parcel.cpg', data: 'UTF-8' },
  ]);
  await page.getByTestId('site-file-input').setInputFiles({ name: 'parcel.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  const second = page.getByTestId('site-import').nth(1);
  await expect(second).toContainText('Shapefile');
  await expect(second.getByTestId('site-report-row')).toContainText('中原路地块');
  await expect(second.locator('[data-plan-id="zhongyuan"]')).toBeVisible();

  // Pasted text, as copied from a survey table: read like a file of that content.
  const paste = page.getByTestId('paste-box');
  await paste.locator('summary').click();
  const box = paste.getByRole('textbox', { name: /粘贴 GeoJSON/ });
  await box.fill('113.659,34.752\n113.662,34.752\n113.662,34.755\n113.659,34.755');
  await paste.getByRole('button', { name: '读取粘贴内容' }).click();
  const third = page.getByTestId('site-import').nth(2);
  await expect(third).toContainText('粘贴的文本');
  await expect(third.getByTestId('site-report-row')).toContainText('二七商圈板块');
  // Text that is no boundary: a message, and the pasted text and the three imports stay.
  await box.fill('二七塔附近');
  await paste.getByRole('button', { name: '读取粘贴内容' }).click();
  await expect(page.getByTestId('import-error')).toContainText('粘贴的文本');
  await expect(box).toHaveValue('二七塔附近');
  await expect(page.getByTestId('site-import')).toHaveCount(3);
});

test('a long report shows progress and can be cancelled; the sites stay and can be analysed again', async ({ page }) => {
  test.setTimeout(180_000); // 20 000 sites: reading and drawing them is slow on a loaded machine
  await startAnalyze(page, 'import');
  // 20 000 small parcels across the city centre: many intersections with the large city layers (well over 10 s).
  const features = Array.from({ length: 20_000 }, (_, i) => {
    const [x, y] = [113.5 + (i % 160) * 0.0025, 34.62 + Math.floor(i / 160) * 0.002];
    return { type: 'Feature', properties: { name: `P${i}` }, geometry: { type: 'Polygon', coordinates: [[[x, y], [x + 0.002, y], [x + 0.002, y + 0.0015], [x, y + 0.0015], [x, y]]] } };
  });
  const body = JSON.stringify({ type: 'FeatureCollection', features });
  await page.getByTestId('site-file-input').setInputFiles({ name: 'many.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(body) });
  const busy = page.getByTestId('busy');
  await expect(busy).toContainText('检查边界'); // reading shows its own progress, site by site
  await expect(busy).toContainText('正在分析', { timeout: 60_000 });
  await expect(busy.locator('progress')).toHaveAttribute('max', '20000');
  await busy.getByTestId('busy-cancel').click(); // the button must hold still while the count runs
  await expect(busy).toBeHidden();
  const card = page.getByTestId('site-import');
  await expect(card).toContainText('已取消');
  await expect(card.getByRole('button', { name: '重新分析' })).toBeEnabled();
  expect((await overlay(page, 'ov:sites'))!.length).toBe(20_000);
  // The worker is free again: a small file goes straight through.
  await page.getByTestId('site-file-input').setInputFiles(fixture('erqi-tower-site.geojson'));
  await expect(page.getByTestId('site-import').nth(1).getByTestId('site-report-row')).toContainText('二七塔周边地块');
});

test('if the analysis worker cannot start, the import says so instead of hanging, and the next try works', async ({ page }) => {
  // Opening the panel starts the worker ahead of any request: it is the first try here.
  await page.route('**/analysis.worker*', (route) => route.abort());
  const prestart = page.waitForRequest('**/analysis.worker*');
  await startAnalyze(page, 'import');
  await prestart;
  await page.getByTestId('site-file-input').setInputFiles(fixture('erqi-tower-site.geojson'));
  await expect(page.getByTestId('import-error')).toContainText('分析进程出错');
  await expect(page.getByTestId('busy')).toBeHidden();
  await page.unroute('**/analysis.worker*');
  await page.getByTestId('site-file-input').setInputFiles(fixture('erqi-tower-site.geojson'));
  await expect(page.getByTestId('site-report-row')).toContainText('二七商圈板块');
});

/** A ring of n vertices around a centre (a circle of radius r degrees). */
const ring = (n: number, lon: number, lat: number, r: number) => {
  const pts = Array.from({ length: n }, (_, i) => [lon + r * Math.cos((2 * Math.PI * i) / n), lat + r * Math.sin((2 * Math.PI * i) / n)]);
  return [...pts, pts[0]];
};
const polygonFile = (coordinates: number[][][], properties: object = {}) =>
  JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry: { type: 'Polygon', coordinates } }] });

test('broken, empty, huge, wrongly placed or disguised files each get a message naming the problem; the earlier import and the map stay', async ({ page }) => {
  test.setTimeout(120_000);
  await startAnalyze(page, 'import');
  await page.getByTestId('site-file-input').setInputFiles(fixture('erqi-tower-site.geojson'));
  await expect(page.getByTestId('site-report-row')).toContainText('二七塔周边地块');

  const hostile: { name: string; body: string; message: RegExp }[] = [
    { name: 'broken.geojson', body: '{"type":"FeatureCollection","features":[{"type":"Feature",', message: /不是有效的 JSON/ },
    { name: 'empty.geojson', body: '', message: /文件是空的/ },
    { name: 'page.geojson', body: '<html><body><script>window.__pwned = 1</script><img src=x onerror="window.__pwned=2"></body></html>', message: /JSON|格式/ },
    { name: 'huge.geojson', body: polygonFile([ring(1_000_000, 113.66, 34.75, 0.01)]), message: /1,000,000 个顶点.*上限/ },
    { name: 'beijing.geojson', body: polygonFile([ring(8, 116.4, 39.9, 0.01)]), message: /不在郑州范围内/ },
    { name: 'points.geojson', body: JSON.stringify({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [113.66, 34.75] } }), message: /没有面/ },
  ];
  for (const file of hostile) {
    await page.getByTestId('site-file-input').setInputFiles({ name: file.name, mimeType: 'application/geo+json', buffer: Buffer.from(file.body) });
    const error = page.getByTestId('import-error');
    await expect(error, file.name).toContainText(file.name);
    await expect(error, file.name).toContainText(file.message);
    await expect(error).toContainText('之前导入的地块保持不变');
    await expect(page.getByTestId('site-import')).toHaveCount(1);
    await expect(page.getByTestId('site-report-row')).toContainText('二七塔周边地块');
  }
  await page.screenshot({ path: 'test-results/analyze-hostile.png' });
  // The map still draws the atlas and the earlier site; nothing from the files ran.
  expect((await overlay(page, 'ov:sites'))!.map((p) => p.name)).toEqual(['二七塔周边地块']);
  await expect(page.getByTestId('map')).toHaveAttribute('data-atlas-ready', 'true');
  await waitForMapIdle(page);
  expect(await drawn(page, ['ov:sites:fill', 'ov:sites:line'], 'name')).toEqual(['二七塔周边地块']);
  expect(await renderedNames(page, 'admin-districts')).toContain('二七区');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('a zip bomb is refused before unpacking, twice; GBK text, UTF-16 GeoJSON and a one-line coordinate string are read and say how', async ({ page }) => {
  test.setTimeout(120_000);
  await startAnalyze(page, 'import');
  const input = page.getByTestId('site-file-input');
  const card = (n: number) => page.getByTestId('site-import').nth(n);

  // 1. A 勘测定界 text in GBK, as land systems write it: the parcel's name reads right and the encoding is named.
  await input.setInputFiles(fixture('zhongyuan-parcel-gbk.txt'));
  await expect(card(0).getByTestId('site-report-row')).toContainText('中原路北地块');
  await expect(card(0).getByTestId('site-encoding')).toContainText('GBK (GB18030)');
  // Read again as UTF-8 on request: the note says what could not be decoded; automatic reads it right again.
  await card(0).getByTestId('encoding-change-open').click();
  await card(0).getByTestId('encoding-change').selectOption('utf-8');
  await expect(card(0).getByTestId('import-notes')).toContainText('无法按 UTF-8 解码');
  await card(0).getByTestId('encoding-change').selectOption('auto');
  await expect(card(0).getByTestId('site-report-row')).toContainText('中原路北地块');

  // 2. A GeoJSON saved as UTF-16 with a byte-order mark (Windows tools).
  const json = readFileSync(fixture('erqi-tower-site.geojson'), 'utf8');
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]);
  await input.setInputFiles({ name: 'tower-utf16.geojson', mimeType: 'application/geo+json', buffer: utf16 });
  await expect(card(1).getByTestId('site-report-row')).toContainText('二七塔周边地块');
  await expect(card(1).getByTestId('site-encoding')).toContainText('UTF-16 LE');

  // 3. The 一张图 string: one line of zone-prefixed CGCS2000 pairs, X = northing first.
  const line = '3846045.17,38463004.09 3846042.26,38463736.68 3846707.88,38463739.30 3846710.79,38463006.76';
  await input.setInputFiles({ name: '一张图边界.txt', mimeType: 'text/plain', buffer: Buffer.from(line) });
  await expect(card(2).getByTestId('site-crs')).toContainText('第38带');
  await expect(card(2).getByTestId('site-crs')).toContainText('X/Y 互换');
  await expect(card(2).getByTestId('import-notes')).toContainText('每行按一个边界读取');
  await expect(card(2).getByTestId('site-report-row')).toBeVisible();

  // 4. Two zip bombs in a row (1 MB each, inflating to 1 GB): one refused from its directory, one that lies stopped at once.
  const bombs: [string, ArrayBuffer, RegExp][] = [
    ['bomb.zip', bombZip(1024), /解压后共 1,024 MB，超过 200 MB 上限，未解压/],
    ['liar.zip', bombZip(1024, 2000), /解压后超过其目录中声明的 2,000 字节/],
  ];
  for (const [name, body, message] of bombs) {
    await input.setInputFiles({ name, mimeType: 'application/zip', buffer: Buffer.from(body) });
    await expect(page.getByTestId('import-error')).toContainText(name);
    await expect(page.getByTestId('import-error')).toContainText(message);
  }
  await expect(page.getByTestId('site-import')).toHaveCount(3); // everything imported before is still there
  await page.screenshot({ path: 'test-results/analyze-encodings.png', fullPage: true });
});

test('markup and formulas in property values stay inert text; a self-crossing ring is repaired and said so', async ({ page }) => {
  await startAnalyze(page, 'import');
  const evilName = '<img src=x onerror="window.__pwned=1">';
  // A figure-of-eight ring near 二七广场.
  const bowtie = [[[113.655, 34.75], [113.665, 34.756], [113.665, 34.75], [113.655, 34.756], [113.655, 34.75]]];
  const body = polygonFile(bowtie, { name: evilName, 备注: '<script>window.__pwned=2</script>', formula: '=HYPERLINK("http://evil.example","x")' });
  await page.getByTestId('site-file-input').setInputFiles({ name: 'evil<b>.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(body) });

  const row = page.getByTestId('site-report-row');
  await expect(row.locator('h4')).toHaveText(evilName);
  await expect(page.getByTestId('import-notes')).toContainText('自相交');
  await row.locator('details summary').click();
  await expect(row.locator('details')).toContainText('<script>window.__pwned=2</script>');
  expect(await page.locator('.analyze img, .analyze script, .analyze b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  const csv = await csvOf(page, () => page.getByTestId('export-csv').click());
  expect(csv.name).toBe('evil_b_-report.csv');
  expect(csv.text).toContain(`"<img src=x onerror=""window.__pwned=1"">"`);
});

test('area audit: every plan polygon with drawn and stated area, sortable, a row zooms the map, CSV export', async ({ page }) => {
  await startAnalyze(page, 'audit');
  const table = page.locator('.audit-table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  const polygons = await page.evaluate(async () => {
    const atlas = await (await fetch('data/atlas.json')).json();
    let n = 0;
    for (const l of atlas.layers) {
      if (l.geometry !== 'polygon' || l.level === 'admin') continue;
      const fc = await (await fetch(`data/${l.file}`)).json();
      n += fc.features.filter((f: { geometry: { type: string } }) => f.geometry.type.endsWith('Polygon')).length;
    }
    return n;
  });
  await expect(table.locator('tbody tr')).toHaveCount(polygons);

  // The table fits its panel; each row names its layer, so 二七商圈 (city core boards) and 二七商圈板块 (六核协同) are told apart.
  expect(await table.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
  await expect(table.locator('tbody tr[data-feature="eq-board-shangquan"] .audit-table__layer')).toHaveText('六核协同');
  await expect(table.locator('tbody tr[data-feature="ct-board-erqi-shangquan"] .audit-table__layer')).toContainText('核心板块');
  // Sorted by the size of the gap, largest first, by default; then by drawn area.
  const gaps = await table.locator('tbody tr td:nth-child(5)').allInnerTexts();
  const abs = gaps.filter((g) => g !== '–').map((g) => Math.abs(parseFloat(g)));
  expect(abs).toEqual([...abs].sort((a, b) => b - a));
  await page.getByTestId('audit-sort-drawn').click();
  await expect(table.locator('th[aria-sort="descending"]')).toContainText('绘制面积');
  await page.getByTestId('audit-unit').selectOption('mu');
  const drawn = (await table.locator('tbody tr td:nth-child(3)').allInnerTexts()).map((s) => parseFloat(s.replace(/,/g, '')));
  expect(drawn).toEqual([...drawn].sort((a, b) => b - a));
  // The unit is said once, in the header, not in every cell.
  await expect(table.locator('thead th[aria-sort="descending"]')).toContainText('亩');
  expect(await table.locator('tbody tr td:nth-child(3)').first().innerText()).toMatch(/^[\d,.]+$/);

  // A row zooms to its polygon and opens it on the map.
  const before = await mapCamera(page);
  await table.locator('tbody tr[data-feature="eq-board-health"] th button').click();
  await waitForMapIdle(page);
  const after = await mapCamera(page);
  expect(Math.hypot(after.lon - before.lon, after.lat - before.lat)).toBeGreaterThan(0.005);
  expect(page.url()).toContain('f=eq-board-health');
  expect(await featureState(page, 'erqi-six-boards', 'eq-board-health')).toMatchObject({ selected: true });
  await expectMapFramesFeature(page, 'erqi-six-boards', 'eq-board-health');

  await page.screenshot({ path: 'test-results/analyze-audit.png' });
  const csv = await csvOf(page, () => page.getByTestId('audit-csv').click());
  const lines = csv.text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines).toHaveLength(polygons + 1);
  expect(lines[0]).toContain('绘制面积(亩)');
});

test('overlap matrix: Erqi boards × zones, a picked cell is explained and drawn on the map while the matrix is on screen', async ({ page }) => {
  await startAnalyze(page, 'matrix');
  const grid = page.getByTestId('matrix-grid');
  await expect(grid.locator('tbody tr')).toHaveCount(6, { timeout: 30_000 });
  await expect(grid.locator('.matrix-cell')).toHaveCount(24);
  await expect(page.getByTestId('matrix-summary')).toContainText('24 对');

  await grid.locator('[data-cell="eq-board-health|eq-zone-new-district"]').click();
  const details = page.getByTestId('cell-details');
  await expect(details).toContainText('健康产业核心板块');
  await expect(details).toContainText('规划表述');
  await expect(details).toContainText('规划表述位于二七新区内');
  await expect(details).toContainText('相符'); // the plan says the board lies in the zone, and the drawing agrees
  const roles = (await overlay(page, 'ov:cell'))!.map((p) => p.role).sort();
  expect(roles).toEqual(['a', 'b', 'shared']);
  await expect.poll(() => drawn(page, CELL_LAYERS, 'role')).toEqual(['a', 'b', 'shared']); // both outlines and the shared area are drawn
  await page.screenshot({ path: 'test-results/analyze-matrix.png' });

  // Leaving the matrix takes the pair off the map; back on the matrix, its pick shows again; leaving the tab too.
  await page.getByTestId('analyze-view-measure').click();
  await expect.poll(() => drawn(page, CELL_LAYERS, 'role')).toEqual([]);
  await page.getByTestId('analyze-view-matrix').click();
  await expect(details).toContainText('健康产业核心板块');
  await expect.poll(() => drawn(page, CELL_LAYERS, 'role')).toEqual(['a', 'b', 'shared']);
  await page.getByTestId('tab-layers').click();
  await expect.poll(() => drawn(page, CELL_LAYERS, 'role')).toEqual([]);
  await page.getByTestId('tab-analyze').click();

  // Another choice: all plan layers against each other.
  await page.getByTestId('matrix-rows').selectOption('*');
  await page.getByTestId('matrix-cols').selectOption('*');
  await page.getByTestId('matrix-run').click();
  await expect(page.getByTestId('matrix-pairs').locator('li').first()).toBeVisible({ timeout: 60_000 });
});

test('measure: distance and area by clicking; the map gives its clicks to the tool', async ({ page }) => {
  await startAnalyze(page, 'measure', '#v=1&m=14/34.75/113.66');
  await page.getByTestId('measure-distance').click();
  const box = (await page.getByTestId('map').boundingBox())!;
  const a: [number, number] = [box.width / 2 - 150, box.height / 2];
  const b: [number, number] = [box.width / 2 + 150, box.height / 2 + 100];
  await page.mouse.click(box.x + a[0], box.y + a[1]);
  await page.mouse.click(box.x + b[0], box.y + b[1]);
  const [pa, pb] = await lonLatsAt(page, [a, b]);
  const expected = distanceM(pa, pb);
  const shown = await shownLengthM(page);
  expect(Math.abs(shown - expected) / expected).toBeLessThan(0.01);
  // The clicks did not open "what is planned here".
  await expect(page.getByTestId('tab-analyze')).toHaveAttribute('aria-selected', 'true');

  await page.getByTestId('measure-area').click();
  const corners: [number, number][] = [[-100, -80], [100, -80], [100, 80], [-100, 80]].map(([dx, dy]) => [box.width / 2 + dx, box.height / 2 + dy]);
  for (const [x, y] of corners) await page.mouse.click(box.x + x, box.y + y);
  const lonLats = await lonLatsAt(page, corners);
  const expectedKm2 = measure(lonLats, 'area').areaKm2!;
  const area = page.getByTestId('measure-area-value');
  await expect(area).toContainText('公顷');
  await expect(area).toContainText('亩');
  const [km2, ha, mu] = (await area.innerText()).split('·').map((s) => parseFloat(s.replace(/,/g, '')));
  expect(Math.abs(km2 - expectedKm2) / expectedKm2).toBeLessThan(0.01);
  expect(ha).toBeCloseTo(km2 * 100, -1);
  expect(Math.abs(mu - km2 * 1500) / (km2 * 1500)).toBeLessThan(0.01);
  const points = await overlay(page, 'ov:measure');
  expect(points!.length).toBe(5); // the outline and its 4 corners
  await expect.poll(async () => (await renderedProperties(page, ['ov:measure:fill'])).length).toBeGreaterThan(0); // the area is shaded on the map
  await page.screenshot({ path: 'test-results/analyze-measure.png' });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('measures a distance by tapping the map above the bottom sheet', async ({ page }) => {
    await startAnalyze(page, 'measure', '#v=1&m=14/34.75/113.66');
    await page.getByTestId('measure-distance').click();
    const box = (await page.getByTestId('map').boundingBox())!;
    const taps: [number, number][] = [[60, 120], [300, 200]];
    for (const [x, y] of taps) await page.touchscreen.tap(box.x + x, box.y + y);
    await expect(page.getByTestId('measure-result')).toContainText('2');
    const length = await page.getByTestId('measure-length').innerText();
    expect(parseFloat(length)).toBeGreaterThan(0);
    // The length is the one between the two tapped places on the map.
    const [pa, pb] = await lonLatsAt(page, taps);
    const expected = distanceM(pa, pb);
    expect(Math.abs((await shownLengthM(page)) - expected) / expected).toBeLessThan(0.01);
    await page.screenshot({ path: 'test-results/analyze-phone-measure.png' });
  });

  test('imports a site and reads its report in the bottom sheet', async ({ page }) => {
    await startAnalyze(page, 'import');
    await page.getByTestId('site-file-input').setInputFiles(fixture('erqi-tower-site.geojson'));
    await expect(page.getByTestId('site-report-row')).toContainText('二七商圈板块');
    await expect.poll(() => drawn(page, ['ov:sites:fill', 'ov:sites:line'], 'name')).toEqual(['二七塔周边地块']); // and the site is on the map
    await page.screenshot({ path: 'test-results/analyze-phone-import.png' });
  });

  test('picks a matrix cell by tapping and reads the pair in the bottom sheet', async ({ page }) => {
    await startAnalyze(page, 'matrix');
    const cell = page.locator('[data-cell="eq-board-oct|eq-zone-new-district"]');
    await cell.tap({ timeout: 30_000 });
    await expect(page.getByTestId('cell-details')).toContainText('华侨城文旅板块');
    await expect(page.getByTestId('cell-details')).toBeInViewport({ ratio: 0.3 });
    // the map shows the pair: both features in view
    await waitForMapIdle(page);
    const roles = (await overlay(page, 'ov:cell'))!.map((p) => p.role).sort();
    expect(roles).toEqual(['a', 'b', 'shared']);
    await expect.poll(() => drawn(page, CELL_LAYERS, 'role')).toEqual(['a', 'b', 'shared']);
    const size = (await cell.boundingBox())!;
    expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(36);
    await page.screenshot({ path: 'test-results/analyze-phone-matrix.png' });
  });
});

test('accessibility: the Analyze views have no serious or critical axe violations, in English too', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  await page.getByTestId('lang-switch').click();
  await openAnalyze(page, 'import');
  await page.getByTestId('site-file-input').setInputFiles(fixture('erqi-tower-site.geojson'));
  await expect(page.getByTestId('site-report-row')).toContainText('Erqi Business Circle board');
  const scans = [await new AxeBuilder({ page }).include('.sidebar').analyze()];
  await openAnalyze(page, 'matrix');
  await expect(page.getByTestId('matrix-grid')).toBeVisible({ timeout: 30_000 });
  scans.push(await new AxeBuilder({ page }).include('.sidebar').analyze());
  await openAnalyze(page, 'audit');
  await expect(page.locator('.audit-table')).toBeVisible({ timeout: 30_000 });
  scans.push(await new AxeBuilder({ page }).include('.sidebar').analyze());
  const bad = scans.flatMap((s) => s.violations).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
});

test('a site file dropped straight onto the map is checked like one dropped on the drop zone', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  const text = readFileSync(fixture('erqi-tower-site.geojson'), 'utf8');
  await dropFile(page.getByTestId('map'), { name: 'dropped-site.geojson', text, type: 'application/geo+json' }, ['dragover', 'drop']);
  await expect(page.getByTestId('tab-analyze')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-import-key]').first()).toContainText('dropped-site.geojson');
  await expect(page.locator('[data-import-key]').first()).toContainText('二七商圈板块');
});

test('measure: dragging a vertex moves it (the map does not pan) and updates the distance', async ({ page }) => {
  await startAnalyze(page, 'measure', '#v=1&m=14/34.75/113.66');
  await page.getByTestId('measure-distance').click();
  const box = (await page.getByTestId('map').boundingBox())!;
  const a: [number, number] = [box.x + box.width / 2 - 150, box.y + box.height / 2];
  const b: [number, number] = [box.x + box.width / 2 + 50, box.y + box.height / 2];
  await page.mouse.click(...a);
  await page.mouse.click(...b);
  await waitForMapIdle(page);
  const length = () => shownLengthM(page);
  const before = await length();
  const centre = (await mapCamera(page)).lon;

  // Drag the second vertex 150 px further east: the segment grows from 200 to 350 px.
  await page.mouse.move(...b);
  await page.mouse.down();
  await page.mouse.move(b[0] + 75, b[1], { steps: 5 });
  await page.mouse.move(b[0] + 150, b[1], { steps: 5 });
  await page.mouse.up();
  await expect.poll(length).toBeGreaterThan(before * 1.6);
  expect(await length()).toBeLessThan(before * 1.9);
  // Still two points, and the map stayed where it was.
  expect((await overlay(page, 'ov:measure'))!.length).toBe(3);
  const after = (await mapCamera(page)).lon;
  expect(after).toBeCloseTo(centre, 6);
});
