import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './test';
import { blockExternalRequests, featureState, mapCamera, openApp, openStory, screenPoint, visibleAtlasLayers, waitForMapIdle } from './helpers';

type MapHook = { getPaintProperty(layer: string, prop: string): unknown; once(event: string, listener: () => void): unknown };

test('a story link opens at its step; clicker keys turn the page; each step shows its layers; Esc leaves', async ({ page }) => {
  const external = await blockExternalRequests(page);
  await openApp(page);
  const layersBefore = await visibleAtlasLayers(page);
  const lineWidth = () => page.evaluate(() => JSON.stringify((window as unknown as { __atlasMap: MapHook }).__atlasMap.getPaintProperty('erqi-four-zones:located', 'line-width')));
  const widthBefore = await lineWidth();

  // A fresh load of a shared story link.
  await page.goto('about:blank');
  await openApp(page, '#v=1&s=erqi-layout:1');
  await expect(page.getByTestId('presenter-title')).toHaveText('二七区空间布局');
  await expect(page.getByTestId('presenter-counter')).toHaveText('1 / 9');
  // Chrome hidden: no top bar, no side panel.
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();

  // What clickers send: →, PageDown, space.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-counter')).toHaveText('2 / 9');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('presenter-counter')).toHaveText('3 / 9');
  await page.keyboard.press(' ');
  await expect(page.getByTestId('presenter-title')).toHaveText('二七特色商业区与二七商圈');
  await expect(page.getByTestId('presenter-counter')).toHaveText('4 / 9');
  await expect(page).toHaveURL(/s=erqi-layout:4/);
  await waitForMapIdle(page);

  expect(await visibleAtlasLayers(page)).toEqual(['admin-districts', 'erqi-four-zones', 'erqi-six-boards']);
  expect(await lineWidth()).not.toBe(widthBefore); // projector theme: heavier lines
  // The step's two areas are lit, the others dimmed.
  expect(await featureState(page, 'erqi-six-boards', 'eq-board-shangquan')).toMatchObject({ selected: true, dimmed: false });
  expect(await featureState(page, 'erqi-four-zones', 'eq-zone-new-district')).toMatchObject({ dimmed: true });
  // The camera is the step's: centred on the old town.
  const at4 = await mapCamera(page);
  expect(Math.abs(at4.lon - 113.6555)).toBeLessThan(0.002);

  // The wheel cannot make the zoom drift, and coming back to a step gives the same view.
  // MapLibre reports the wheel it received; a live scroll zoom would start moving within ~40 ms of it.
  await page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: MapHook }).__atlasMap;
    const w = window as unknown as { __wheelOutcome: Promise<string> };
    w.__wheelOutcome = new Promise((resolve) => {
      map.once('movestart', () => resolve('the map moved'));
      map.once('wheel', () => setTimeout(() => resolve('still'), 400));
      setTimeout(() => resolve('no wheel reached the map'), 5000);
    });
  });
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, -600);
  expect(await page.evaluate(() => (window as unknown as { __wheelOutcome: Promise<string> }).__wheelOutcome)).toBe('still');
  expect((await mapCamera(page)).zoom).toBeCloseTo(at4.zoom, 3);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('presenter-counter')).toHaveText('3 / 9');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-counter')).toHaveText('4 / 9');
  await waitForMapIdle(page);
  const again = await mapCamera(page);
  expect(again.zoom).toBeCloseTo(at4.zoom, 3);
  expect(again.lon).toBeCloseTo(at4.lon, 4);

  await page.keyboard.press('End');
  await expect(page.getByTestId('presenter-counter')).toHaveText('9 / 9');
  await page.keyboard.press('Home');
  await expect(page.getByTestId('presenter-counter')).toHaveText('1 / 9');

  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.locator('.topbar')).toBeVisible();
  await expect(page).not.toHaveURL(/s=erqi-layout/);
  await waitForMapIdle(page);
  expect(await visibleAtlasLayers(page)).toEqual(layersBefore);
  expect(await lineWidth()).toBe(widthBefore);
  expect(await featureState(page, 'erqi-four-zones', 'eq-zone-new-district')).toMatchObject({ dimmed: false });
  expect(external).toEqual([]);
});

