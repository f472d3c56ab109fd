import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { blockExternalRequests, featureState, openApp, openStory, waitForMapIdle } from './helpers';

/** What the tests need of a project, read from the app's own data/projects.geojson. */
interface ProjectInfo {
  id: string;
  name: string;
  at: [number, number];
  quote: string;
  scheduled: boolean;
}

type AtlasWindow = { __atlasMap: import('maplibre-gl').Map };

/**
 * The placed point projects of the build: those alone on the map first (no other placed project's point or line
 * vertex within 80 m, so a tap there touches that project only), then those with a schedule first.
 */
async function placedProjects(page: Page): Promise<ProjectInfo[]> {
  return page.evaluate(async () => {
    const fc = (await (await fetch('data/projects.geojson')).json()) as {
      features: { geometry: { type: string; coordinates: unknown } | null; properties: { id: string; name: string; quotes: { text: string }[]; schedule: unknown[] } }[];
    };
    const vertices = fc.features.flatMap((f) => {
      const g = f.geometry;
      if (!g) return [];
      const at = g.type === 'Point' ? [g.coordinates as number[]] : g.type === 'LineString' ? (g.coordinates as number[][]) : [];
      return at.map((c) => ({ id: f.properties.id, c }));
    });
    const alone = (id: string, c: number[]) => vertices.every((v) => v.id === id || Math.hypot((v.c[0] - c[0]) * 91_400, (v.c[1] - c[1]) * 111_195) > 80);
    return fc.features
      .filter((f) => f.geometry?.type === 'Point')
      .map((f) => ({ id: f.properties.id, name: f.properties.name, at: f.geometry!.coordinates as [number, number], quote: f.properties.quotes[0].text, scheduled: f.properties.schedule.length > 0 }))
      .sort((a, b) => Number(alone(b.id, b.at)) - Number(alone(a.id, a.at)) || Number(b.scheduled) - Number(a.scheduled));
  });
}

/** Two or more placed point projects of the build on one spot (within 5 m): the spot and their ids and names. */
async function sharedSpot(page: Page): Promise<{ at: [number, number]; projects: { id: string; name: string }[] } | null> {
  return page.evaluate(async () => {
    const fc = (await (await fetch('data/projects.geojson')).json()) as { features: { geometry: { type: string; coordinates: [number, number] } | null; properties: { id: string; name: string } }[] };
    const points = fc.features.filter((f) => f.geometry?.type === 'Point');
    const near = (a: [number, number], b: [number, number]) => Math.hypot((a[0] - b[0]) * 91_400, (a[1] - b[1]) * 111_195) < 5;
    // The smallest group that shares a spot (two names are the clearest choice), alone within 80 m otherwise.
    const groups = points
      .map((p) => points.filter((q) => near(p.geometry!.coordinates, q.geometry!.coordinates)))
      .filter((g) => g.length > 1)
      .filter((g) => points.every((q) => g.includes(q) || Math.hypot((q.geometry!.coordinates[0] - g[0].geometry!.coordinates[0]) * 91_400, (q.geometry!.coordinates[1] - g[0].geometry!.coordinates[1]) * 111_195) > 80))
      .sort((a, b) => a.length - b.length);
    const g = groups[0];
    return g ? { at: g[0].geometry!.coordinates, projects: g.map((f) => ({ id: f.properties.id, name: f.properties.name })) } : null;
  });
}

/** Where a place is drawn on the page (the map's pixel plus the map's offset). */
async function pagePixel(page: Page, at: [number, number]): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((lonLat) => (window as unknown as AtlasWindow).__atlasMap.project(lonLat), at);
  const box = (await page.getByTestId('map').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

const mapCentre = (page: Page) => page.evaluate(() => (window as unknown as AtlasWindow).__atlasMap.getCenter().toArray() as [number, number]);

/** Metres between two lon/lat points near Zhengzhou (plane approximation). */
const metres = (a: [number, number], b: [number, number]) => Math.hypot((a[0] - b[0]) * 91_400, (a[1] - b[1]) * 111_195);

/** Metres from a point to a segment (same plane). */
function toSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const [ax, ay, bx, by] = [(a[0] - p[0]) * 91_400, (a[1] - p[1]) * 111_195, (b[0] - p[0]) * 91_400, (b[1] - p[1]) * 111_195];
  const len2 = (bx - ax) ** 2 + (by - ay) ** 2;
  const t = len2 ? Math.min(1, Math.max(0, -(ax * (bx - ax) + ay * (by - ay)) / len2)) : 0;
  return Math.hypot(ax + t * (bx - ax), ay + t * (by - ay));
}

