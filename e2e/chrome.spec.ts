import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { blockExternalRequests, expectMapFramesFeature, mapCamera, openApp, waitForMapIdle } from './helpers';

/** Whether two page boxes overlap. */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The lon/lat box of features the map holds, read from their sources. */
async function boxesInView(page: Page, layerId: string, ids: string[]): Promise<boolean[]> {
  return page.evaluate(
    async ([layer, wanted]) => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const data = await (map.getSource(`src:${layer}`) as unknown as { getData(): Promise<GeoJSON.FeatureCollection> }).getData();
      const bounds = map.getBounds();
      return wanted.map((id) => {
        const f = data.features.find((x) => x.properties?.id === id && !x.properties?.edge)!;
        const xy = [(f.geometry as GeoJSON.Polygon).coordinates].flat(Infinity) as number[];
        const lons = xy.filter((_, i) => i % 2 === 0);
        const lats = xy.filter((_, i) => i % 2 === 1);
        return bounds.contains([Math.min(...lons), Math.min(...lats)]) && bounds.contains([Math.max(...lons), Math.max(...lats)]);
      });
    },
    [layerId, ids] as const,
  );
}

/** Px of the tab bar's edge shadow (styles/app.css .tabs): a tab under it is not wholly in sight. */
const EDGE_SHADOW = 12;

/**
 * The tabs (all of them, or the open one) not wholly in sight in the tab bar: outside its box, or under the shadow at
 * an edge the bar can still scroll past.
 */
async function tabsOutOfSight(page: Page, which: 'all' | 'open'): Promise<string[]> {
  return page.locator('.tabs').evaluate((bar, [which, shadow]) => {
    const box = bar.getBoundingClientRect();
    const from = box.left + (bar.scrollLeft > 0 ? shadow : 0);
    const to = box.right - (bar.scrollLeft + bar.clientWidth < bar.scrollWidth - 1 ? shadow : 0);
    const tabs = [...bar.querySelectorAll<HTMLElement>('[role="tab"]')].filter((t) => which === 'all' || t.getAttribute('aria-selected') === 'true');
    return tabs.filter((t) => {
      const r = t.getBoundingClientRect();
      return r.left < from - 0.5 || r.right > to + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
    }).map((t) => `${t.innerText} (${Math.round(t.getBoundingClientRect().left)}–${Math.round(t.getBoundingClientRect().right)} px in ${Math.round(from)}–${Math.round(to)})`);
  }, [which, EDGE_SHADOW] as const);
}

test.describe('the map uncovered', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the sources fold to a button that opens them; "Zoom to" stays on one line in English; every tab is in view', async ({ page }) => {
    await blockExternalRequests(page);
    await openApp(page, '#v=1&lg=en');
    const attribution = page.locator('.maplibregl-ctrl-attrib');
    // Folded: only its (i) button covers the map, and the credits are still there to open.
    expect((await attribution.boundingBox())!.height).toBeLessThan(40);
    await expect(attribution).toContainText('OpenStreetMap', { useInnerText: false });
    await attribution.locator('summary').click();
    await expect(attribution.locator('.maplibregl-ctrl-attrib-inner')).toBeVisible();
    await expect(attribution).toContainText('OpenStreetMap');

    const zoomTo = page.getByRole('button', { name: /^Zoom to layer/ }).first();
    expect((await zoomTo.boundingBox())!.height).toBeLessThanOrEqual(36);

    // Beside the map the bar fits: nothing to scroll to, every tab whole ("An…" was cut at the edge before).
    expect(await page.locator('.tabs').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
    expect(await tabsOutOfSight(page, 'all')).toEqual([]);
  });

  test('a "whole map" button takes the map back to the home view', async ({ page }) => {
    await blockExternalRequests(page);
    await openApp(page);
    const home = await mapCamera(page);
    await page.evaluate(() => (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap.jumpTo({ center: [113.3, 34.5], zoom: 13 }));
    await waitForMapIdle(page);
    await page.getByRole('button', { name: '回到全图' }).click();
    await expect.poll(async () => (await mapCamera(page)).zoom).toBeCloseTo(home.zoom, 1);
    const back = await mapCamera(page);
    expect(back.lon).toBeCloseTo(home.lon, 2);
    expect(back.lat).toBeCloseTo(home.lat, 2);
  });

  test('a picked landmark shows the board it lies in whole, with its surroundings; a timeline year shows the areas it lights', async ({ page }) => {
    await blockExternalRequests(page);
    await openApp(page);
    await page.getByTestId('search-input').fill('二七纪念塔');
    await page.locator('.search__result').filter({ hasText: '二七纪念塔' }).first().click();
    await expect(page.getByTestId('here-place')).toContainText('二七纪念塔');
    // The smallest shown area there is 二七商圈板块: whole on the map, but not filling it (its surroundings show).
    await expectMapFramesFeature(page, 'erqi-six-boards', 'eq-board-shangquan', 0.2);
    expect((await mapCamera(page)).zoom).toBeGreaterThanOrEqual(13);

    await page.getByTestId('tab-timeline').click();
    const timeline = page.getByTestId('timeline');
    await timeline.getByRole('radio', { name: '2025' }).check();
    await expect(page.getByTestId('timeline-lit')).not.toContainText(' 0 ');
    await waitForMapIdle(page);
    const lit = await page.evaluate(() => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const ids = new Set<string>();
      for (const layer of ['erqi-four-zones', 'erqi-six-boards']) {
        for (const f of map.querySourceFeatures(`src:${layer}`)) if (map.getFeatureState({ source: `src:${layer}`, id: f.id as string }).selected) ids.add(String(f.id));
      }
      return [...ids];
    });
    const litBoards = lit.filter((id) => id.startsWith('eq-board'));
    expect(litBoards.length).toBeGreaterThan(0);
    expect(await boxesInView(page, 'erqi-six-boards', litBoards)).toEqual(litBoards.map(() => true));
  });
});

