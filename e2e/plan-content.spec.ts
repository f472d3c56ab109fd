import { expect, test } from './test';
import { blockExternalRequests, expectMapFramesFeature, featureState, mapCamera, openApp, renderedNames, screenPoint, waitForMapIdle } from './helpers';

// 二七纪念塔 (WGS-84, see ../shared/README.md): the heart of 二七商圈.
const ERQI_TOWER: [number, number] = [113.6604, 34.7533];

test('"what is planned here" at 二七纪念塔 lists 二七商圈板块 inside 二七特色商业区, with positioning', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, `#v=1&m=15/${ERQI_TOWER[1]}/${ERQI_TOWER[0]}`);
  const at = await screenPoint(page, ERQI_TOWER);
  await page.mouse.click(at.x, at.y);
  const here = page.getByTestId('here-panel');
  await expect(here).toContainText('二七商圈板块');
  await expect(here).toContainText('二七特色商业区');
  await expect(here).toContainText('二七区');
  // The most specific area is listed first.
  const order = await here.locator('li[data-feature]').evaluateAll((els) => els.map((e) => e.getAttribute('data-feature')));
  expect(order.indexOf('eq-board-shangquan')).toBeLessThan(order.indexOf('eq-zone-special-commercial'));
});

test("searching a project from the plan opens its record, whose board link lands on the board with the project cited", async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  await page.getByTestId('search-input').fill('万科医疗养老');
  await expect(page.getByTestId('search-results')).toContainText('健康产业核心板块');
  await page.getByTestId('search-input').press('Enter');
  const record = page.getByTestId('project-panel');
  await expect(record.locator('h2')).toHaveText('万科医疗养老产业园');
  await record.getByTestId('project-belongs').getByRole('button', { name: '健康产业核心板块' }).click();
  const panel = page.getByTestId('feature-panel');
  await expect(panel.locator('h2')).toHaveText('健康产业核心板块');
  await expect(panel.locator('.projects')).toContainText('万科医疗养老产业园');
  await expect(panel).toContainText('二七区“十四五”规划纲要');
  await expect(page.getByTestId('area-figures')).toContainText('亩');
  expect(page.url()).toContain('f=eq-board-health');
  // On the map: the board is highlighted and the view is on it.
  expect(await featureState(page, 'erqi-six-boards', 'eq-board-health')).toMatchObject({ selected: true });
  await expectMapFramesFeature(page, 'erqi-six-boards', 'eq-board-health');

  // A project sentence six green corridors share is listed once, saying the others list it too.
  await page.getByTestId('search-input').fill('中原路');
  const sentence = page.locator('.search__result', { hasText: '稳步提升现有西三环' });
  await expect(sentence).toHaveCount(1);
  await expect(sentence.locator('.search__meta')).toContainText('及另外 5 处');
});

test('the record panel states the plan boundary words, how the shape was drawn, and links related areas', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&f=eq-board-shangquan&p=info');
  const panel = page.getByTestId('feature-panel');
  await expect(panel.locator('blockquote')).toContainText('敦睦路');
  expect(await featureState(page, 'erqi-six-boards', 'eq-board-shangquan')).toMatchObject({ selected: true });
  await expect(panel).toContainText('±');
  // How it was drawn, in the reader's language: Chinese here (the notes were English-only before).
  const drawing = panel.locator('section.drawing');
  await expect(drawing).toContainText('沿二马路向北到兴隆街');
  expect((await drawing.locator('p').first().innerText()).match(/[A-Za-z]{4,}/g)).toBeNull();
  // The estimated 敦睦路 side was placed from the stated area, to the end of its band: the panel says so.
  await expect(drawing.getByTestId('fitted-edge')).toContainText('敦睦路');
  await expect(drawing.getByTestId('fitted-edge')).toContainText('已到范围尽头');
  // The places the outline passes, by name, never by internal id.
  await drawing.locator('summary').click();
  const vertices = drawing.getByTestId('drawing-vertices');
  await expect(vertices).toContainText('铭功路与太康路交叉口 → 二七路与太康路交叉口');
  expect(await vertices.innerText()).not.toMatch(/[a-z]+-[a-z]+/);
  await expect(page.getByTestId('related')).toContainText('二七特色商业区');
  await page.getByTestId('related').getByRole('button', { name: '二七特色商业区' }).click();
  await expect(panel.locator('h2')).toHaveText('二七特色商业区');
  // The map's highlight follows the panel.
  expect(await featureState(page, 'erqi-four-zones', 'eq-zone-special-commercial')).toMatchObject({ selected: true });
  expect((await featureState(page, 'erqi-six-boards', 'eq-board-shangquan')).selected).toBeFalsy();
});

