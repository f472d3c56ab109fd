import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { blockExternalRequests, mapCamera, openApp, renderedProperties, waitForMapIdle } from './helpers';

// A 360 × 740 touch phone, as a resident holds it.
test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

const sheetHeight = async (page: Page) => (await page.locator('.sidebar').boundingBox())!.height;
/** Waits for the sheet's height transition to end. */
const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelector('.sidebar')!.getAnimations().every((a) => a.playState === 'finished'));

test('the phone sheet: a real handle that drags and steps between peek, half and full; a title and note that fit', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&f=eq-board-shangquan&p=info');
  const handle = page.getByTestId('sheet-handle');
  const grip = (await handle.boundingBox())!;
  expect(grip.height).toBeGreaterThanOrEqual(24);
  expect(grip.width).toBeGreaterThanOrEqual(300);
  await expect(handle).toHaveAttribute('aria-valuetext', '半屏');
  const half = await sheetHeight(page);

  // Drag the handle up with a pointer: the sheet follows and settles at full height.
  await page.mouse.move(180, grip.y + grip.height / 2);
  await page.mouse.down();
  for (let y = grip.y; y > 120; y -= 40) await page.mouse.move(180, y);
  await page.mouse.up();
  await expect(handle).toHaveAttribute('aria-valuetext', '全屏');
  await settled(page);
  const full = await sheetHeight(page);
  expect(full).toBeGreaterThan(half + 200);
  // At full height the record has most of the screen: its body shows over 500 px of it.
  expect((await page.locator('.sidebar__body').boundingBox())!.height).toBeGreaterThan(500);
  await expect(page.getByTestId('feature-panel')).toBeVisible();
  await page.screenshot({ path: 'test-results/phone-sheet-full.png' });

  // From the keyboard: ↓ steps down to half, then peek (the panel hides, search and tabs stay).
  await handle.focus();
  await page.keyboard.press('ArrowDown');
  await expect(handle).toHaveAttribute('aria-valuetext', '半屏');
  await page.keyboard.press('ArrowDown');
  await expect(handle).toHaveAttribute('aria-valuetext', '收起');
  await expect(page.locator('.sidebar__body')).toBeHidden();
  await expect(page.getByTestId('search-input')).toBeVisible();
  await settled(page);
  expect(await sheetHeight(page)).toBeLessThan(160);
  // A tab asked for raises the sheet again.
  await page.getByTestId('tab-layers').click();
  await expect(handle).toHaveAttribute('aria-valuetext', '半屏');

  // The title is shown whole, beside the actions, in both languages; the schematic note is one line.
  for (const language of ['zh', 'en']) {
    const title = page.getByTestId('app-title');
    const fits = await title.evaluate((h) => h.scrollWidth <= h.clientWidth + 1);
    expect(fits, `${language} title not cut`).toBe(true);
    const right = (await title.boundingBox())!;
    const actions = (await page.locator('.topbar__actions').boundingBox())!;
    expect(right.x + right.width).toBeLessThanOrEqual(actions.x);
    expect((await page.getByTestId('schematic-note').boundingBox())!.height).toBeLessThan(24);
    if (language === 'zh') await page.getByTestId('lang-switch').click();
  }
  // 演示 and 导出 wait behind "more".
  await expect(page.getByTestId('export')).toBeHidden();
  await page.getByTestId('more-actions').click();
  await expect(page.getByTestId('export')).toBeVisible();
});

test('phone search: the first letter raises the sheet with its results; every result reachable above the keyboard line, and a pick puts the keyboard away', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  const input = page.getByTestId('search-input');
  const half = await sheetHeight(page);
  // The first letter already finds (the index loads when the box is first used); Esc empties the box and
  // gives back the tabs and the half sheet.
  await input.fill('e');
  await expect(page.locator('.search__result').first()).toBeVisible();
  await expect(page.getByTestId('tab-layers')).toBeHidden();
  await input.press('Escape');
  await expect(page.getByTestId('search-results')).toBeHidden();
  await expect(page.getByTestId('tab-layers')).toBeVisible();
  await settled(page);
  expect(await sheetHeight(page)).toBe(half);
  // A first letter's results come up in the sheet raised for them, not first as a list over the half
  // sheet that then jumps to the whole height.
  const resultsCameWithTheSheet = page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const watch = new MutationObserver(() => {
          if (!document.querySelector('.search__result')) return;
          watch.disconnect();
          resolve(document.querySelector('.sidebar')!.classList.contains('sidebar--searching'));
        });
        watch.observe(document.body, { childList: true, subtree: true });
      }),
  );
  await input.fill('二');
  expect(await resultsCameWithTheSheet).toBe(true);
  await settled(page);
  expect(await sheetHeight(page)).toBeGreaterThan(half + 200);

  await input.fill('板块');
  const results = page.locator('.search__result');
  await expect(results).toHaveCount(8);
  const last = results.last();
  await last.scrollIntoViewIfNeeded();
  const box = (await last.boundingBox())!;
  // On screen, and not under the schematic note or anything else.
  expect(box.y + box.height).toBeLessThanOrEqual(740);
  const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('.search__result') !== null, [box.x + box.width / 2, box.y + box.height / 2]);
  expect(onTop).toBe(true);
  // Each result names its layer.
  await expect(results.first().locator('.search__meta')).toContainText('·');
  await page.screenshot({ path: 'test-results/phone-search.png' });
  await last.tap();
  await expect(page.getByTestId('feature-panel')).toBeVisible();
  expect(await input.evaluate((el) => el === document.activeElement)).toBe(false);
});

