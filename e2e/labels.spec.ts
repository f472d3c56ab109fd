import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { blockExternalRequests, dropFile, openApp, placedLabels, renderedProperties, waitForMapIdle } from './helpers';

// Read from what MapLibre placed (not from the style): a name that lost a collision is not on the map.
const ZONES = ['eq-zone-new-district', 'eq-zone-special-commercial', 'eq-zone-mazhai', 'eq-zone-yingtaogou'];
const BOARDS = ['eq-board-shangquan', 'eq-board-health', 'eq-board-oct', 'eq-board-hq', 'eq-board-fenghu', 'eq-board-football'];
const ZHONGYUAN_CORES = ['zy-ccd-board', 'zy-xushuihe-board', 'zy-ersha-board'];
const PLAN_LAYERS = ['erqi-four-zones', 'erqi-six-boards', 'zhongyuan-core-boards'];

/** Where two placed names are, in px on the map: their label points. */
async function labelPointsPx(page: Page, ids: string[]): Promise<Record<string, { x: number; y: number }>> {
  return page.evaluate((wanted) => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const layers = map.getStyle().layers.filter((l) => l.id.endsWith(':label') && l.type === 'symbol').map((l) => l.id);
    const out: Record<string, { x: number; y: number }> = {};
    for (const f of map.queryRenderedFeatures({ layers })) {
      const id = f.properties.id as string;
      if (wanted.includes(id) && f.geometry.type === 'Point') out[id] = map.project(f.geometry.coordinates as [number, number]);
    }
    return out;
  }, ids);
}

/**
 * How far the four zones' outlines reach on the map, px, against the part of the map no panel covers (the map
 * element's box above the bottom sheet's top edge, both read from the page).
 */
async function zonesAgainstOpenMap(page: Page) {
  return page.evaluate(async () => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const atlas = (await (await fetch('data/atlas.json')).json()) as { layers: { id: string; file: string }[] };
    const zones = (await (await fetch(`data/${atlas.layers.find((l) => l.id === 'erqi-four-zones')!.file}`)).json()) as GeoJSON.FeatureCollection;
    const points = (c: unknown): [number, number][] => (typeof (c as number[])[0] === 'number' ? [c as [number, number]] : (c as unknown[]).flatMap(points));
    const px = zones.features.flatMap((f) => points((f.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon).coordinates)).map((p) => map.project(p));
    const mapBox = map.getContainer().getBoundingClientRect();
    const sheet = document.getElementById('sidebar')!.getBoundingClientRect();
    const sheetOver = sheet.left < mapBox.right && sheet.right > mapBox.left && sheet.top > mapBox.top && sheet.top < mapBox.bottom;
    return {
      zones: { left: Math.min(...px.map((p) => p.x)), right: Math.max(...px.map((p) => p.x)), top: Math.min(...px.map((p) => p.y)), bottom: Math.max(...px.map((p) => p.y)) },
      open: { width: mapBox.width, height: sheetOver ? sheet.top - mapBox.top : mapBox.height },
    };
  });
}

const SCREENS = [
  { name: 'a 360 px phone', width: 360, height: 740, expected: [...ZONES, ...BOARDS] },
  { name: 'a 1440 px desktop', width: 1440, height: 900, expected: [...ZONES, ...BOARDS, ...ZHONGYUAN_CORES] },
];