test('the selected board stays drawn selected after the timeline lit and unlit it', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&f=eq-board-shangquan&p=info');
  expect(await featureState(page, 'erqi-six-boards', 'eq-board-shangquan')).toMatchObject({ selected: true });
  await page.getByTestId('tab-timeline').click();
  const timeline = page.getByTestId('timeline');
  // 2023 lights the board (it has an item that year), 2035 does not: it is dimmed like the others.
  await timeline.getByRole('radio', { name: '2023' }).check();
  await expect(timeline.getByTestId('timeline-items')).toContainText('2023年，完成火车站及周边改造提升');
  await timeline.getByRole('radio', { name: '2035' }).check();
  await expect(timeline.getByTestId('timeline-items')).toContainText('基本建成“四个强区”');
  // In a year it has no items, the selected board is dimmed like the others, not drawn as one of the year's.
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-shangquan')).toMatchObject({ selected: false, dimmed: true });
  await page.getByTestId('tab-info').click();
  await expect(page.getByTestId('feature-panel').locator('h2')).toHaveText('二七商圈板块');
  expect(page.url()).toContain('f=eq-board-shangquan');
  // Back on the record, the map draws the board as selected again, undimmed.
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-shangquan')).toMatchObject({ selected: true, dimmed: false });
});

test('a link naming a feature but no view opens the map on that feature', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&f=eq-board-hq&p=info');
  await expect(page.getByTestId('feature-panel').locator('h2')).toHaveText('总部经济板块');
  await expect.poll(async () => (await mapCamera(page)).zoom).toBeGreaterThan(12);
  await expectMapFramesFeature(page, 'erqi-six-boards', 'eq-board-hq');
  expect(await featureState(page, 'erqi-six-boards', 'eq-board-hq')).toMatchObject({ selected: true });
});

test('places the plan names but the data cannot locate are listed with the layer, with why and the citation', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page);
  const row = page.locator('[data-layer="zhongyuan-areas-parks"]');
  await row.getByText('规划提及但未绘制 (3)').click();
  await expect(row.getByTestId('not-drawn')).toContainText('家居片区');
  await expect(row.getByTestId('not-drawn')).toContainText('中原区“十四五”规划纲要');
});

test('one language at a time: the Chinese record shows no English prose; the English one marks its translations beside the plan words', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&f=eq-board-shangquan&p=info');
  const panel = page.getByTestId('feature-panel');
  const positioning = panel.locator('section', { has: page.getByRole('heading', { name: '功能定位' }) });
  await expect(positioning).toContainText('国际化商业街区');
  await expect(panel.getByTestId('translation')).toHaveCount(0);
  // Our own notes on projects are Chinese in the Chinese view ("2020 work plan", "line 391" were not).
  const notes = await panel.locator('.projects .muted').allInnerTexts();
  expect(notes.length).toBeGreaterThan(0);
  expect(notes.filter((n) => /[A-Za-z]{3,}/.test(n))).toEqual([]);

  await page.getByTestId('lang-switch').click();
  const positioningEn = panel.locator('section', { has: page.getByRole('heading', { name: 'Functional positioning' }) });
  // The plan's own words stay, with the translation beside them, marked as such.
  await expect(positioningEn.locator('[lang="zh-CN"]')).toContainText('国际化商业街区');
  await expect(positioningEn.getByTestId('translation')).toContainText('Translation:');
  await expect(positioningEn.getByTestId('translation')).toContainText('benchmark international shopping district');
  const project = panel.locator('.projects li', { hasText: '华润二期' });
  await expect(project.getByTestId('translation')).toContainText('China Resources');
  await expect(project.locator('.muted')).toContainText('Box 14');
  await expect(panel.locator('section.drawing')).toContainText('north along 二马路 to 兴隆街');
});

test('a layout inside a board: switched on, 二七广场的四个片区 are drawn and the car-free area opens with the plan\'s street list', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, `#v=1&m=16.5/${ERQI_TOWER[1] - 0.0008}/${ERQI_TOWER[0]}`);
  await page.getByTestId('layer-toggle-erqi-square-areas').check();
  await expect.poll(() => renderedNames(page, 'erqi-square-areas')).toEqual(['二七广场·广场区', '二七广场·无车区', '二七广场·特色区（德化街）']);
  // North of the tower: inside the car-free ring (60–80 m from its edges), clear of the square and the 德化街 mark.
  await waitForMapIdle(page);
  const at = await screenPoint(page, [113.66, 34.7543]);
  await page.mouse.click(at.x, at.y);
  await page.getByTestId('here-panel').locator('li[data-feature="eq-sq-carfree"] button').click();
  const panel = page.getByTestId('feature-panel');
  await expect(panel.locator('h2')).toHaveText('二七广场·无车区');
  await expect(panel.locator('blockquote')).toContainText('五彩路、云台路、兴盛街、苑陵街、延陵街');
  expect(await featureState(page, 'erqi-square-areas', 'eq-sq-carfree')).toMatchObject({ selected: true });
});
