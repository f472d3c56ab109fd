import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import type { FeatureCollection } from 'geojson';
import { measure } from '../src/analysis/measure';
import { blockExternalRequests, lonLatsAt, openApp, renderedProperties, screenPoint, waitForMapIdle, waitForOfflineReady } from './helpers';

type Px = [number, number];

// Drawing is many pointer events, each redrawn by software WebGL: give these tests room on a busy machine.
test.slow();

async function openDrawView(page: Page): Promise<void> {
  await page.getByTestId('tab-analyze').click();
  await page.getByTestId('analyze-view-draw').click();
}

/** Opens the app offline at a view, on Analyze → 绘制. Returns the external requests it blocked. */
async function openDraw(page: Page, hash = '#v=1&m=14/34.75/113.66'): Promise<string[]> {
  const external = await blockExternalRequests(page);
  await openApp(page, hash);
  await openDrawView(page);
  return external;
}

/** Reloads the page at the same view and waits for the map (what is kept comes back once the atlas is loaded). */
async function reopen(page: Page): Promise<void> {
  await page.reload();
  await waitForMapIdle(page);
}

/**
 * The names kept in the browser's store (IndexedDB 'zhengzhou-plan-atlas', items). A rename is written as the
 * name field is left; a reload in the same instant can abort the write in flight, so the tests wait for the
 * store, as a person would, before reloading.
 */
async function keptNames(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('zhengzhou-plan-atlas');
        open.onerror = () => resolve([]);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('items')) return resolve([]);
          const all = db.transaction('items').objectStore('items').getAll();
          all.onsuccess = () => resolve((all.result as { name: string }[]).map((i) => i.name));
          all.onerror = () => resolve([]);
        };
      }),
  );
}

/** Clicks (or taps) map pixels, relative to the map's corner. */
async function press(page: Page, points: Px[], touch: boolean): Promise<void> {
  const box = (await page.getByTestId('map').boundingBox())!;
  for (const [x, y] of points) {
    if (touch) await page.touchscreen.tap(box.x + x, box.y + y);
    else {
      await page.mouse.move(box.x + x, box.y + y);
      await page.mouse.click(box.x + x, box.y + y);
    }
  }
}

/** Drags with the mouse from one map pixel to another in small steps, as a hand does. */
async function drag(page: Page, from: Px, to: Px): Promise<void> {
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + from[0], box.y + from[1]);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + from[0] + ((to[0] - from[0]) * i) / 12, box.y + from[1] + ((to[1] - from[1]) * i) / 12);
  await page.mouse.up();
}

/** "0.537 平方公里 · 53.7 公顷 · 806 亩" → [km², ha, 亩]. */
const areaFigures = async (page: Page, testId: string): Promise<number[]> =>
  (await page.getByTestId(testId).innerText()).split('·').map((s) => parseFloat(s.replace(/,/g, '')));

/** Draws a polygon through these map pixels (closing it on the first) and checks the area shown against them. */
async function drawPolygon(page: Page, corners: Px[], touch = false): Promise<void> {
  await page.getByTestId('draw-start').click();
  await page.getByTestId('draw-tool-polygon').click();
  await drawingReady(page);
  await press(page, corners, touch);
  // Live figures while drawing: three corners placed make an area already.
  await expect(page.getByTestId('draw-live-figures-area')).toContainText('亩');
  await press(page, [corners[0]], touch);
  await expect(page.getByTestId('sketch-editor')).toBeVisible();
  const expectedKm2 = measure(await lonLatsAt(page, corners), 'area').areaKm2!;
  const [km2, ha, mu] = await areaFigures(page, 'sketch-figures-area');
  expect(Math.abs(km2 - expectedKm2) / expectedKm2).toBeLessThan(0.01);
  expect(ha).toBeCloseTo(km2 * 100, -1);
  expect(Math.abs(mu - km2 * 1500) / (km2 * 1500)).toBeLessThan(0.01); // 1 亩 = 666.67 m²
}