for (const lang of ['zh', 'en'] as const) {
  for (const screen of SCREENS) {
    test(`the home view on ${screen.name} shows every zone whole and names every zone and board (${lang})`, async ({ page }) => {
      const external = await blockExternalRequests(page);
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await openApp(page, lang === 'en' ? '#v=1&lg=en' : '');
      // Framed in the map as laid out: every zone whole, above the phone's sheet and beside the desktop's panel.
      const { zones, open } = await zonesAgainstOpenMap(page);
      expect(zones.left).toBeGreaterThanOrEqual(0);
      expect(zones.top).toBeGreaterThanOrEqual(0);
      expect(zones.right).toBeLessThanOrEqual(open.width);
      expect(zones.bottom).toBeLessThanOrEqual(open.height);
      const placed = await placedLabels(page, PLAN_LAYERS);
      expect(placed.map((p) => p.id)).toEqual(expect.arrayContaining(screen.expected));
      // Short names at the overview, the full one where it fits (never a name cut in two languages).
      const text = Object.fromEntries(placed.map((p) => [p.id, p.text]));
      expect(text['eq-zone-mazhai']).toBe(lang === 'zh' ? '马寨示范区' : 'Mazhai Zone');
      expect(text['eq-zone-new-district']).toBe(lang === 'zh' ? '二七新区' : 'Erqi New District');
      // 二七区 and 二七新区 are named well apart, so they never read as one name.
      const at = await labelPointsPx(page, ['erqi', 'eq-zone-new-district']);
      if (at.erqi) expect(Math.hypot(at.erqi.x - at['eq-zone-new-district'].x, at.erqi.y - at['eq-zone-new-district'].y)).toBeGreaterThan(60);
      await page.screenshot({ path: `test-results/labels-home-${screen.width}-${lang}.png` });
      expect(external).toEqual([]);
    });
  }
}

test('the label points come with the data: the browser places names where the data build put them', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  const [fromMap, fromFile] = await page.evaluate(async () => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const source = map.getSource('lbl:erqi-four-zones') as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
    const atlas = (await (await fetch('data/atlas.json')).json()) as { layers: { id: string; labels?: string }[] };
    const file = atlas.layers.find((l) => l.id === 'erqi-four-zones')!.labels!;
    return [await source.getData(), await (await fetch(`data/${file}`)).json()];
  });
  expect(fromMap.features.length).toBe(4);
  expect(fromMap).toEqual(fromFile);
});

test('from street zoom every area shows its full name', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&m=13.2/34.6915/113.5323');
  const placed = await placedLabels(page, PLAN_LAYERS);
  expect(placed.find((p) => p.id === 'eq-zone-mazhai')?.text).toBe('马寨产城融合示范区');
});

test('one shape drawn for the city and the district under one name (二七商圈) is named once, and by the city when the district layer is off', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&m=14/34.7523/113.6597');
  const names = async () => (await placedLabels(page, ['erqi-six-boards', 'city-core-boards'])).map((p) => p.id);
  await expect.poll(names).toContain('eq-board-shangquan');
  expect(await names()).not.toContain('ct-board-erqi-shangquan');
  // With the district's boards switched off, the city's name takes the shape.
  await page.goto('about:blank');
  await openApp(page, '#v=1&m=14/34.7523/113.6597&l=ad,cb');
  await expect.poll(names).toEqual(['ct-board-erqi-shangquan']);
});

test("an imported site centred on 二七纪念塔 leaves the landmark's name in place and is named beside it", async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&m=15.5/34.7533/113.6604');
  const text = readFileSync(fileURLToPath(new URL('./fixtures/erqi-tower-site.geojson', import.meta.url)), 'utf8');
  await dropFile(page.getByTestId('map'), { name: 'tower-site.geojson', text, type: 'application/geo+json' }, ['dragover', 'drop']);
  await expect(page.locator('[data-import-key]').first()).toContainText('tower-site.geojson');
  await waitForMapIdle(page);
  // Both names placed: MapLibre places no name over another, so the site's name did not cover the landmark's.
  await expect.poll(async () => (await renderedProperties(page, ['orient:landmarks:label'])).map((p) => p.name)).toContain('二七纪念塔');
  await expect.poll(async () => (await renderedProperties(page, ['ov:sites:label'])).map((p) => p.name)).toContain('二七塔周边地块');
  await page.screenshot({ path: test.info().outputPath('site-beside-landmark.png') });
});