test("phone share: the phone's share sheet gets the link; without one a failed copy never shows the raw link", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __shared: ShareData[] }).__shared = [];
    Object.defineProperty(navigator, 'share', { value: async (d: ShareData) => void (window as unknown as { __shared: ShareData[] }).__shared.push(d), configurable: true });
  });
  await blockExternalRequests(page);
  await openApp(page, '#v=1&f=eq-board-shangquan');
  await page.getByTestId('share').tap();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __shared: ShareData[] }).__shared.map((d) => d.url))).toEqual([page.url()]);
  await expect(page.locator('.notice')).toHaveCount(0);

  // A phone with no share sheet whose clipboard refuses.
  await page.evaluate(() => {
    Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
  });
  await page.getByTestId('share').tap();
  const notice = page.locator('.notice--error');
  await expect(notice).toContainText('地址栏');
  await expect(notice).not.toContainText('http');
});

test('find your way offline: stations and roads named at street zoom (in English as the place-name rules write them); search 碧沙岗 answers what is planned near it', async ({ page }) => {
  const external = await blockExternalRequests(page);
  await openApp(page, '#v=1&m=12/34.756/113.618');
  // The city view stays about the plans: no street names yet.
  expect(await renderedProperties(page, ['orient:stations:label', 'orient:roads:label'])).toEqual([]);
  expect((await renderedProperties(page, ['orient:metro:line'])).length).toBeGreaterThan(0);

  // The resident has lowered the sheet to look at the map, then searches from it.
  const handle = page.getByTestId('sheet-handle');
  await handle.press('Home');
  await expect(handle).toHaveAttribute('aria-valuetext', '收起');
  const input = page.getByTestId('search-input');
  await input.fill('碧沙岗');
  const station = page.locator('.search__result').filter({ hasText: '地铁站' }).first();
  await expect(station).toContainText('1号线');
  await station.tap();
  await expect(page.getByTestId('here-place')).toContainText('碧沙岗');
  // The pick raises the sheet to half, and the answer starts above its fold: the first planned area shows.
  await expect(handle).toHaveAttribute('aria-valuetext', '半屏');
  await settled(page);
  const firstHit = page.getByTestId('here-panel').locator('.hits li').first();
  await expect(firstHit).toBeVisible();
  const body = (await page.locator('.sidebar__body').boundingBox())!;
  const hit = (await firstHit.boundingBox())!;
  expect(hit.y + 24, 'the first planned area is inside the half sheet').toBeLessThan(body.y + body.height);
  await page.screenshot({ path: 'test-results/phone-search-pick.png' });
  // Plan areas at or near the station, with distances, from the same point query as a tap on the map.
  await expect(page.getByTestId('here-panel')).toContainText('附近的规划区域');
  await waitForMapIdle(page);
  expect((await mapCamera(page)).zoom).toBeGreaterThanOrEqual(13);
  const names = async () => (await renderedProperties(page, ['orient:stations:label', 'orient:roads:label'])).map((p) => p.name as string);
  await expect.poll(names).toContain('碧沙岗');
  await page.getByTestId('sheet-handle').press('Home');
  await page.screenshot({ path: 'test-results/phone-orientation.png' });

  // A road the boundaries follow is found and shown at street zoom; in English the names follow.
  await input.fill('西三环');
  await page.locator('.search__result').filter({ hasText: '道路' }).first().tap();
  await waitForMapIdle(page);
  await expect.poll(names).toContain('西三环');
  await page.getByTestId('lang-switch').click();
  const roadLabel = () => page.evaluate(() => JSON.stringify((window as unknown as { __atlasMap: { getLayoutProperty(l: string, p: string): unknown } }).__atlasMap.getLayoutProperty('orient:roads:label', 'text-field')));
  await expect.poll(roadLabel).toContain('nameEn');
  // Roads in Pinyin as the stations are (西三环 Xisanhuan, not "West 3rd Ring Road").
  await expect.poll(async () => (await renderedProperties(page, ['orient:roads:label'])).map((p) => p.nameEn)).toContain('Xisanhuan');
  // A landmark that had no English name (郑州长途汽车中心站) is found and named by its Pinyin.
  await input.fill('Changtu Qiche');
  await page.locator('.search__result').filter({ hasText: 'Zhengzhou Changtu Qiche Zhongxinzhan' }).first().tap();
  await expect(page.getByTestId('here-place')).toContainText('Zhengzhou Changtu Qiche Zhongxinzhan');
  // Landmarks have English names: found by them, and labelled with them on the map.
  await input.fill('Erqi Memorial');
  await page.locator('.search__result').filter({ hasText: 'Erqi Memorial Tower' }).first().tap();
  await expect(page.getByTestId('here-place')).toContainText('Erqi Memorial Tower');
  await waitForMapIdle(page);
  await expect.poll(async () => (await renderedProperties(page, ['orient:landmarks:label'])).map((p) => p.nameEn)).toContain('Erqi Memorial Tower');
  // Stations in English as the place-name rules write them (人民公园 → Renmin Gongyuan): found by that name,
  // listed and labelled with it.
  await input.fill('Renmin Gongyuan');
  await page.locator('.search__result').filter({ hasText: 'Renmin Gongyuan' }).first().tap();
  await expect(page.getByTestId('here-place')).toContainText('Renmin Gongyuan');
  await waitForMapIdle(page);
  await expect.poll(async () => (await renderedProperties(page, ['orient:stations:label'])).map((p) => p.nameEn)).toContain('Renmin Gongyuan');
  expect(external).toEqual([]);
});

