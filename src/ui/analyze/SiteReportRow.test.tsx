// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SiteHit, SiteReportRow as Row } from '../../analysis/siteReport';
import { pickedSite, type SiteImport } from '../../state/analysis';
import { selectedId } from '../../state/selection';
import { activeTab } from '../../state/ui';
import { fitRequest } from '../../state/view';
import { startWithFixture } from '../testing/atlasFixture';
import { SiteReportRow } from './SiteReportRow';

const SITE = { type: 'Polygon' as const, coordinates: [[[113.655, 34.75], [113.66, 34.75], [113.66, 34.755], [113.655, 34.75]]] };

const entry = {
  key: 'imp1',
  summary: {
    sites: [{ type: 'Feature', geometry: SITE, properties: { id: 's1', name: '地块一', sourceFile: 'a.geojson', attrs: { 用地性质: '<b>商业</b>', '=SUM(A1)': 'x' } } }],
  },
} as unknown as SiteImport;

const hit = (planId: string, planName: string, level: SiteHit['level'], shareOfSite: number, verdict: SiteHit['verdict']): SiteHit => ({
  planId,
  planName,
  planNameEn: planId,
  layer: 'x',
  level,
  intersectionKm2: 0.1 * shareOfSite,
  shareOfSite,
  shareOfPlan: 0.05,
  verdict,
});

const row: Row = {
  siteId: 's1',
  siteName: '地块一',
  siteAreaKm2: 0.1,
  // As the report ranks them: by share alone, the district first.
  hits: [hit('erqi', '二七区', 'admin', 1, 'inside'), hit('zone-commerce', '二七特色商业区', 'erqi', 1, 'inside'), hit('board-shangquan', '二七商圈板块', 'erqi', 0.6, 'overlaps')],
  projects: [],
};

beforeEach(() => {
  startWithFixture('analyze');
  pickedSite.value = null;
});
afterEach(cleanup);

describe('a site report row', () => {
  it('lists the plan areas first, by how much of the site each covers, the district last', () => {
    render(<SiteReportRow entry={entry} row={row} />);
    const order = screen.getAllByRole('listitem').map((li) => li.getAttribute('data-plan-id'));
    expect(order).toEqual(['zone-commerce', 'board-shangquan', 'erqi']);
    expect(within(screen.getAllByRole('listitem')[1]).getByText(/部分重叠/)).toBeTruthy();
  });

  it('a plan area opens its record and is selected on the map', () => {
    render(<SiteReportRow entry={entry} row={row} />);
    fireEvent.click(screen.getByRole('button', { name: '二七商圈板块' }));
    expect(selectedId.value).toBe('board-shangquan');
    expect(activeTab.value).toBe('info');
  });

  it('the site name picks the site and zooms the map to it', () => {
    render(<SiteReportRow entry={entry} row={row} />);
    fireEvent.click(screen.getByRole('button', { name: '地块一' }));
    expect(pickedSite.value).toBe('imp1/s1');
    expect(fitRequest.value).toEqual([113.655, 34.75, 113.66, 34.755]);
    expect(screen.getByTestId('site-report-row').className).toContain('site-row--picked');
  });

  it("shows the file's attributes as inert text", () => {
    const { container } = render(<SiteReportRow entry={entry} row={row} />);
    expect(screen.getByText('<b>商业</b>')).toBeTruthy();
    expect(container.querySelector('b')).toBeNull();
  });
});
