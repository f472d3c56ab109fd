/**
 * The area audit as a table: sorting and the CSV export. Pure; the rows come
 * from analysis/audit.ts unchanged (drawn areas are never adjusted).
 */
import type { AreaAudit } from './audit';
import { fromKm2 } from './units';
import { toCsv } from '../lib/csv';
import type { Lang } from '../lib/lang';

export type AuditSortKey = 'name' | 'layer' | 'drawn' | 'stated' | 'gap' | 'district';
export type SortDir = 'asc' | 'desc';

/**
 * The number (or text) a column sorts by; null sorts last either way. The gap
 * sorts by its size, so "descending" lists the drawings furthest from the plan first.
 */
function sortValue(row: AreaAudit, key: AuditSortKey): number | string | null {
  switch (key) {
    case 'name':
      return row.name;
    case 'layer':
      return row.layer;
    case 'drawn':
      return row.drawnKm2;
    case 'stated':
      return row.statedKm2;
    case 'gap':
      return row.gap === null ? null : Math.abs(row.gap);
    case 'district':
      return row.mainDistrictShare;
  }
}

const collator = new Intl.Collator('zh-CN');

export function sortAudit(rows: readonly AreaAudit[], key: AuditSortKey, dir: SortDir): AreaAudit[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    if (va === null || vb === null) return va === vb ? 0 : va === null ? 1 : -1;
    const c = typeof va === 'string' ? collator.compare(va, String(vb)) : va - (vb as number);
    return sign * c || collator.compare(a.name, b.name);
  });
}

/** Clicking a header: the same column flips, a new one starts where its useful end is. */
export function nextSort(current: { key: AuditSortKey; dir: SortDir }, key: AuditSortKey): { key: AuditSortKey; dir: SortDir } {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: key === 'name' || key === 'layer' ? 'asc' : 'desc' };
}

const HEADER: Record<Lang, string[]> = {
  zh: ['编号', '名称', '图层', '绘制面积(平方公里)', '绘制面积(公顷)', '绘制面积(亩)', '规划面积(平方公里)', '差异(%)', '允许差异(%)', '面积符合', '所在区', '在该区内比例(%)', '规划所属区', '在规划所属区内比例(%)', '区位符合'],
  en: ['id', 'name', 'layer', 'drawn_km2', 'drawn_ha', 'drawn_mu', 'stated_km2', 'gap_pct', 'tolerance_pct', 'area_ok', 'main_district', 'main_district_share_pct', 'expected_district', 'expected_district_share_pct', 'district_ok'],
};

const round = (value: number, decimals: number): number => Number(value.toFixed(decimals));
const pct = (v: number | null) => (v === null ? null : round(v * 100, 2));
const yesNo = (v: boolean | null, lang: Lang) => (v === null ? null : lang === 'zh' ? (v ? '是' : '否') : v ? 'yes' : 'no');

/** One line per polygon, in the order given (the table's sort). */
export function auditToCsv(
  rows: readonly AreaAudit[],
  lang: Lang,
  names: { feature: (row: AreaAudit) => string; layer: (id: string) => string; district: (id: string) => string },
): string {
  const district = (id: string | null) => (id === null ? null : names.district(id));
  return toCsv(
    HEADER[lang],
    rows.map((r) => [
      r.id,
      names.feature(r),
      names.layer(r.layer),
      round(r.drawnKm2, 6),
      round(fromKm2(r.drawnKm2, 'ha'), 2),
      round(fromKm2(r.drawnKm2, 'mu'), 1),
      r.statedKm2,
      pct(r.gap),
      pct(r.tolerance),
      yesNo(r.areaOk, lang),
      district(r.mainDistrict),
      pct(r.mainDistrictShare),
      district(r.expectedDistrict),
      pct(r.expectedDistrictShare),
      yesNo(r.districtOk, lang),
    ]),
  );
}