for (const device of ['phone', 'desktop'] as const) {
  test.describe(`projects on a ${device}`, () => {
    if (device === 'phone') test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

    test('the first map loads no project data; the 项目 layer loads it, a tap on a point opens its record with quote, schedule and evidence', async ({ page }) => {
      const external = await blockExternalRequests(page);
      const asked: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('projects.geojson')) asked.push(r.url());
      });
      await openApp(page);
      expect(asked).toEqual([]);
      const [project] = await placedProjects(page);
      expect(project, 'a placed point project in the build').toBeTruthy();

      // At street zoom on the project, the layer switched on in the layer panel.
      await openApp(page, `#v=1&m=15/${project.at[1]}/${project.at[0]}&p=layers`);
      await page.getByTestId('projects-toggle').click();
      await expect(page.getByTestId('projects-legend')).toBeVisible();
      await expect(page.getByTestId('projects-legend')).toContainText('空心：大致位置');
      // Drawn once its data has come (the layer's first showing fetches it).
      const drawn = () =>
        page.evaluate((id) => {
          const map = (window as unknown as AtlasWindow).__atlasMap;
          return !!map.getLayer('projects:point') && map.queryRenderedFeatures({ layers: ['projects:point'] }).some((f) => f.properties.id === id);
        }, project.id);
      await expect.poll(drawn).toBe(true);
      await waitForMapIdle(page);

      // Tap (or click) the point: its record.
      const at = await pagePixel(page, project.at);
      if (device === 'phone') await page.touchscreen.tap(at.x, at.y);
      else await page.mouse.click(at.x, at.y);
      const record = page.getByTestId('project-panel');
      await expect(record).toBeVisible();
      await expect(record.locator('#project-title')).toHaveText(project.name);
      await expect(record).toContainText(project.quote);
      await expect(record.locator('.citation').first()).toBeVisible();
      await expect(record.getByTestId('project-schedule')).toBeVisible();
      if (project.scheduled) await expect(record.getByTestId('project-schedule').locator('li').first()).toContainText(/\d{4}|—/);
      await expect(record.getByTestId('project-position')).toContainText(/±\d+ m/);
      await expect(page).toHaveURL(new RegExp(`pj=${project.id}`));
      await page.screenshot({ path: `test-results/projects-record-${device}.png` });
      expect(external).toEqual([]);
    });

    test('a tap where projects share a spot offers each by name and kind; the one chosen opens its record', async ({ page }) => {
      await blockExternalRequests(page);
      await openApp(page);
      const spot = await sharedSpot(page);
      expect(spot, 'two placed projects on one spot in the build').toBeTruthy();
      await openApp(page, `#v=1&m=15/${spot!.at[1]}/${spot!.at[0]}&l=+pj`);
      await expect.poll(() => page.evaluate(() => (window as unknown as AtlasWindow).__atlasMap.getLayer('projects:point') !== undefined)).toBe(true);
      await waitForMapIdle(page);
      const at = await pagePixel(page, spot!.at);
      if (device === 'phone') await page.touchscreen.tap(at.x, at.y);
      else await page.mouse.click(at.x, at.y);
      const chooser = page.getByTestId('project-chooser');
      await expect(chooser).toBeVisible();
      await expect(chooser.getByRole('heading')).toHaveText(`此处有 ${spot!.projects.length} 个项目`);
      const options = chooser.locator('button[data-project]');
      await expect(options).toHaveCount(spot!.projects.length);
      for (const p of spot!.projects) await expect(chooser.locator(`button[data-project="${p.id}"]`)).toContainText(p.name);
      // Each with its kind, and all of it on screen (a phone's sheet does not cover it).
      await expect(options.first().locator('.project-chooser__kind')).not.toBeEmpty();
      await expect(chooser).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId('project-panel')).toHaveCount(0);
      await page.screenshot({ path: `test-results/projects-chooser-${device}.png` });
      const second = spot!.projects[1];
      if (device === 'phone') {
        await chooser.locator(`button[data-project="${second.id}"]`).tap();
      } else {
        // By keyboard: the first has focus, ↓ moves on, Enter opens.
        await expect(options.first()).toBeFocused();
        const order = await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-project')));
        for (let i = 0; i < order.indexOf(second.id); i++) await page.keyboard.press('ArrowDown');
        await expect(chooser.locator(`button[data-project="${second.id}"]`)).toBeFocused();
        await page.keyboard.press('Enter');
      }
      await expect(page.getByTestId('project-panel').locator('#project-title')).toHaveText(second.name);
      await expect(chooser).toHaveCount(0);
      await expect(page).toHaveURL(new RegExp(`pj=${second.id}`));
      if (device === 'desktop') {
        // Esc puts the choice away, the map keeps the record that was open.
        await page.mouse.click(at.x, at.y);
        await expect(chooser).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(chooser).toHaveCount(0);
        await expect(page.getByTestId('project-panel').locator('#project-title')).toHaveText(second.name);
      }
    });

    test('"what is planned here" lists the projects within 1 km, nearest first, with their distance', async ({ page }) => {
      await blockExternalRequests(page);
      await openApp(page);
      const [project] = await placedProjects(page);
      // About 300 m north of the project, layer off: the map answers with zones and nearby projects.
      const spot: [number, number] = [project.at[0], project.at[1] + 0.0027];
      await openApp(page, `#v=1&m=15/${spot[1]}/${spot[0]}`);
      const at = await pagePixel(page, spot);
      if (device === 'phone') await page.touchscreen.tap(at.x, at.y);
      else await page.mouse.click(at.x, at.y);
      const nearby = page.getByTestId('here-panel').getByTestId('nearby-projects');
      await expect(nearby).toBeVisible();
      const row = nearby.locator(`[data-project="${project.id}"]`);
      await expect(row).toBeVisible();
      const distance = Number((await row.getByTestId('project-distance').textContent())!.match(/距离 ([\d,]+) 米/)![1].replace(',', ''));
      expect(distance).toBeGreaterThan(250);
      expect(distance).toBeLessThan(350);
      // Nearest first.
      const shown = await nearby.getByTestId('project-distance').allTextContents();
      const values = shown.map((s) => Number(s.match(/距离 ([\d.,]+) (米|公里)/)![1].replace(',', '')) * (s.includes('公里') ? 1000 : 1));
      expect(values).toEqual([...values].sort((a, b) => a - b));
      expect(values.every((v) => v <= 1000)).toBe(true);
      await page.screenshot({ path: `test-results/projects-here-${device}.png` });
      // Its name opens its record.
      await row.locator('button').click();
      await expect(page.getByTestId('project-panel')).toContainText(project.name);
    });

    test('search 杉杉 finds the outlet centre by its short name and flies to it', async ({ page }) => {
      await blockExternalRequests(page);
      await openApp(page);
      const input = page.getByTestId('search-input');
      await input.click();
      await input.fill('杉杉');
      const result = page.getByTestId('search-results').locator('li', { hasText: '郑州杉杉国际名品时尚中心' }).first();
      await expect(result).toBeVisible();
      await expect(result).toContainText('规划项目');
      await result.click();
      const record = page.getByTestId('project-panel');
      await expect(record.locator('#project-title')).toContainText('郑州杉杉国际名品时尚中心');
      const id = await record.getAttribute('data-project');
      const project = (await placedProjects(page)).find((p) => p.id === id);
      if (project) {
        await waitForMapIdle(page);
        await expect.poll(async () => metres(await mapCentre(page), project.at), { timeout: 15_000 }).toBeLessThan(150);
      } else {
        await expect(record.getByTestId('project-unplaced')).toBeVisible();
      }
    });
  });
}

