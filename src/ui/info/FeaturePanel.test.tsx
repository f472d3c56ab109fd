// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lang } from '../../i18n';
import { selectFeature } from '../../state/goTo';
import { selectedId } from '../../state/selection';
import { fitRequest } from '../../state/view';
import { BOARD, serveData, startWithFixture } from '../testing/atlasFixture';
import { FeaturePanel } from './FeaturePanel';

beforeEach(() => {
  serveData({ 'contradictions.json': { contradictions: [] } });
  startWithFixture('info');
});
afterEach(cleanup);

describe('the record panel', () => {
  it('asks for a pick while nothing is selected', () => {
    render(<FeaturePanel />);
    expect(screen.getByText(/点击地图上的区域/)).toBeTruthy();
  });

  it('shows what the plan says about the selected area, each with its citation', () => {
    selectFeature('board-shangquan');
    render(<FeaturePanel />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('二七商圈板块');
    expect(screen.getByText('打造国际商都核心区')).toBeTruthy();
    expect(screen.getByText('德化街改造提升')).toBeTruthy();
    // The plan's mentions say they are mentions, so their count is not taken for the count of planned projects.
    expect(screen.getByRole('heading', { name: '规划原文中的项目（1 处提及）' })).toBeTruthy();
    expect(screen.getByText(/东至紫荆山路/)).toBeTruthy();
    expect(screen.getByText(/±150 m/)).toBeTruthy();
    // Chinese labels end in the full-width colon, as Chinese text writes them.
    expect(screen.getByText(/^精度：±150 m/)).toBeTruthy();
    // Chinese first: the English name is the secondary line, no English prose in the zh record.
    expect(screen.queryByText('the core of an international trade city')).toBeNull();
  });

  it('follows the selection: a related area opens its own record, in the same panel', () => {
    selectFeature('board-shangquan');
    render(<FeaturePanel />);
    fireEvent.click(screen.getByRole('button', { name: '二七特色商业区' }));
    expect(selectedId.value).toBe('zone-commerce');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('二七特色商业区');
  });

  it('zooms the map to the area on request', () => {
    selectFeature('board-shangquan');
    render(<FeaturePanel />);
    fireEvent.click(screen.getByRole('button', { name: '缩放至' }));
    expect(fitRequest.value).toEqual([113.65, 34.745, 113.67, 34.76]);
  });

  it('in English: the English name leads and the plan words keep their translation beside them', () => {
    lang.value = 'en';
    selectFeature(BOARD.properties.id);
    render(<FeaturePanel />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Erqi Business District Board');
    expect(screen.getByText(/the core of an international trade city/)).toBeTruthy();
    expect(screen.getByText(/^Precision: ±150 m/)).toBeTruthy();
  });
});