test.describe('notices on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('"link copied" leaves by itself and covers neither the zoom buttons nor the sheet handle; an error stays', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined, configurable: true });
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => undefined }, configurable: true });
    });
    await blockExternalRequests(page);
    await openApp(page);
    await page.getByTestId('share').tap();
    const copied = page.locator('.notice--info');
    await expect(copied).toContainText('链接已复制');
    const box = (await copied.boundingBox())!;
    for (const control of [page.locator('.maplibregl-ctrl-zoom-in'), page.getByTestId('sheet-handle')]) {
      expect(overlap(box, (await control.boundingBox())!)).toBe(false);
    }
    // The handle takes its tap while the notice shows.
    await page.getByTestId('sheet-handle').tap();
    await expect(copied).toHaveCount(0, { timeout: 10_000 });

    // A refused copy is an error: it stays until dismissed.
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true }));
    await page.getByTestId('share').tap();
    const error = page.locator('.notice--error');
    await expect(error).toBeVisible();
    await page.waitForTimeout(8000);
    await expect(error).toBeVisible();
    await error.getByRole('button').tap();
    await expect(error).toHaveCount(0);
  });
});

/**
 * The controls in view whose label wraps onto another line or is cut: buttons, tabs, selects. A part the control
 * puts on its own line on purpose (a table header's unit) is not a wrap; names in lists (link buttons) and group
 * headings may wrap.
 */
async function wrappedOrCutLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, [role="tab"], select')) {
      const box = el.getBoundingClientRect();
      const text = (el instanceof HTMLSelectElement ? el.selectedOptions[0]?.text ?? '' : el.innerText).trim();
      if (!el.offsetParent || box.width === 0 || !text || el.classList.contains('link-button')) continue;
      const cut = el.scrollWidth > el.clientWidth + 1;
      const tops: number[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        let own = true;
        for (let p = node.parentElement; p && p !== el; p = p.parentElement) if (getComputedStyle(p).display === 'block') own = false;
        if (!own || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        tops.push(...[...range.getClientRects()].filter((r) => r.width > 1).map((r) => r.top));
      }
      tops.sort((a, b) => a - b);
      const lineGap = parseFloat(getComputedStyle(el).fontSize) * 0.8;
      const lines = tops.filter((top, i) => i === 0 || top - tops[i - 1] > lineGap).length;
      if (cut || lines > 1) found.push(`${cut ? 'cut' : `${lines} lines`}: "${text.replace(/\s+/g, ' ')}" (${Math.round(box.width)} px)`);
    }
    return found;
  });
}

/** The buttons of a row of controls that sit below its first button (wrapped) or stick out of the row or the window. */
async function rowsBroken(page: Page, row: string): Promise<string[]> {
  return page.locator(row).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const buttons = [...el.querySelectorAll<HTMLElement>('button')].filter((b) => b.offsetParent);
    const first = buttons[0]?.getBoundingClientRect();
    return buttons.flatMap((b) => {
      const r = b.getBoundingClientRect();
      const name = b.getAttribute('aria-label') ?? b.innerText;
      if (first && r.top >= first.bottom) return [`"${name}" on another row`];
      if (r.right > Math.min(box.right, window.innerWidth) + 0.5 || r.left < Math.max(box.left, 0) - 0.5) return [`"${name}" out of the row`];
      return [];
    });
  });
}