test("a board's record lists its projects, each a link to it on the map, unplaced ones with their reason", async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&f=eq-board-health&p=info');
  const list = page.getByTestId('board-projects');
  await expect(list).toBeVisible();
  await expect(list).toContainText('郑州杉杉国际名品时尚中心');
  await list.locator('li', { hasText: '郑州杉杉国际名品时尚中心' }).locator('button').click();
  await expect(page.getByTestId('project-panel')).toBeVisible();
  // The record links back to the board.
  await page.getByTestId('project-belongs').locator('button').first().click();
  await expect(page.getByTestId('feature-panel')).toBeVisible();
});

test('a project not placed reads 未定位 with its own mark in a board\'s list and in search, not the approximate ring; its name opens the record and leaves the map as it is', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  // A board whose list has a project no evidence places and one placed only approximately (±250 m+), if any.
  const board = await page.evaluate(async () => {
    const fc = (await (await fetch('data/projects.geojson')).json()) as { features: { geometry: unknown; properties: { id: string; name: string; features: string[]; precisionM: number | null } }[] };
    const of = (id: string) => fc.features.filter((f) => f.properties.features.includes(id));
    const ids = [...new Set(fc.features.flatMap((f) => f.properties.features))];
    const score = (id: string) => Number(of(id).some((f) => !f.geometry)) * 2 + Number(of(id).some((f) => f.geometry && f.properties.precisionM! > 250));
    const best = ids.sort((a, b) => score(b) - score(a))[0];
    const unplaced = of(best).find((f) => !f.geometry)!;
    const approx = of(best).find((f) => f.geometry && f.properties.precisionM! > 250);
    return { id: best, unplaced: { id: unplaced.properties.id, name: unplaced.properties.name }, approx: approx?.properties.id ?? null };
  });
  await openApp(page, `#v=1&f=${board.id}&p=info`);
  const list = page.getByTestId('board-projects');
  const row = list.locator(`li[data-project="${board.unplaced.id}"]`);
  await expect(row.locator('svg.swatch')).toHaveAttribute('data-place', 'unplaced');
  await expect(row.getByTestId('project-unplaced-mark')).toHaveText(/未定位/);
  await expect(row.getByTestId('project-unplaced-reason')).toContainText('原因：');
  if (board.approx) {
    const approx = list.locator(`li[data-project="${board.approx}"]`);
    await expect(approx.locator('svg.swatch')).toHaveAttribute('data-place', 'approximate');
    await expect(approx.getByTestId('project-unplaced-mark')).toHaveCount(0);
  }
  // Its name opens its record; the map stays where it was and the 项目 layer stays off (nothing of it to show).
  await waitForMapIdle(page);
  const before = await mapCentre(page);
  await row.locator('button').click();
  await expect(page.getByTestId('project-panel').locator('#project-title')).toHaveText(board.unplaced.name);
  await expect(page.getByTestId('project-unplaced')).toBeVisible();
  await expect(page).not.toHaveURL(/l=\+pj/);
  expect(metres(await mapCentre(page), before)).toBeLessThan(5);
  // The map key lists the sign with the other marks.
  await openApp(page, '#v=1&p=layers');
  await page.getByTestId('projects-toggle').click();
  await expect(page.getByTestId('projects-unplaced-key')).toContainText('未定位');
  // Search says it too.
  const input = page.getByTestId('search-input');
  await input.click();
  await input.fill(board.unplaced.name);
  const result = page.getByTestId('search-results').locator('li', { hasText: board.unplaced.name }).first();
  await expect(result).toContainText('未定位');
  await expect(result.locator('svg.swatch')).toHaveAttribute('data-place', 'unplaced');
  await page.screenshot({ path: 'test-results/projects-unplaced-search.png' });
});

