import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { blockExternalRequests, openApp, openStory, placedLabels, waitForStep } from './helpers';

/**
 * Every story step names every feature it shows, on a phone, a desktop and a projector, and its A4 print sheet
 * does too; and the caption card never covers what the step is about. Read from what MapLibre placed: a name that
 * lost a collision is not on the map.
 */

const SCREENS = [
  { name: 'a 360 × 740 phone', width: 360, height: 740 },
  { name: 'a 1440 × 900 desktop', width: 1440, height: 900 },
  { name: 'a 1920 × 1080 projector', width: 1920, height: 1080 },
];

/** Story ids and step counts, from the geodata the app is built from. */
async function storySteps(page: Page): Promise<{ id: string; steps: number }[]> {
  return page.evaluate(async () => {
    const { stories } = (await (await fetch('data/stories.json')).json()) as { stories: { id: string; steps: unknown[] }[] };
    return stories.map((s) => ({ id: s.id, steps: s.steps.length }));
  });
}

/**
 * What the step shows, read from the map: the features of its visible plan layers drawn at full strength (not
 * dimmed by its spotlight), with their names and their extent on screen.
 */
async function shownFeatures(page: Page): Promise<{ ids: string[]; names: Record<string, string>; box: { left: number; top: number; right: number; bottom: number } }> {
  return page.evaluate(async () => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const atlas = (await (await fetch('data/atlas.json')).json()) as { layers: { id: string; level: string }[] };
    const ids: string[] = [];
    const names: Record<string, string> = {};
    const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
    for (const layer of atlas.layers) {
      if (layer.level === 'admin' || !map.getLayer(`${layer.id}:label`) || map.getLayoutProperty(`${layer.id}:label`, 'visibility') === 'none') continue;
      const source = map.getSource(`src:${layer.id}`) as unknown as { getData(): Promise<GeoJSON.FeatureCollection> };
      for (const f of (await source.getData()).features) {
        const id = f.properties?.id as string;
        if (f.properties?.edge || map.getFeatureState({ source: `src:${layer.id}`, id }).dimmed) continue;
        ids.push(id);
        names[id] = f.properties?.name as string;
        const flat = [(f.geometry as GeoJSON.Polygon).coordinates].flat(Infinity) as number[];
        for (let i = 0; i < flat.length; i += 2) {
          const p = map.project([flat[i], flat[i + 1]]);
          box.left = Math.min(box.left, p.x);
          box.right = Math.max(box.right, p.x);
          box.top = Math.min(box.top, p.y);
          box.bottom = Math.max(box.bottom, p.y);
        }
      }
    }
    return { ids, names, box };
  });
}

/** The ids named on the map now: the step's own names and its layers'. */
async function namedNow(page: Page, layerIds: string[]): Promise<string[]> {
  const step = await page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
    const layers = map.getLayersOrder().filter((id) => id.startsWith('step:label'));
    return map.queryRenderedFeatures({ layers }).map((f) => f.properties.id as string);
  });
  return [...new Set([...step, ...(await placedLabels(page, layerIds)).map((p) => p.id)])];
}

const ALL_LAYERS = async (page: Page) => page.evaluate(async () => ((await (await fetch('data/atlas.json')).json()) as { layers: { id: string }[] }).layers.map((l) => l.id));

for (const screen of SCREENS) {
  test.describe(`story steps on ${screen.name}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('every step names every feature it shows, and its caption card covers none of them', async ({ page }) => {
      test.setTimeout(600_000);
      const external = await blockExternalRequests(page);
      await openApp(page);
      const stories = await storySteps(page);
      const layerIds = await ALL_LAYERS(page);
      const report: string[] = [];
      for (const story of stories) {
        await openStory(page, story.id, 1);
        for (let step = 1; step <= story.steps; step++) {
          if (step > 1) {
            await page.getByTestId('presenter-next').click();
            await waitForStep(page, story.id, step);
          }
          const shown = await shownFeatures(page);
          const named = new Set(await namedNow(page, layerIds));
          const missing = shown.ids.filter((id) => !named.has(id)).map((id) => shown.names[id]);
          report.push(`${story.id}:${step} named ${shown.ids.length - missing.length}/${shown.ids.length}`);
          await page.screenshot({ path: test.info().outputPath(`story-${screen.width}-${story.id}-${step}.png`) });
          expect.soft(missing, `${story.id}:${step} names every feature it shows`).toEqual([]);
          // The step's features lie on the map between the title bar and the caption card.
          const caption = (await page.locator('.presenter__caption').boundingBox())!;
          const bar = (await page.locator('.presenter__bar').boundingBox())!;
          expect.soft(shown.box.bottom, `${story.id}:${step}: nothing the step shows under its caption card`).toBeLessThanOrEqual(caption.y);
          expect.soft(shown.box.top, `${story.id}:${step}: nothing the step shows under the title bar`).toBeGreaterThanOrEqual(bar.y + bar.height);
          expect.soft(shown.box.left).toBeGreaterThanOrEqual(0);
          expect.soft(shown.box.right).toBeLessThanOrEqual(screen.width);
        }
      }
      test.info().annotations.push({ type: 'named', description: report.join('; ') });
      expect(external).toEqual([]);
    });
  });
}

test.describe('the print sheet of a story step', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('names every feature the step shows (多点支撑: the eight centres), drawn for paper, not the projector', async ({ page }) => {
    test.setTimeout(120_000);
    await blockExternalRequests(page);
    await openStory(page, 'erqi-layout', 9);
    const shown = await shownFeatures(page);
    expect(shown.ids).toHaveLength(8);
    await page.evaluate(() => {
      (window as unknown as { __printed: number }).__printed = 0;
      window.print = () => void (window as unknown as { __printed: number }).__printed++;
    });
    await page.locator('.presenter__nav').getByRole('button', { name: '导出' }).click();
    await page.getByTestId('export-paper-A4').check();
    await page.getByTestId('export-landscape').check();
    await page.getByTestId('export-print').click();
    await page.waitForFunction(() => (window as unknown as { __printed: number }).__printed === 1);
    const figure = page.getByTestId('print-sheet').locator('figure');
    const names = JSON.parse((await figure.getAttribute('data-names'))!) as { id: string; text: string; x: number; y: number }[];
    const missing = shown.ids.filter((id) => !names.some((n) => n.id === id)).map((id) => shown.names[id]);
    expect(missing).toEqual([]);
    // The image's text alternative names them too.
    await expect(figure.locator('img')).toHaveAttribute('alt', /图上标注：.*中原路5G科技服务中心/);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: test.info().outputPath('print-erqi-layout-9.png'), fullPage: true });
  });
});
