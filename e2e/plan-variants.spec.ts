import type { Page } from '@playwright/test';
import { expect, test } from './test';
import { blockExternalRequests, featureState, openApp, renderedProperties } from './helpers';

const VARIANT_LAYERS = ['ov:variants:a', 'ov:variants:b', 'ov:variants:label'];
const fenghuConflict = (page: Page) => page.getByTestId('conflict').filter({ hasText: '约 6 平方公里 ≠ 总面积 564.33 公顷' });
const yearOf = (url: string) => new URL(url).hash.match(/[#&]y=([^&]*)/)?.[1];

/** The two readings the map draws: their roles, and the citation each label carries. */
async function drawnReadings(page: Page): Promise<string[]> {
  const props = await renderedProperties(page, VARIANT_LAYERS);
  return [...new Set(props.map((p) => `${p.role}${p.label ? ` ${String(p.label).split(' · ')[0]}` : ''}`))].sort();
}

test('a board the plan bounds twice: both readings on the map, their areas against both figures, each record linking to the other', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&p=conflicts');
  const conflict = fenghuConflict(page);
  const table = conflict.getByTestId('variant-compare').locator('table');
  // Each drawing against each stated figure: the chapter-2 reading is fitted to 6 km², Box 18's is not fitted at all.
  await expect(table.locator('thead th')).toHaveText(['说法', '绘出面积', '对比 6 平方公里 · 600 公顷 (000:272)', '对比 5.6433 平方公里 · 564.33 公顷 (000:650)']);
  const rows = table.locator('tbody tr');
  await expect(rows.nth(0)).toContainText('000:272');
  await expect(rows.nth(0).locator('td').first()).toHaveText('6.00 平方公里');
  await expect(rows.nth(1)).toContainText('000:650');
  await expect(rows.nth(1).locator('td').first()).toHaveText(/^5\.\d\d 平方公里$/);
  const box18 = Number((await rows.nth(1).locator('td').first().textContent())!.split(' ')[0]);
  expect(Math.abs(box18 - 5.6433) / 5.6433).toBeLessThan(0.05); // drawn from its own words, near its own figure
  expect(box18).toBeLessThan(5.9); // … and visibly not the 6 km² reading

  expect(await drawnReadings(page)).toEqual([]);
  const toggle = conflict.getByTestId('variant-toggle');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => drawnReadings(page)).toEqual(['a', 'a 000:272', 'b', 'b 000:650']);
  await toggle.click();
  await expect.poll(() => drawnReadings(page)).toEqual([]);

  // The other board: 专栏16 bounds it by the forest, not by 南四环; its reading states no area.
  const oct = page.getByTestId('conflict').filter({ hasText: '南四环：南 ≠ 西' });
  await expect(oct.locator('thead th')).toHaveCount(3);
  await oct.getByTestId('variant-toggle').click();
  await expect.poll(() => drawnReadings(page)).toEqual(['a', 'a 000:268', 'b', 'b 000:621']);

  // Each reading's record links to the other and can draw both.
  await fenghuConflict(page).locator('tbody tr').nth(1).getByRole('button', { name: '凤湖智能新区板块（专栏18空间范围）' }).click();
  const record = page.getByTestId('feature-panel');
  await expect(record.locator('h2')).toHaveText('凤湖智能新区板块（专栏18空间范围）');
  await expect.poll(() => featureState(page, 'erqi-boundary-variants', 'eq-variant-fenghu-box18')).toMatchObject({ selected: true });
  const note = record.getByTestId('variant-note');
  await expect(note).toContainText('000:272 / 000:650');
  await note.getByRole('button', { name: '凤湖智能新区板块', exact: true }).click();
  await expect(record.locator('h2')).toHaveText('凤湖智能新区板块');
  await record.getByTestId('variant-note').getByTestId('variant-toggle').click();
  await expect.poll(() => drawnReadings(page)).toEqual(['a', 'a 000:272', 'b', 'b 000:650']);

  // The link carries both readings: a colleague who opens it sees them drawn, without opening the list.
  await expect.poll(() => new URL(page.url()).hash).toContain('vr=eq-variant-fenghu-box18');
  const colleague = await page.context().newPage();
  await blockExternalRequests(colleague);
  await openApp(colleague, new URL(page.url()).hash.replace(/([#&])p=[^&]*/, '$1p=layers'));
  await expect.poll(() => drawnReadings(colleague)).toEqual(['a', 'a 000:272', 'b', 'b 000:650']);
  // A reading that does not exist is refused with a notice, and what was drawn stays.
  await colleague.evaluate(() => (location.hash = '#v=1&vr=eq-board-shangquan'));
  await expect(colleague.getByText('链接中的边界异文不存在，已忽略。')).toBeVisible();
  expect(await drawnReadings(colleague)).toEqual(['a', 'a 000:272', 'b', 'b 000:650']);
  await colleague.close();
});

test('the timeline year is in the link, and a story step can set it', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&p=timeline&y=2025');
  const timeline = page.getByTestId('timeline');
  await expect(timeline.getByRole('radio', { name: '2025' })).toBeChecked();
  await expect(timeline.getByTestId('timeline-items')).toContainText('2024-2025年，完成华润二期');
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-health')).toMatchObject({ selected: true });
  await timeline.getByRole('radio', { name: '2035' }).check();
  await expect.poll(() => yearOf(page.url())).toBe('2035');
  // Editing the link moves the year; a year that is no year is refused and the chosen one kept.
  await page.evaluate(() => (location.hash = location.hash.replace(/y=\d+/, 'y=2023')));
  await expect(timeline.getByRole('radio', { name: '2023' })).toBeChecked();
  await page.evaluate(() => (location.hash = location.hash.replace(/y=\d+/, 'y=19x')));
  await expect(page.getByText('链接中的时间线年份无效，已忽略。')).toBeVisible();
  await expect(timeline.getByRole('radio', { name: '2023' })).toBeChecked();

  // A presenter step with a year: the link carries it and the year's areas are lit.
  await openApp(page, '#v=1&s=erqi-timeline:2');
  await expect(page.getByTestId('presenter-year')).toHaveText('时间线：2025年');
  await expect.poll(() => yearOf(page.url())).toBe('2025');
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-health')).toMatchObject({ selected: true });
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-oct')).toMatchObject({ dimmed: true });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('presenter-year')).toHaveText('时间线：2035年');
  await expect.poll(() => yearOf(page.url())).toBe('2035');
});

test('a name the printed line break cut is a link on both lines', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&r=001:84');
  const reader = page.getByTestId('reader');
  await expect(reader.locator('#plan-line-84 .mention').last()).toHaveText('凤');
  await expect(reader.locator('#plan-line-85 .mention').first()).toHaveText('湖智能新区板块');
  await reader.locator('#plan-line-84 .mention').last().click();
  await expect(page.getByTestId('feature-panel').locator('h2')).toHaveText('凤湖智能新区板块');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the two readings fit the sheet and draw on the map; the year link opens the timeline at its year', async ({ page }) => {
    await blockExternalRequests(page);
    await openApp(page, '#v=1&p=conflicts');
    const compare = fenghuConflict(page).getByTestId('variant-compare');
    await compare.scrollIntoViewIfNeeded();
    const width = await compare.evaluate((el) => ({ box: el.getBoundingClientRect().right, scroll: el.scrollWidth - el.clientWidth }));
    expect(width.box).toBeLessThanOrEqual(360);
    expect(width.scroll).toBeLessThanOrEqual(0);
    await compare.getByTestId('variant-toggle').click();
    await expect.poll(() => drawnReadings(page)).toEqual(['a', 'a 000:272', 'b', 'b 000:650']);

    await openApp(page, '#v=1&p=timeline&y=2035');
    await expect(page.getByTestId('timeline').getByRole('radio', { name: '2035' })).toBeChecked();
    await expect(page.getByTestId('timeline').getByTestId('timeline-items')).toContainText('基本建成“四个强区”');
  });
});