/** The projects of the build with one quote on one line that names them, placed (Point) or not. */
async function quotedProjects(page: Page): Promise<{ id: string; name: string; doc: string; line: number; at: [number, number] | null }[]> {
  return page.evaluate(async () => {
    const fc = (await (await fetch('data/projects.geojson')).json()) as {
      features: { geometry: { type: string; coordinates: [number, number] } | null; properties: { id: string; name: string; quotes: { text: string; source: { file: string; lines: string } }[] } }[];
    };
    return fc.features.flatMap((f) => {
      const q = f.properties.quotes.find((x) => /^(\d+)-\1$/.test(x.source.lines) && x.text.includes(f.properties.name));
      if (!q || (f.geometry && f.geometry.type !== 'Point')) return [];
      return [{ id: f.properties.id, name: f.properties.name, doc: q.source.file.slice(0, 3), line: Number(q.source.lines.split('-')[0]), at: f.geometry?.coordinates ?? null }];
    });
  });
}

test('a link keeps the 项目 layer: switched on, the copied link opens with it on; an older link without it opens with it off', async ({ page, context }) => {
  test.setTimeout(120_000); // two cold loads of the app
  await blockExternalRequests(page);
  await openApp(page, '#v=1&p=layers');
  await expect(page.getByTestId('projects-toggle')).not.toBeChecked();
  await page.getByTestId('projects-toggle').click();
  // The layer list of the link names it, as the change against the default layers.
  await expect(page).toHaveURL(/[#&]l=\+pj(&|$)/);
  const url = page.url();

  const second = await context.newPage();
  await blockExternalRequests(second);
  await second.goto(url);
  await waitForMapIdle(second);
  await expect(second.getByTestId('projects-toggle')).toBeChecked();
  const shown = () =>
    second.evaluate(() => {
      const map = (window as unknown as AtlasWindow).__atlasMap;
      return !!map.getLayer('projects:point') && map.getLayoutProperty('projects:point', 'visibility') === 'visible' && map.querySourceFeatures('src:projects').length > 0;
    });
  await expect.poll(shown).toBe(true);
  // Switched off again, the link drops it.
  await second.getByTestId('projects-toggle').click();
  await expect(second).not.toHaveURL(/pj/);
  await second.close();

  // A link written before the layer was listed: the same layers as ever, projects off and not even loaded.
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('projects.geojson')) asked.push(r.url());
  });
  await openApp(page, '#v=1&l=-ad&p=layers');
  await expect(page.getByTestId('projects-toggle')).not.toBeChecked();
  await expect(page.getByTestId('layer-toggle-admin-districts')).not.toBeChecked();
  expect(asked).toEqual([]);
});