test('the presenter clicks an area to spotlight it and clicks again to clear it', async ({ page }) => {
  await blockExternalRequests(page);
  await openStory(page, 'erqi-layout', 2);
  await expect(page.getByTestId('presenter-title')).toHaveText('四区联动');
  // Inside 樱桃沟西美示范区 wherever the step's camera puts it: its pole, where the data build names it.
  const pole = await page.evaluate(async () => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const labels = await (map.getSource('lbl:erqi-four-zones') as unknown as { getData(): Promise<GeoJSON.FeatureCollection<GeoJSON.Point>> }).getData();
    return labels.features.find((f) => f.properties?.id === 'eq-zone-yingtaogou')!.geometry.coordinates as [number, number];
  });
  const point = await screenPoint(page, pole);

  await page.mouse.click(point.x, point.y);
  await expect(page.getByTestId('presenter-spot')).toContainText('樱桃沟西美示范区');
  expect(await featureState(page, 'erqi-four-zones', 'eq-zone-yingtaogou')).toMatchObject({ selected: true, dimmed: false });
  expect(await featureState(page, 'erqi-four-zones', 'eq-zone-new-district')).toMatchObject({ dimmed: true });
  // No "what is here" pin or panel jumps in while presenting.
  await expect(page.locator('.maplibregl-marker')).toHaveCount(0);

  await page.mouse.click(point.x, point.y);
  await expect(page.getByTestId('presenter-spot')).toHaveCount(0);
  expect(await featureState(page, 'erqi-four-zones', 'eq-zone-new-district')).toMatchObject({ dimmed: false });
  expect(await featureState(page, 'erqi-four-zones', 'eq-zone-yingtaogou')).toMatchObject({ selected: false });
});

test('the selected area is drawn selected again after a story lit and unlit it', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&f=eq-board-shangquan&p=info');
  await page.getByTestId('present').click();
  await page.locator('[data-story="erqi-layout"]').click();
  await expect(page.getByTestId('presenter-counter')).toHaveText('1 / 9');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-counter')).toHaveText('4 / 9');
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-shangquan')).toMatchObject({ selected: true, dimmed: false });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-counter')).toHaveText('5 / 9');
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-shangquan')).toMatchObject({ selected: false, dimmed: true });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  await expect(page.getByTestId('feature-panel').locator('h2')).toHaveText('二七商圈板块');
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-shangquan')).toMatchObject({ selected: true, dimmed: false });
});

test('stories start from the Present button; the black-screen key blanks and any key brings it back', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  const layersBefore = await visibleAtlasLayers(page);
  await page.getByTestId('present').click();
  await expect(page.getByTestId('story-picker')).toBeVisible();
  const pickerScan = await new AxeBuilder({ page }).include('[data-testid="story-picker"]').analyze();
  await page.locator('[data-story="zhongyuan-cores"]').click();
  await expect(page.getByTestId('presenter-title')).toHaveText('中原区发展布局');
  await expect(page.getByTestId('presenter-counter')).toHaveText('1 / 7');
  await expect.poll(() => visibleAtlasLayers(page)).toEqual(['admin-districts', 'zhongyuan-areas-parks', 'zhongyuan-core-boards', 'zhongyuan-green-corridors', 'zhongyuan-water']);
  const presenterScan = await new AxeBuilder({ page }).include('[data-testid="presenter"]').analyze();
  const bad = [...pickerScan.violations, ...presenterScan.violations].filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);

  await page.keyboard.press('b');
  await expect(page.getByTestId('presenter-blackout')).toBeVisible();
  // What the audience sees: opaque black over the whole screen, map and caption included.
  const screen = await page.getByTestId('presenter-blackout').evaluate((el) => {
    const [w, h] = [window.innerWidth, window.innerHeight];
    const probes = [[2, 2], [w - 2, 2], [w / 2, h / 2], [2, h - 2], [w - 2, h - 2]];
    return { onTop: probes.every(([x, y]) => document.elementFromPoint(x, y) === el), colour: getComputedStyle(el).backgroundColor, opacity: getComputedStyle(el).opacity };
  });
  expect(screen).toEqual({ onTop: true, colour: 'rgb(0, 0, 0)', opacity: '1' });
  await page.keyboard.press('ArrowRight'); // lifts the black screen only
  await expect(page.getByTestId('presenter-blackout')).toHaveCount(0);
  await expect(page.getByTestId('presenter-counter')).toHaveText('1 / 7');

  await page.getByTestId('presenter-next').click();
  await expect(page.getByTestId('presenter-title')).toHaveText('三大核心引领');
  await expect.poll(() => visibleAtlasLayers(page)).toEqual(['admin-districts', 'zhongyuan-core-boards']);
  await page.getByTestId('presenter-exit').click();
  await expect(page.getByTestId('presenter')).toHaveCount(0);
  expect(await visibleAtlasLayers(page)).toEqual(layersBefore);
});

