import { describe, expect, it } from 'vitest';
import type { AreaAudit } from './audit';
import { auditToCsv, nextSort, sortAudit } from './auditTable';

const row = (id: string, name: string, drawnKm2: number, statedKm2: number | null, share = 1): AreaAudit => {
  const gap = statedKm2 ? (drawnKm2 - statedKm2) / statedKm2 : null;
  return {
    id, name, layer: 'erqi-six-boards', drawnKm2, statedKm2, gap, tolerance: statedKm2 ? 0.1 : null,
    mainDistrict: 'erqi', mainDistrictShare: share, expectedDistrict: 'erqi', expectedDistrictShare: share,
    areaOk: gap === null ? null : Math.abs(gap) <= 0.1, districtOk: share >= 0.95, ok: true,
  };
};

const rows = [
  row('a', '马寨', 10, 12), // gap −16.7 %
  row('b', '二七商圈', 1.1, 1.0), // +10 %
  row('c', '樱桃沟', 5, null),
  row('d', '航海', 2, 2.02, 0.6), // −1 %
];

describe('audit table sorting', () => {
  it('puts the drawings furthest from the stated area first, either sign, and rows without one last', () => {
    expect(sortAudit(rows, 'gap', 'desc').map((r) => r.id)).toEqual(['a', 'b', 'd', 'c']);
    expect(sortAudit(rows, 'gap', 'asc').map((r) => r.id)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('sorts by drawn area, stated area and district share', () => {
    expect(sortAudit(rows, 'drawn', 'desc').map((r) => r.id)).toEqual(['a', 'c', 'd', 'b']);
    expect(sortAudit(rows, 'stated', 'asc').map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(sortAudit(rows, 'district', 'asc')[0].id).toBe('d');
  });

  it('sorts Chinese names in pinyin order (二 èr < 航 háng < 马 mǎ < 樱 yīng)', () => {
    expect(sortAudit(rows, 'name', 'asc').map((r) => r.name)).toEqual(['二七商圈', '航海', '马寨', '樱桃沟']);
  });

  it('flips the direction on the same header and starts numbers from the largest', () => {
    expect(nextSort({ key: 'gap', dir: 'desc' }, 'gap')).toEqual({ key: 'gap', dir: 'asc' });
    expect(nextSort({ key: 'name', dir: 'asc' }, 'drawn')).toEqual({ key: 'drawn', dir: 'desc' });
    expect(nextSort({ key: 'drawn', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'asc' });
  });
});

describe('audit CSV', () => {
  const names = { feature: (r: AreaAudit) => r.name, layer: (id: string) => (id === 'erqi-six-boards' ? '六核协同' : id), district: (id: string) => (id === 'erqi' ? '二七区' : id) };

  it('gives the layer by its title, drawn area in km², ha and 亩, the stated area and the gap in %', () => {
    const csv = auditToCsv([rows[0]], 'zh', names);
    const [header, line] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header).toContain('绘制面积(亩)');
    const cells = line.split(',');
    expect(cells.slice(0, 9)).toEqual(['a', '马寨', '六核协同', '10', '1000', '15000', '12', '-16.67', '10']);
    expect(cells[9]).toBe('否');
    expect(cells[10]).toBe('二七区');
  });

  it('leaves cells empty where the plan states nothing, and writes English headers for English users', () => {
    const csv = auditToCsv([rows[2]], 'en', names);
    const [header, line] = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(header.split(',')[7]).toBe('gap_pct');
    expect(line.split(',').slice(6, 10)).toEqual(['', '', '', '']);
  });

  it('cannot smuggle a spreadsheet formula through a name', () => {
    const csv = auditToCsv([row('x', '=HYPERLINK("http://x")', 1, null)], 'en', names);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