test('the plan text links a project’s name where the project quotes it: a click opens its record and flies to it, or says why it is not placed', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  const quoted = await quotedProjects(page);
  const placed = quoted.find((p) => p.at);
  const unplaced = quoted.find((p) => !p.at);
  expect(placed && unplaced, 'a placed and an unplaced project quoted on one line').toBeTruthy();

  await openApp(page, `#v=1&r=${placed!.doc}:${placed!.line}`);
  const link = page.locator(`#plan-line-${placed!.line} .mention--plannedProject`, { hasText: placed!.name }).first();
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute('title', /规划项目/);
  await page.screenshot({ path: 'test-results/projects-reader-link-desktop.png' });
  await link.click();
  const record = page.getByTestId('project-panel');
  await expect(record.locator('#project-title')).toHaveText(placed!.name);
  await waitForMapIdle(page);
  await expect.poll(async () => metres(await mapCentre(page), placed!.at!), { timeout: 15_000 }).toBeLessThan(150);

  await openApp(page, `#v=1&r=${unplaced!.doc}:${unplaced!.line}`);
  await page.locator(`#plan-line-${unplaced!.line} .mention--plannedProject`, { hasText: unplaced!.name }).first().click();
  await expect(page.getByTestId('project-panel').locator('#project-title')).toHaveText(unplaced!.name);
  await expect(page.getByTestId('notices')).toContainText(`${unplaced!.name}未在地图上定位：`);
  await expect(page.getByTestId('project-unplaced')).toBeVisible();
});