/** Waits until the drawing library is on the map (its layers are added when the draw mode first starts). */
const drawingReady = (page: Page) =>
  expect
    .poll(() => page.evaluate(() => (window as unknown as { __atlasMap: { getLayersOrder(): string[] } }).__atlasMap.getLayersOrder().some((id) => id.startsWith('draw-'))))
    .toBe(true);

/** Map pixel (from its top-left corner) of a WGS-84 point. */
async function mapPoint(page: Page, lonLat: [number, number]): Promise<Px> {
  const box = (await page.getByTestId('map').boundingBox())!;
  const p = await screenPoint(page, lonLat);
  return [p.x - box.x, p.y - box.y];
}

const drawnNames = async (page: Page) => (await renderedProperties(page, ['ov:drawnLabels:label'])).map((p) => p.name);

test('sketch: draw a polygon with its area as it is drawn, name it, move a vertex, undo and redo', async ({ page }) => {
  const external = await openDraw(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  const corners: Px[] = [[-120, -80], [100, -90], [110, 70], [-90, 90]].map(([dx, dy]) => [box.width / 2 + dx, box.height / 2 + dy]);
  await drawPolygon(page, corners);
  await page.getByTestId('sketch-name').fill('试验地块');
  await page.getByTestId('sketch-note').fill('待核实');
  await page.getByTestId('sketch-note').blur();
  await expect(page.getByTestId('draw-list')).toContainText('试验地块');
  const before = (await areaFigures(page, 'sketch-figures-area'))[0];

  // Edit: pick it and drag its north-east corner 60 px further out.
  await page.getByTestId('draw-tool-select').click();
  await press(page, [[box.width / 2, box.height / 2]], false);
  await drag(page, corners[1], [corners[1][0] + 60, corners[1][1] - 40]);
  await expect.poll(async () => (await areaFigures(page, 'sketch-figures-area'))[0]).toBeGreaterThan(before);
  const after = (await areaFigures(page, 'sketch-figures-area'))[0];
  await page.screenshot({ path: 'test-results/draw-sketch.png' });

  await page.getByTestId('draw-undo').click();
  await expect.poll(async () => (await areaFigures(page, 'sketch-figures-area'))[0]).toBe(before);
  await page.getByTestId('draw-redo').click();
  await expect.poll(async () => (await areaFigures(page, 'sketch-figures-area'))[0]).toBe(after);

  // Out of the draw mode the sketch stays on the map with its name, and map clicks ask "what is planned here" again.
  await page.getByTestId('draw-stop').click();
  await waitForMapIdle(page);
  await expect.poll(() => drawnNames(page)).toEqual(['试验地块']);

  // Kept on this device: after a reload it is on the map and in the list, as edited, with its note.
  await reopen(page);
  await expect.poll(() => drawnNames(page)).toEqual(['试验地块']);
  await openDrawView(page);
  await page.getByTestId('draw-list').getByRole('button', { name: /试验地块/ }).click();
  await expect(page.getByTestId('sketch-note')).toHaveValue('待核实');
  expect((await areaFigures(page, 'sketch-figures-area'))[0]).toBe(after);
  // Listed in 我的数据, and deleting it there takes it off the map and out of the list, also after a reload.
  await page.getByTestId('analyze-view-data').click();
  const kept = page.getByTestId('kept-item');
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText('试验地块');
  await kept.getByRole('button', { name: /删除/ }).click();
  await expect(page.getByTestId('kept-empty')).toBeVisible();
  await waitForMapIdle(page);
  await expect.poll(() => drawnNames(page)).toEqual([]);
  await reopen(page);
  await openDrawView(page);
  await expect(page.getByTestId('draw-list')).toHaveCount(0);
  expect(external).toEqual([]);
});

test('propose a new edge for 二七商圈板块: the area change and the moved edge are shown, and the proposal exports', async ({ page }) => {
  const external = await blockExternalRequests(page);
  await openApp(page, '#v=1&m=14.6/34.7525/113.659&f=eq-board-shangquan&p=info');
  await page.getByTestId('propose-boundary').click();
  const card = page.getByTestId('proposal-card');
  await expect(card).toContainText('二七商圈板块');
  await expect(card).toContainText('第262行'); // the plan citation
  await expect(card.getByTestId('proposal-area-change')).toContainText('0.000');
  await expect(page.getByTestId('moved-edge')).toHaveCount(0);

  // Drag the estimated south-west corner (by 二七特色商业区) 60 px west, once the editor has it selected.
  await drawingReady(page);
  const corner = await mapPoint(page, [113.652888, 34.7456]);
  await drag(page, corner, [corner[0] - 60, corner[1]]);

  const moved = page.getByTestId('moved-edge');
  await expect(moved).toHaveCount(1);
  await expect(moved).toHaveAttribute('data-edge', 'estimated');
  await expect(moved).toContainText('西南侧');
  await expect(moved).toContainText('±120 米）：移动');
  const change = await card.getByTestId('proposal-area-change').innerText();
  expect(change.startsWith('+')).toBe(true); // west is outward
  await expect(card.getByTestId('proposal-touched')).toContainText('估计边 1 条');
  // The moved stretch of the plan's outline is marked on the map.
  await waitForMapIdle(page);
  await expect.poll(async () => (await renderedProperties(page, ['ov:moved:line'])).length).toBeGreaterThan(0);

  await card.getByTestId('proposal-note').fill('西南角应在京广路以西');
  await card.getByTestId('proposal-note').blur();
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('proposal-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.geojson$/);
  const fc = JSON.parse(readFileSync((await download.path())!, 'utf8')) as FeatureCollection;
  const [proposal, ...stretches] = fc.features;
  expect(proposal.properties).toMatchObject({ kind: 'proposal', feature_id: 'eq-board-shangquan', layer: 'erqi-six-boards', note: '西南角应在京广路以西', stated_km2: 1.23 });
  expect(proposal.properties!.citation).toContain('000_062be593f0ca59e2.txt:262-262');
  expect(proposal.properties!.proposed_km2).toBeGreaterThan(proposal.properties!.drawn_km2);
  expect(stretches.map((f) => f.properties!.edge)).toEqual(['estimated']);
  await page.screenshot({ path: 'test-results/draw-proposal.png' });

  // 我的数据's export (opened from the card with the proposals chosen) carries the same comparison: the outline with
  // the area before and after and the moved edges, and the moved stretch as a line of its own.
  await card.getByTestId('proposal-export-more').click();
  await expect(page.getByTestId('export-source-proposals')).toBeChecked();
  await page.getByTestId('export-format').selectOption('geojson');
  const [mine] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
  const exported = JSON.parse(readFileSync((await mine.path())!, 'utf8')) as FeatureCollection;
  const outline = exported.features.find((f) => f.properties!.kind === 'proposal')!;
  expect(outline.properties).toMatchObject({ feature_id: 'eq-board-shangquan', stated_km2: 1.23, note: '西南角应在京广路以西', estimated_moved: 1 });
  expect(outline.properties!.proposed_km2).toBeGreaterThan(outline.properties!.drawn_km2);
  expect(outline.properties!.moved_edges).toMatch(/^estimated ±120 m sw: \d+ m \((in|beyond) band\)$/);
  const edge = exported.features.filter((f) => f.properties!.kind === 'moved-edge');
  expect(edge.map((f) => [f.geometry.type, f.properties!.edge, f.properties!.side])).toEqual([['LineString', 'estimated', 'sw']]);
  expect(edge[0].properties!.moved_m).toBeCloseTo(stretches[0].properties!.moved_m, 0);

  // Kept: after a reload it is in the list, and opens still moved, with its note; the record's button opens it too.
  await reopen(page);
  await openDrawView(page);
  await page.getByTestId('draw-list').getByRole('button', { name: /二七商圈板块/ }).click();
  await expect(page.getByTestId('moved-edge')).toHaveCount(1);
  await expect(page.getByTestId('moved-edge')).toHaveAttribute('data-edge', 'estimated');
  await expect(page.getByTestId('proposal-note')).toHaveValue('西南角应在京广路以西');
  await page.goto('./#v=1&m=14.6/34.7525/113.659&f=eq-board-shangquan&p=info');
  await page.getByTestId('propose-boundary').click();
  await expect(page.getByTestId('moved-edge')).toHaveCount(1);
  await expect(page.getByTestId('draw-list').locator('li')).toHaveCount(1);
  expect(external).toEqual([]);
});

test('a rename survives a reload in the instant after typing, with the field still open or just left', async ({ page }) => {
  await openDraw(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  await drawPolygon(page, [[-100, -70], [90, -80], [100, 60], [-80, 80]].map(([dx, dy]): Px => [box.width / 2 + dx, box.height / 2 + dy]));
  await expect.poll(() => keptNames(page)).toEqual(['草图 1']);
  // Typed and reloaded at once, the field never left: no wait for the store.
  await page.getByTestId('sketch-name').fill('输入中重载');
  await reopen(page);
  await expect.poll(() => drawnNames(page)).toEqual(['输入中重载']);
  // Typed, the field left (the undoable change), reloaded at once.
  await openDrawView(page);
  await page.getByTestId('draw-list').getByRole('button', { name: /输入中重载/ }).click();
  await page.getByTestId('sketch-name').fill('离开后重载');
  await page.getByTestId('sketch-name').blur();
  await reopen(page);
  await expect.poll(() => drawnNames(page)).toEqual(['离开后重载']);
  await page.getByTestId('tab-analyze').click();
  await page.getByTestId('analyze-view-data').click();
  await expect(page.getByTestId('kept-item')).toHaveText([/离开后重载/]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('draws a polygon by tapping the map above the bottom sheet and names it', async ({ page }) => {
    await openDraw(page);
    await drawPolygon(page, [[60, 100], [300, 110], [280, 260], [80, 250]], true);
    await page.getByTestId('sketch-name').fill('手机草图');
    await page.getByTestId('sketch-name').blur();
    await expect(page.getByTestId('draw-list')).toContainText('手机草图');
    await page.screenshot({ path: 'test-results/draw-phone.png' });
    await expect.poll(() => keptNames(page)).toEqual(['手机草图']);
    await reopen(page);
    await expect.poll(() => drawnNames(page)).toEqual(['手机草图']);
    await openDrawView(page);
    await expect(page.getByTestId('draw-list')).toContainText('手机草图');
  });
});

test.describe('offline', () => {
  // The installed app: the service worker runs (the other tests block it).
  test.use({ serviceWorkers: 'allow' });

  test('with no network the drawing tool loads from the app\'s own copy, and a drawn polygon is there after a reload', async ({ page, context }) => {
    const external = await blockExternalRequests(page);
    await openApp(page, '#v=1&m=14/34.75/113.66');
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await reopen(page);
    await openDrawView(page);
    const box = (await page.getByTestId('map').boundingBox())!;
    await drawPolygon(page, [[-100, -70], [90, -80], [100, 60], [-80, 80]].map(([dx, dy]): Px => [box.width / 2 + dx, box.height / 2 + dy]));
    await page.getByTestId('sketch-name').fill('离线草图');
    await page.getByTestId('sketch-name').blur();
    await expect.poll(() => keptNames(page)).toEqual(['离线草图']);
    await reopen(page);
    await expect.poll(() => drawnNames(page)).toEqual(['离线草图']);
    expect(external).toEqual([]);
  });
});