test('on a phone the tab bar says it scrolls, and a tab opened by a link is wholly in sight, in both languages', async ({ page }) => {
  await blockExternalRequests(page);
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page, '#v=1&lg=en&p=settings');
  const bar = page.locator('.tabs');
  const [scrolls, shadow] = await bar.evaluate((el) => [el.scrollWidth > el.clientWidth, getComputedStyle(el).backgroundImage]);
  expect(scrolls).toBe(true);
  // The edge shadow that says more tabs lie beyond.
  expect(shadow).toContain('radial-gradient');
  await expect(page.getByTestId('tab-settings')).toHaveAttribute('aria-selected', 'true');
  // Not "Se…" cut at the edge, nor hidden past it: the bar scrolled it in (no tap did).
  await expect.poll(() => tabsOutOfSight(page, 'open')).toEqual([]);
  await page.getByTestId('lang-switch').click();
  await expect.poll(() => tabsOutOfSight(page, 'open')).toEqual([]);
});

const PANEL_TABS = ['layers', 'info', 'here', 'list', 'timeline', 'conflicts', 'settings'];
const ANALYZE_VIEWS = ['import', 'audit', 'matrix', 'measure', 'draw', 'data'];

for (const { width, height } of [{ width: 360, height: 740 }, { width: 1440, height: 900 }]) {
  test(`labels fit in both languages at ${width} px: no button, tab or choice wraps or is cut, in any panel`, async ({ page }) => {
    // Fourteen panels in two languages, drawn by software WebGL beside them.
    test.slow();
    await blockExternalRequests(page);
    await page.setViewportSize({ width, height });
    await openApp(page, '#v=1&f=eq-board-shangquan');
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') await page.getByTestId('lang-switch').click();
      const found: string[] = [];
      const look = async (where: string) => found.push(...(await wrappedOrCutLabels(page)).map((f) => `${where}: ${f}`));
      await look('top bar');
      for (const tab of PANEL_TABS) {
        await page.getByTestId(`tab-${tab}`).click();
        await look(tab);
      }
      // Every tab in sight on a desktop; on a phone each tab reached with the keyboard is wholly in sight.
      if (width >= 1440) expect(await tabsOutOfSight(page, 'all'), `${lang} tabs at ${width} px`).toEqual([]);
      else {
        await page.getByTestId('tab-layers').click();
        for (let i = 1; i < PANEL_TABS.length + 1; i++) {
          await page.keyboard.press('ArrowRight');
          expect(await tabsOutOfSight(page, 'open'), `${lang} after ${i} × →`).toEqual([]);
        }
      }
      await page.getByTestId('tab-analyze').click();
      for (const view of ANALYZE_VIEWS) {
        await page.getByTestId(`analyze-view-${view}`).click();
        // The audit's table waits for its worker.
        if (view === 'audit') await expect(page.locator('.audit-table')).toBeVisible({ timeout: 30_000 });
        await look(`analyze ${view}`);
      }
      // The export and presenter dialogs (behind ⋯ on a phone).
      for (const [button, dialog] of [['export', 'export-dialog'], ['present', 'story-picker']]) {
        const more = page.getByTestId('more-actions');
        if (await more.isVisible()) await more.click();
        await page.getByTestId(button).click();
        await expect(page.getByTestId(dialog)).toBeVisible();
        await look(`${button} dialog`);
        await page.keyboard.press('Escape');
        await expect(page.getByTestId(dialog)).toBeHidden();
      }
      // Presenting, with a highlight on (the step's own: 取消高亮 shows): its buttons in one row, all in sight.
      const more = page.getByTestId('more-actions');
      if (await more.isVisible()) await more.click();
      await page.getByTestId('present').click();
      await page.locator('[data-story="erqi-layout"]').click();
      await expect(page.getByTestId('presenter-clear-spotlight')).toBeVisible();
      await look('presenter');
      found.push(...(await rowsBroken(page, '.presenter__nav')).map((f) => `presenter buttons: ${f}`));
      found.push(...(await rowsBroken(page, '.presenter__bar')).map((f) => `presenter bar: ${f}`));
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('presenter')).toHaveCount(0);
      expect(found, `${lang} at ${width} px`).toEqual([]);
    }
  });
}