test('the plan reader links project names without loading the projects\' data; opening one loads it', async ({ page }) => {
  await blockExternalRequests(page);
  // Which project to look for, read outside the page (its requests are the ones counted).
  const fc = (await (await page.request.get('data/projects.geojson')).json()) as { features: { geometry: unknown; properties: { id: string; name: string; quotes: { text: string; source: { file: string; lines: string } }[] } }[] };
  const quoted = fc.features.flatMap((f) => {
    const q = f.properties.quotes.find((x) => /^(\d+)-\1$/.test(x.source.lines) && x.text.includes(f.properties.name));
    return q ? [{ id: f.properties.id, name: f.properties.name, placed: f.geometry !== null, doc: q.source.file.slice(0, 3), line: Number(q.source.lines.split('-')[0]) }] : [];
  });
  const unplaced = quoted.find((p) => !p.placed)!;
  expect(unplaced, 'an unplaced project quoted on one line').toBeTruthy();
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('projects.geojson')) asked.push(r.url());
  });
  await openApp(page, `#v=1&r=${unplaced.doc}:${unplaced.line}`);
  const link = page.locator(`#plan-line-${unplaced.line} .mention--plannedProject`, { hasText: unplaced.name }).first();
  await expect(link).toBeVisible();
  // The link says what it is and that the project is not on the map.
  await expect(link).toHaveAttribute('data-place', 'unplaced');
  await expect(link).toHaveAttribute('title', /未定位/);
  expect(asked, 'the reader fetched the projects\' data').toEqual([]);
  await link.click();
  await expect(page.getByTestId('project-panel').locator('#project-title')).toHaveText(unplaced.name);
  expect(asked.length).toBe(1);
});

test('a timeline year and a story step light their projects on the map and list them; the legends carry the projects key', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  const of2020 = await page.evaluate(async () => {
    const fc = (await (await fetch('data/projects.geojson')).json()) as { features: { geometry: unknown; properties: { id: string; name: string; schedule: { year: number | null }[] } }[] };
    const of2020 = (f: (typeof fc.features)[number]) => f.properties.schedule.some((s) => s.year === 2020);
    const placed = fc.features.filter((f) => f.geometry);
    const lit = placed.filter(of2020);
    const other = placed.find((f) => !of2020(f));
    return { lit: lit.map((f) => ({ id: f.properties.id, name: f.properties.name })), other: other!.properties.id, all: fc.features.filter(of2020).length };
  });
  expect(of2020.lit.length).toBeGreaterThan(0);
  const [first] = of2020.lit;

  // The timeline at 2020, the 项目 layer off: the year's projects drawn lit, the others dimmed, and listed.
  await openApp(page, '#v=1&p=timeline&y=2020');
  await expect.poll(async () => (await featureState(page, 'projects', first.id)).selected, { timeout: 20_000 }).toBe(true);
  expect((await featureState(page, 'projects', of2020.other)).dimmed).toBe(true);
  const listed = page.getByTestId('timeline-projects');
  // Every project the plans schedule in 2020 is listed (the unplaced ones too: their record says why).
  await expect(listed.locator('li')).toHaveCount(of2020.all);
  await expect(listed).toContainText(first.name);

  // A story step with the year 2020 lights the same projects; the presenter's legend explains their marks.
  await openStory(page, 'erqi-timeline', 1);
  await expect.poll(async () => (await featureState(page, 'projects', first.id)).selected, { timeout: 20_000 }).toBe(true);
  // At the step's city zoom the lit points are drawn even where the thinning would make them wait for a closer zoom.
  const litIds = of2020.lit.map((p) => p.id);
  const drawnEarly = () =>
    page.evaluate((ids) => {
      const map = (window as unknown as AtlasWindow).__atlasMap;
      const zoom = map.getZoom();
      return map.queryRenderedFeatures({ layers: ['projects:point'] }).filter((f) => ids.includes(f.properties.id) && f.properties.minZoom > zoom).length;
    }, litIds);
  await expect.poll(drawnEarly).toBeGreaterThan(0);
  // Its kinds share one row under the layer's name; every row shows without scrolling the legend.
  const legend = page.getByTestId('presenter-legend');
  await expect(legend.locator('li[data-group="规划项目"]')).toContainText('商业');
  for (const key of ['point', 'point-approx', 'point-precision']) await expect(legend.locator(`li[data-key="${key}"]`)).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: 'test-results/projects-presenter-legend.png' });
});

