import type { Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import type { Map as MlMap } from 'maplibre-gl';
import { blockExternalRequests, openApp, renderedNames, renderedProperties, waitForMapIdle } from './helpers';

type AtlasWindow = { __atlasMap: MlMap };

// 二七商圈板块 (located streets, a fitted 敦睦路 side) and 凤湖智能新区板块 (estimated expressway and shore).
const SHANGQUAN = { lon: 113.6592, lat: 34.7523 };
const FENGHU = { lon: 113.535, lat: 34.6932 };

/** How the map styles one atlas layer's edge classes, read from MapLibre. */
async function edgePaint(page: Page, layer: string) {
  return page.evaluate((id) => {
    const map = (window as unknown as AtlasWindow).__atlasMap;
    const paint = (suffix: string, prop: string) => map.getPaintProperty(`${id}:${suffix}`, prop as never) as unknown;
    return {
      locatedDash: paint('located', 'line-dasharray') ?? null,
      estimatedDash: paint('estimated', 'line-dasharray') ?? null,
      markBlur: paint('mark', 'line-blur'),
      bandMinZoom: map.getLayer(`${id}:band`)?.minzoom ?? null,
    };
  }, layer);
}

async function jumpTo(page: Page, at: { lon: number; lat: number }, zoom: number) {
  await page.evaluate(([lon, lat, z]) => (window as unknown as AtlasWindow).__atlasMap.jumpTo({ center: [lon, lat], zoom: z }), [at.lon, at.lat, zoom] as const);
  await waitForMapIdle(page);
}

/** Edge classes drawn in view for one feature, per style layer. */
async function drawnClasses(page: Page, layer: string, featureId: string) {
  const out: Record<string, string[]> = {};
  for (const suffix of ['located', 'estimated', 'mark', 'band']) {
    const props = await renderedProperties(page, [`${layer}:${suffix}`]);
    out[suffix] = [...new Set(props.filter((p) => p.id === featureId).map((p) => String(p.edge)))].sort();
  }
  return out;
}

/** The legend's key to the edge styles: its rows' texts, in order. */
const keyRows = (page: Page) => page.getByTestId('edge-key').locator('li').allTextContents();

async function expectKeyInBothLanguages(page: Page) {
  const key = page.getByTestId('edge-key');
  await key.scrollIntoViewIfNeeded();
  await expect(key).toBeVisible();
  const zh = await keyRows(page);
  expect(zh).toHaveLength(4);
  expect(zh[0]).toMatch(/^实线/);
  expect(zh[1]).toMatch(/^虚线/);
  expect(zh[2]).toMatch(/^柔光.*位置/);
  expect(zh[3]).toMatch(/浅色带.*精度/);
  await page.getByTestId('lang-switch').click();
  await expect(key.locator('h3')).toHaveText('How precise the lines are');
  const en = await keyRows(page);
  expect(en[0]).toMatch(/^Solid: on located streets/);
  expect(en[1]).toMatch(/^Dashed: estimated/);
  expect(en[2]).toMatch(/^Soft glow: location mark only/);
  expect(en[3]).toMatch(/band.*± precision/);
  await page.getByTestId('lang-switch').click();
}

test('edges by precision: located solid, estimated dashed, marks a soft glow, and from zoom 14 a band as wide as the precision (desktop, screenshots)', async ({ page }) => {
  // Three views drawn by software WebGL: more than the default minute on a busy machine.
  test.slow();
  const external = await blockExternalRequests(page);
  await openApp(page, `#v=1&m=12/${SHANGQUAN.lat}/${SHANGQUAN.lon}&p=layers`);

  // Three distinct strokes for the three classes, the same in every area layer.
  for (const layer of ['erqi-six-boards', 'erqi-four-zones', 'zhongyuan-core-boards', 'city-core-boards']) {
    const paint = await edgePaint(page, layer);
    expect(paint.locatedDash, `${layer} located edges are solid`).toBeNull();
    expect(paint.estimatedDash, `${layer} estimated edges are dashed`).toEqual(expect.arrayContaining([expect.any(Number)]));
    expect(paint.markBlur, `${layer} marks glow`).not.toBeNull();
    expect(paint.bandMinZoom, `${layer} bands wait for street zoom`).toBeGreaterThanOrEqual(13.5);
  }

  // City zoom: 二七商圈板块 follows located streets with one estimated side; 二砂 is only a location mark; no bands yet.
  const city = await drawnClasses(page, 'erqi-six-boards', 'eq-board-shangquan');
  expect(city.located).toEqual(['located']);
  expect(city.estimated).toEqual(['estimated']);
  expect(city.mark).toEqual([]);
  expect(city.band).toEqual([]);
  expect((await drawnClasses(page, 'zhongyuan-core-boards', 'zy-ersha-board')).mark).toEqual(['mark']);
  await page.getByTestId('map').screenshot({ path: test.info().outputPath('precision-shangquan-z12.png') });

  // Street zoom: the bands appear (their width in metres: src/map/edgeLayers.test.ts).
  await jumpTo(page, SHANGQUAN, 15);
  expect((await drawnClasses(page, 'erqi-six-boards', 'eq-board-shangquan')).band).toEqual(['estimated', 'located']);
  await page.getByTestId('map').screenshot({ path: test.info().outputPath('precision-shangquan-z15.png') });

  // 凤湖: estimated edges (dashed) on the expressway and the reservoir shore, the 中原区 border located.
  await jumpTo(page, FENGHU, 12);
  const fenghu = await drawnClasses(page, 'erqi-six-boards', 'eq-board-fenghu');
  expect(fenghu.estimated).toEqual(['estimated']);
  expect(fenghu.located).toEqual(['located']);
  await page.getByTestId('map').screenshot({ path: test.info().outputPath('precision-fenghu-z12.png') });

  // The lake the board and 二七新区 border, drawn as water from its OpenStreetMap shoreline (located, solid); on by
  // default, gone with its layer's switch.
  const lake = await drawnClasses(page, 'erqi-water', 'eq-water-jiangang');
  expect(lake.located).toEqual(['located']);
  expect(lake.estimated).toEqual([]);
  expect(await renderedNames(page, 'erqi-water')).toEqual(['尖岗水库']);
  await page.getByTestId('layer-toggle-erqi-water').uncheck();
  await waitForMapIdle(page);
  expect(await renderedNames(page, 'erqi-water')).toEqual([]);
  expect(external).toEqual([]);
});

test('the layer panel explains the edge styles in zh and en; the record says how much of the outline is located', async ({ page }) => {
  const external = await blockExternalRequests(page);
  await openApp(page, `#v=1&m=12/${SHANGQUAN.lat}/${SHANGQUAN.lon}&p=layers`);
  await expectKeyInBothLanguages(page);
  await page.getByTestId('edge-key').screenshot({ path: test.info().outputPath('precision-key-zh.png') });
  await openApp(page, '#v=1&f=eq-board-shangquan&p=info');
  await expect(page.getByTestId('edge-shares')).toHaveText(/^边线构成：已定位 \d+%，估计 \d+%，位置示意 0%$/);
  const [located, estimated] = ((await page.getByTestId('edge-shares').textContent())!.match(/\d+/g) ?? []).map(Number);
  expect(located).toBeGreaterThan(estimated); // mostly on located streets
  expect(external).toEqual([]);
});

test.describe('on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the layer sheet explains solid, dashed, glow and band in zh and en (screenshot)', async ({ page }) => {
    await blockExternalRequests(page);
    await openApp(page, `#v=1&m=12/${SHANGQUAN.lat}/${SHANGQUAN.lon}`);
    await page.getByTestId('tab-layers').click();
    await expectKeyInBothLanguages(page);
    await page.screenshot({ path: test.info().outputPath('precision-phone-key.png') });
    // The same three strokes on the phone's map.
    const city = await drawnClasses(page, 'erqi-six-boards', 'eq-board-shangquan');
    expect([...city.located, ...city.estimated]).toEqual(['located', 'estimated']);
  });
});