test('phone area audit: the table fits the sheet, names each row\'s layout and gives the unit once', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  await page.getByTestId('tab-analyze').tap();
  await page.getByTestId('analyze-view-audit').tap();
  const table = page.locator('.audit-table');
  await expect(table).toBeVisible({ timeout: 30_000 });
  expect(await table.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
  await expect(table.locator('tbody tr[data-feature="eq-board-shangquan"] .audit-table__layer')).toHaveText('六核协同');
  await expect(table.locator('thead')).toContainText('平方公里');
  await expect(table.locator('tbody')).not.toContainText('平方公里');
  await page.getByTestId('sheet-handle').press('End');
  await settled(page);
  await page.screenshot({ path: 'test-results/phone-audit.png' });
});

test('the layer panel fits the phone in both languages: every layer’s opacity and “Zoom to” stay inside the sheet', async ({ page }) => {
  await blockExternalRequests(page);
  for (const language of ['zh', 'en']) {
    await openApp(page, `#v=1&p=layers&lg=${language}`);
    const sheet = (await page.locator('.sidebar').boundingBox())!;
    const outside = await page.locator('.layer-row__tools button').evaluateAll(
      (buttons, right) => buttons.filter((b) => b.getBoundingClientRect().right > right + 0.5).map((b) => b.getAttribute('aria-label')),
      sheet.x + sheet.width,
    );
    expect(await page.locator('.layer-row__tools button').count()).toBeGreaterThan(5);
    expect(outside, `${language}: zoom buttons past the sheet's edge`).toEqual([]);
  }
});

test('a link that names an area opens its record, even without p=info; the record shared back says so without it', async ({ page }) => {
  await blockExternalRequests(page);
  // An old or hand-made link: just the area.
  await openApp(page, '#v=1&f=eq-board-shangquan');
  await expect(page.getByTestId('feature-panel').getByRole('heading', { level: 2 })).toHaveText('二七商圈板块');
  await expect(page.getByTestId('tab-info')).toHaveAttribute('aria-selected', 'true');
  // The app's own link for the record needs no p=, and one with the layer list open keeps p=layers.
  await expect(page).not.toHaveURL(/[#&]p=/);
  await page.getByTestId('tab-layers').click();
  await expect(page).toHaveURL(/[#&]p=layers/);
  // A link naming an area that does not exist opens the layer list, with its notice (a fresh page load).
  await page.goto('about:blank');
  await openApp(page, '#v=1&f=nope');
  await expect(page.getByTestId('notices')).toBeVisible();
  await expect(page.getByTestId('tab-layers')).toHaveAttribute('aria-selected', 'true');
});