test.describe('a renovated road on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  /** A renovation drawn as a line (专栏7's 综合改造工程), with its quote and a vertex of its middle. */
  async function renovatedRoad(page: Page) {
    return page.evaluate(async () => {
      const fc = (await (await fetch('data/projects.geojson')).json()) as {
        features: { geometry: { type: string; coordinates: [number, number][] } | null; properties: { id: string; name: string; quotes: { text: string }[] } }[];
      };
      const f = fc.features.find((x) => x.geometry?.type === 'LineString' && x.properties.name === '陇海路综合改造工程') ?? fc.features.find((x) => x.geometry?.type === 'LineString' && x.properties.name.endsWith('综合改造工程'));
      if (!f) return null;
      const c = f.geometry!.coordinates;
      return { id: f.properties.id, name: f.properties.name, quote: f.properties.quotes[0].text, line: c, mid: c[Math.floor(c.length / 2)] };
    });
  }

  test('tapping the road line opens its record with the plan\'s words and the evidence of its course', async ({ page }) => {
    const external = await blockExternalRequests(page);
    await openApp(page);
    const road = await renovatedRoad(page);
    expect(road, 'a renovated road drawn as a line in the build').toBeTruthy();
    await openApp(page, `#v=1&m=15/${road!.mid[1]}/${road!.mid[0]}&p=layers`);
    await page.getByTestId('projects-toggle').click();
    await expect.poll(() => page.evaluate((id) => {
      const map = (window as unknown as AtlasWindow).__atlasMap;
      return !!map.getLayer('projects:line') && map.queryRenderedFeatures({ layers: ['projects:line'] }).some((f) => f.properties.id === id);
    }, road!.id)).toBe(true);
    await waitForMapIdle(page);
    // A vertex on screen where nothing else of the layer is within a finger's width: a tap there is a tap on the road.
    const target = await page.evaluate(({ id, line }) => {
      const map = (window as unknown as AtlasWindow).__atlasMap;
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const order = line.map((_, i) => i).sort((a, b) => Math.abs(a - line.length / 2) - Math.abs(b - line.length / 2));
      for (const i of order) {
        const p = map.project(line[i]);
        if (p.x < 40 || p.y < 80 || p.x > w - 40 || p.y > h * 0.55) continue;
        const hits = map.queryRenderedFeatures([[p.x - 16, p.y - 16], [p.x + 16, p.y + 16]], { layers: ['projects:point', 'projects:line', 'projects:line-approx'] });
        if (hits.length && hits.every((f) => f.properties.id === id)) return { x: p.x, y: p.y };
      }
      return null;
    }, { id: road!.id, line: road!.line });
    expect(target, 'a vertex of the road clear of other projects').toBeTruthy();
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.touchscreen.tap(box.x + target!.x, box.y + target!.y);
    const record = page.getByTestId('project-panel');
    await expect(record).toBeVisible();
    await expect(record.locator('#project-title')).toHaveText(road!.name);
    await expect(record).toContainText(road!.quote);
    await expect(record.locator('.citation').first()).toBeVisible();
    // The evidence names the points the line was drawn through and its precision.
    await expect(record.getByTestId('project-position')).toContainText(/±\d+ m/);
    await expect(record.getByTestId('project-position')).toContainText('参考点');
    // …and that its ± holds along the whole line, across the gaps between the points, not only at them.
    await expect(record.getByTestId('project-position')).toContainText('对整条线各处都成立');
    await expect(record.getByTestId('project-position')).toContainText(/最长的空档约\d+米/);
    await expect(page).toHaveURL(new RegExp(`pj=${road!.id}`));
    await page.screenshot({ path: 'test-results/projects-road-record-phone.png' });
    expect(external).toEqual([]);
  });

  test('"what is planned here" beside the road measures to the line, not to its first point', async ({ page }) => {
    await blockExternalRequests(page);
    await openApp(page);
    const road = await renovatedRoad(page);
    // About 200 m north of a middle vertex of the (east–west) road, layer off.
    const spot: [number, number] = [road!.mid[0], road!.mid[1] + 0.0018];
    const toFirstVertex = metres(spot, road!.line[0]);
    expect(toFirstVertex).toBeGreaterThan(1000);
    await openApp(page, `#v=1&m=15/${spot[1]}/${spot[0]}`);
    const at = await pagePixel(page, spot);
    await page.touchscreen.tap(at.x, at.y);
    const row = page.getByTestId('here-panel').getByTestId('nearby-projects').locator(`[data-project="${road!.id}"]`);
    await expect(row).toBeVisible();
    const distance = Number((await row.getByTestId('project-distance').textContent())!.match(/距离 ([\d,]+) 米/)![1].replace(',', ''));
    // The shortest distance to any segment of the line (plane around the spot), not the distance to its first vertex.
    const toLine = Math.min(...road!.line.slice(1).map((b, i) => toSegment(spot, road!.line[i], b)));
    // (A tap lands within a few pixels of the spot: about ±40 m at this zoom.)
    expect(Math.abs(distance - toLine)).toBeLessThan(40);
    expect(distance).toBeLessThan(toFirstVertex / 3);
  });
});