/** How many pixels of a swatch, as the page drew it, are darker than its background (its corner pixel). */
async function inkedPixels(page: Page, swatch: Locator): Promise<number> {
  const png = (await swatch.screenshot()).toString('base64');
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    const lum = (i: number) => 0.3 * data[i] + 0.59 * data[i + 1] + 0.11 * data[i + 2];
    const paper = lum(0);
    let inked = 0;
    for (let i = 0; i < data.length; i += 4) if (paper - lum(i) > 25) inked++;
    return inked;
  }, png);
}

test.describe('the key to the lines one tap from the map on a 360 × 740 phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('its map button opens the key, every entry drawn with its swatch, clear of the map buttons and the sheet (zh, en)', async ({ page }) => {
    await blockExternalRequests(page);
    await openApp(page);
    const button = page.getByTestId('edge-key-button');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.tap();
    const key = page.getByTestId('map-edge-key');
    await expect(key).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    const rows = key.locator('li');
    await expect(rows).toHaveCount(4);
    expect(await rows.evaluateAll((li) => li.map((l) => l.getAttribute('data-edge')))).toEqual(['located', 'estimated', 'mark', 'band']);
    for (let i = 0; i < 4; i++) {
      const swatch = rows.nth(i).locator('svg.swatch');
      await expect(swatch).toBeVisible();
      // Drawn, not an empty box: the glow as much as the lines (a 22 × 16 swatch).
      expect(await inkedPixels(page, swatch), `${await rows.nth(i).getAttribute('data-edge')} swatch`).toBeGreaterThan(20);
    }
    // Over the map's open part: clear of its buttons and above the sheet.
    const keyBox = (await key.boundingBox())!;
    const controls = (await page.locator('.maplibregl-ctrl-top-right').boundingBox())!;
    expect(keyBox.x + keyBox.width).toBeLessThanOrEqual(controls.x);
    expect(keyBox.y + keyBox.height).toBeLessThanOrEqual((await page.locator('#sidebar').boundingBox())!.y);
    await page.screenshot({ path: test.info().outputPath('map-key-phone-zh.png') });

    await page.getByTestId('lang-switch').click();
    await expect(key.locator('h2')).toHaveText('How precise the lines are');
    await expect(rows.nth(2)).toContainText('Soft glow');
    await page.screenshot({ path: test.info().outputPath('map-key-phone-en.png') });
    // Closed by its ×, and by Esc after the button opens it again.
    await page.getByTestId('map-edge-key-close').tap();
    await expect(key).toBeHidden();
    await button.tap();
    await expect(key).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(key).toBeHidden();
  });
});

test('a belt the plan names only by the places it joins is a glow, not a route, and its record says so', async ({ page }) => {
  await blockExternalRequests(page);
  // 环嵩山文化带 (嵩山 to the hills where 巩义, 荥阳 and 新密 meet), with the 郑汴洛 belt crossing the city above it.
  await openApp(page, '#v=1&m=9/34.62/113.3&l=cc&f=ct-cu-songshan&p=info');
  for (const id of ['ct-cu-songshan', 'ct-cu-zhengbianluo']) {
    const drawn = await drawnClasses(page, 'city-culture-belts', id);
    expect(drawn, id).toMatchObject({ located: [], estimated: [], mark: ['mark'] });
  }
  const panel = page.getByTestId('feature-panel');
  await expect(panel.locator('h2')).toHaveText('国家级环嵩山文化带');
  await expect(panel.getByTestId('edge-shares')).toHaveText('边线构成：已定位 0%，估计 0%，位置示意 100%');
  await expect(panel.locator('.drawing')).toContainText('±8000 m');
});
