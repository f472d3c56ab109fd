// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SearchEntry } from '../../data/search';
import { lang } from '../../i18n';
import { visibleLayers } from '../../state/atlasState';
import { ensureSearch, searchQuery } from '../../state/search';
import { herePoint, selectedId } from '../../state/selection';
import { activeTab } from '../../state/ui';
import { cameraRequest, fitRequest } from '../../state/view';
import { serveData, startWithFixture } from '../testing/atlasFixture';
import { SearchBox } from './SearchBox';

const board = { kind: 'feature' as const, id: 'board-shangquan', layer: 'boards', level: 'erqi' as const };
const ENTRIES: SearchEntry[] = [
  { text: '二七商圈板块', field: 'name', target: board, title: { zh: '二七商圈板块', en: 'Erqi Business District Board' }, pinyin: 'er qi shang quan ban kuai' },
  { text: '德化街改造提升', field: 'project', target: board, title: { zh: '二七商圈板块', en: 'Erqi Business District Board' }, pinyin: 'de hua jie gai zao ti sheng' },
  { text: '二七纪念塔', field: 'place', target: { kind: 'place', id: 'erqi-tower', lon: 113.6604, lat: 34.7533, placeKind: 'place' }, title: { zh: '二七纪念塔' }, pinyin: 'er qi ji nian ta' },
  ...['人民公园', 'Renmin Gongyuan'].map((text) => ({
    text,
    field: 'place' as const,
    target: { kind: 'place' as const, id: 'metro-station-76', lon: 113.6513, lat: 34.7599, placeKind: 'station' as const, detail: '2号线 · 3号线', detailEn: 'Line 2 · Line 3' },
    title: { zh: '人民公园', en: 'Renmin Gongyuan' },
    ...(text === '人民公园' ? { pinyin: 'ren min gong yuan' } : {}),
  })),
];

const input = () => screen.getByTestId('search-input') as HTMLInputElement;
const type = (text: string) => fireEvent.input(input(), { target: { value: text } });
const results = () => screen.queryAllByRole('option').map((o) => o.textContent);

beforeAll(async () => {
  serveData({ 'search.json': { version: 1, entries: ENTRIES } });
  await ensureSearch();
});
beforeEach(() => {
  startWithFixture('layers');
  searchQuery.value = '';
});
afterEach(cleanup);

describe('the search box', () => {
  it('lists what matches as options, each saying what it is and where it belongs', async () => {
    render(<SearchBox />);
    expect(screen.queryByRole('listbox')).toBeNull();
    type('二七');
    await waitFor(() => expect(results()).toHaveLength(2));
    expect(results()[0]).toContain('二七商圈板块');
    expect(results()[0]).toContain('六核协同');
    expect(results()[1]).toContain('二七纪念塔');
    expect(input().getAttribute('aria-expanded')).toBe('true');
  });

  it('finds by pinyin initials and says a project leads to its board', async () => {
    render(<SearchBox />);
    type('dhj');
    await waitFor(() => expect(results()).toHaveLength(1));
    expect(results()[0]).toContain('德化街改造提升');
    expect(results()[0]).toContain('项目 → 二七商圈板块');
  });

  it('names a place in the interface language, whatever matched: a station in English with its lines', async () => {
    render(<SearchBox />);
    type('renmin');
    await waitFor(() => expect(results()).toHaveLength(1));
    expect(results()[0]).toBe('人民公园地铁站 · 2号线 · 3号线');
    lang.value = 'en';
    try {
      type('人民公园');
      await waitFor(() => expect(results()[0]).toBe('Renmin GongyuanMetro station · Line 2 · Line 3'));
    } finally {
      lang.value = 'zh';
    }
  });

  it('names an area in the interface language when its name matched, by pinyin or by Chinese', async () => {
    lang.value = 'en';
    try {
      render(<SearchBox />);
      type('erqi shang');
      await waitFor(() => expect(results()).toHaveLength(1));
      expect(results()[0]).toMatch(/^Erqi Business District Board/);
      type('二七商圈');
      await waitFor(() => expect(results()[0]).toMatch(/^Erqi Business District Board/));
    } finally {
      lang.value = 'zh';
    }
  });

  it('says when nothing matches', async () => {
    render(<SearchBox />);
    type('不存在的地方');
    await waitFor(() => expect(screen.getByRole('listbox').textContent).toContain('没有匹配结果'));
  });

  it('Enter on a project goes to its board: its layer shown, selected, its record open, the map fitted; the list closes', async () => {
    render(<SearchBox />);
    type('德化街');
    await waitFor(() => expect(results()).toHaveLength(1));
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(selectedId.value).toBe('board-shangquan');
    expect(visibleLayers.value.has('boards')).toBe(true);
    expect(activeTab.value).toBe('info');
    expect(fitRequest.value).toEqual([113.65, 34.745, 113.67, 34.76]);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input().value).toBe('');
  });

  it('arrow keys move the active option; a place answers what is planned there, at street zoom', async () => {
    render(<SearchBox />);
    type('二七');
    await waitFor(() => expect(results()).toHaveLength(2));
    fireEvent.keyDown(input(), { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[1].getAttribute('aria-selected')).toBe('true');
    expect(input().getAttribute('aria-activedescendant')).toBe('search-result-1');
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(herePoint.value).toEqual([113.6604, 34.7533]);
    expect(activeTab.value).toBe('here');
    expect(cameraRequest.value?.view.zoom).toBe(15);
    expect(selectedId.value).toBeNull();
  });

  it('Escape empties the box and closes the list', async () => {
    render(<SearchBox />);
    type('二七');
    await waitFor(() => expect(results()).toHaveLength(2));
    fireEvent.keyDown(input(), { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(input().value).toBe('');
  });
});