test('projector 1920×1080: large type, step counter, no app chrome (screenshot)', async ({ page }) => {
  await blockExternalRequests(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openStory(page, 'city-structure', 4);
  await expect(page.getByTestId('presenter-title')).toHaveText('中原科技城');
  const size = await page.getByTestId('presenter-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(48);
  await expect(page.getByTestId('presenter-counter')).toHaveText('4 / 7');
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  // The map shows the step: its layers, 中原科技城 lit.
  expect(await visibleAtlasLayers(page)).toEqual(['admin-districts', 'city-development-pattern']);
  expect(await featureState(page, 'city-development-pattern', 'ct-board-zhongyuan-sci-city')).toMatchObject({ selected: true, dimmed: false });
  // An on-screen legend of exactly the step's layers, in the layer panel's order.
  const legend = page.getByTestId('presenter-legend');
  await expect(legend.locator('li:not([data-edge])')).toHaveText([/^郑州市 · /, '行政区划']);
  await expect(legend.locator('li[data-edge]')).toHaveCount(4); // the key to solid, dashed, glow and band
  await expect(legend).toContainText('一带引领、两翼驱动、四区支撑、多点联动');
  // Map labels at least 24 px, the size a room reads at 1080p.
  const sizes = await page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: { getStyle(): { layers: { id: string; type: string }[] }; getLayoutProperty(l: string, p: string): unknown } }).__atlasMap;
    return map.getStyle().layers.filter((l) => l.type === 'symbol').map((l) => [l.id, map.getLayoutProperty(l.id, 'text-size')] as const);
  });
  expect(sizes.length).toBeGreaterThan(5);
  for (const [id, size] of sizes) expect(size, id).toBeGreaterThanOrEqual(24);
  await page.screenshot({ path: test.info().outputPath('presenter-projector-1920.png') });
});

test('a board\'s two readings asked for by a link while presenting are drawn at projector size too', async ({ page }) => {
  await blockExternalRequests(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  // The readings' overlay is added to the map only when it has something to draw: here after the theme is on.
  await openStory(page, 'erqi-layout', 2);
  await page.evaluate(() => (location.hash = `${location.hash}&vr=eq-variant-fenghu-box18`));
  const labelSize = () =>
    page.evaluate(() => {
      const map = (window as unknown as { __atlasMap: { getLayer(id: string): unknown; getLayoutProperty(l: string, p: string): unknown } }).__atlasMap;
      return map.getLayer('ov:variants:label') ? (map.getLayoutProperty('ov:variants:label', 'text-size') as number) : null;
    });
  await expect.poll(labelSize, { timeout: 20_000 }).not.toBeNull();
  expect(await labelSize()).toBeGreaterThanOrEqual(24);
});

test('phone 360×740: a swipe turns the page (screenshot)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await blockExternalRequests(page);
  await openApp(page, '#v=1&s=city-structure:1');
  await expect(page.getByTestId('presenter-counter')).toHaveText('1 / 7');
  await waitForMapIdle(page);

  const swipe = (fromX: number, toX: number) =>
    page.evaluate(
      ([a, b]) => {
        const target = document.querySelector('.maplibregl-canvas')!;
        const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 300 });
        target.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(a)], changedTouches: [touch(a)], bubbles: true }));
        target.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(b)], bubbles: true }));
      },
      [fromX, toX],
    );
  await swipe(300, 80);
  await expect(page.getByTestId('presenter-counter')).toHaveText('2 / 7');
  await expect(page.getByTestId('presenter-title')).toHaveText('一主一副、三城三组团');
  await expect.poll(() => visibleAtlasLayers(page)).toEqual(['admin-districts', 'city-urban-system']);
  await swipe(80, 300);
  await expect(page.getByTestId('presenter-counter')).toHaveText('1 / 7');
  await expect.poll(() => visibleAtlasLayers(page)).toEqual(['admin-districts', 'city-directions']);
  await swipe(300, 80);
  await expect(page.getByTestId('presenter-counter')).toHaveText('2 / 7');
  await waitForMapIdle(page);
  // The caption and buttons fit the phone's width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath('presenter-phone-360.png') });
  await context.close();
});
