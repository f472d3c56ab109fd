import { expect, test } from './test';
import { blockExternalRequests, featureState, openApp } from './helpers';

const lineNo = (url: string) => new URL(url).hash.match(/[#&]r=([^&]*)/)?.[1];

test('the plan reader: a link opens it at a line; a mention selects its area; a citation and a search jump to their lines', async ({ page }) => {
  const external = await blockExternalRequests(page);
  await openApp(page, '#v=1&r=000:264');
  const reader = page.getByTestId('reader');
  const cited = reader.locator('#plan-line-264');
  await expect(cited).toHaveClass(/plan-line--cited/);
  await expect(cited).toContainText('南至菜场街');
  await expect(cited).toBeFocused(); // a screen reader goes on from the cited words

  // A mention is a link: the board is selected on the map and its record opens, the reader stays (desktop).
  await reader.locator('#plan-line-268 .mention', { hasText: '华侨城文旅板块' }).click();
  await expect(page.getByTestId('feature-panel').locator('h2')).toHaveText('华侨城文旅板块');
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-oct')).toMatchObject({ selected: true });
  await expect(page).toHaveURL(/f=eq-board-oct/);

  // A citation in the record opens the reader at its lines, highlighted.
  await page.getByTestId('feature-panel').getByRole('button', { name: /第615–627行/ }).first().click();
  await expect(reader.locator('#plan-line-621')).toHaveClass(/plan-line--cited/);
  await expect(reader.locator('#plan-line-615')).toBeFocused();
  expect(lineNo(page.url())).toBe('000:615-627');

  // Search within the text: the other spelling of 菜场街 is on one line, and a hit jumps there.
  await page.getByTestId('reader-search').fill('菜市街');
  await expect(reader.getByRole('status')).toHaveText('1 行');
  await reader.locator('.reader__hits button').first().click();
  await expect(reader.locator('#plan-line-589')).toBeFocused();
  await expect(reader.locator('#plan-line-589 mark')).toHaveText('菜市街');

  // Another document, from the contents: headings are listed and lead to their line.
  await page.getByTestId('reader-doc').selectOption({ label: '002 · 中原区“十四五”规划纲要' });
  await reader.locator('summary').click();
  const heading = reader.locator('.reader__toc button').first();
  const headingText = (await heading.textContent())!;
  await heading.click();
  await expect(reader.locator('.plan-line--cited')).toContainText(headingText.split(' ')[0]);
  await expect(reader.locator('.plan-line--cited')).toHaveAttribute('role', 'heading');

  await page.keyboard.press('Escape');
  await expect(reader).toHaveCount(0);
  expect(lineNo(page.url())).toBeUndefined();
  expect(external).toEqual([]);
});

test('the timeline lights the areas with items in the chosen year; the contradictions list both statements', async ({ page }) => {
  await blockExternalRequests(page);
  await openApp(page, '#v=1&p=timeline');
  const timeline = page.getByTestId('timeline');
  await timeline.getByRole('radio', { name: '2023' }).check();
  await expect(timeline.getByTestId('timeline-items')).toContainText('2023年，完成火车站及周边改造提升');
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-shangquan')).toMatchObject({ selected: true });
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-oct')).toMatchObject({ dimmed: true });
  await timeline.getByRole('radio', { name: '2035' }).check();
  await expect(timeline.getByTestId('timeline-items')).toContainText('基本建成“四个强区”');
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-shangquan')).toMatchObject({ selected: false, dimmed: true });

  // Leaving the timeline leaves the map as it was.
  await page.getByTestId('tab-conflicts').click();
  await expect.poll(() => featureState(page, 'erqi-six-boards', 'eq-board-shangquan')).toMatchObject({ dimmed: false });
  const spelling = page.getByTestId('conflict').filter({ hasText: '菜场街 ≠ 菜市街' });
  await expect(spelling.locator('.citation')).toHaveText([/第264行/, /第589行/]);
  await expect(page.getByTestId('conflict').filter({ hasText: '约 6 平方公里 ≠ 总面积 564.33 公顷' })).toHaveCount(1);
  await expect(page.getByTestId('conflict').filter({ hasText: '南四环：南 ≠ 西' })).toHaveCount(1);
  await expect(page.getByTestId('conflict').filter({ hasText: '华侨城文旅板块 ← 金水河源板块' })).toHaveCount(1);
  await spelling.getByRole('button', { name: /第589行/ }).click();
  await expect(page.getByTestId('reader').locator('#plan-line-589')).toHaveClass(/plan-line--cited/);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the reader and the map take turns: a mention hands over to the map and its record', async ({ page }) => {
    await blockExternalRequests(page);
    await openApp(page);
    await page.getByTestId('more-actions').click();
    await page.getByTestId('reader-open').click();
    const reader = page.getByTestId('reader');
    const box = (await reader.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(359); // the reader has the screen
    await reader.locator('.mention', { hasText: '二七商圈板块' }).first().click();
    await expect(reader).toHaveCount(0);
    await expect(page.getByTestId('feature-panel').locator('h2')).toHaveText('二七商圈板块');
    await expect(page.getByTestId('map')).toBeVisible();
    await page.getByTestId('feature-panel').locator('.citation-link').first().click();
    await expect(page.getByTestId('reader').locator('.plan-line--cited').first()).toBeVisible();
  });
});