test.describe('a web address in the evidence on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a project whose evidence or reason quotes a web page wraps the address inside the sheet, in its record and its board\'s list', async ({ page }) => {
    await blockExternalRequests(page);
    await openApp(page);
    // A project of the build whose evidence (placed) or reason (unplaced) gives a page's address, and its board.
    const cases = await page.evaluate(async () => {
      const fc = (await (await fetch('data/projects.geojson')).json()) as { features: { properties: { id: string; features: string[]; evidence: { zh: string } | null; unplacedReason: { zh: string } | null } }[] };
      const withUrl = (placed: boolean) => fc.features.find((f) => /https?:\/\/\S{30,}/.test((placed ? f.properties.evidence : f.properties.unplacedReason)?.zh ?? ''));
      return [withUrl(true), withUrl(false)].filter((f) => !!f).map((f) => ({ id: f!.properties.id, board: f!.properties.features[0] }));
    });
    expect(cases.length).toBeGreaterThan(0);
    const overflow = (testId: string) => page.getByTestId(testId).evaluate((el) => el.scrollWidth - el.clientWidth);
    for (const c of cases) {
      await openApp(page, `#v=1&f=${c.board}&p=info`);
      const row = page.getByTestId('board-projects').locator(`li[data-project="${c.id}"]`);
      await expect(row).toBeVisible();
      expect(await overflow('board-projects')).toBeLessThanOrEqual(0);
      await row.locator('button').click();
      await expect(page.getByTestId('project-position')).toContainText('http');
      expect(await overflow('project-position')).toBeLessThanOrEqual(0);
      expect(await overflow('project-panel')).toBeLessThanOrEqual(0);
    }
  });
});

test.describe("a board's project list in English on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('each project’s mark sits on the first line of its name: a long name wraps beside the mark, never leaving it alone on a line', async ({ page }) => {
    await blockExternalRequests(page);
    // 二七商圈板块 lists long English names (Facade renewal on and around Erqi Square; Yaxiya (Asia) department store …).
    await openApp(page, '#v=1&f=eq-board-shangquan&p=info&lg=en');
    const rows = page.getByTestId('board-projects').locator('li[data-project]');
    await expect(rows.first()).toBeVisible();
    const misplaced = await rows.evaluateAll((lis) =>
      lis.flatMap((li) => {
        const mark = li.querySelector('svg.swatch')!.getBoundingClientRect();
        const name = li.querySelector('button')!.getBoundingClientRect();
        // Same line: the mark's middle within the name button's first 36 px, and to its left.
        const middle = mark.top + mark.height / 2;
        return middle >= name.top && middle <= name.top + 36 && mark.right <= name.left + 1 ? [] : [li.textContent];
      }),
    );
    expect(await rows.count()).toBeGreaterThan(10);
    expect(misplaced).toEqual([]);
    await rows.nth(9).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/projects-board-list-en-phone.png' });
  });
});
