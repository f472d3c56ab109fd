import { useEffect, useState } from 'preact/hooks';
import type { AreaAudit } from '../../analysis/audit';
import { areaUnitLabel, formatNumber, formatShare, fromKm2, type AreaUnit } from '../../analysis/units';
import { lang, pick, t, type StringKey } from '../../i18n';
import { auditBusy, auditError, auditReport } from '../../state/analysis';
import { selectFeature } from '../../state/goTo';
import { runAudit } from '../../state/analysisActions';
import { auditToCsv, nextSort, sortAudit, type AuditSortKey, type SortDir } from '../../analysis/auditTable';
import { downloadText } from './download';
import { layerName, planName } from './names';

/** The columns; the two areas carry the chosen unit in their header, so their cells are plain numbers. */
const COLUMNS: { key: AuditSortKey; label: StringKey; unit?: true; sub?: StringKey }[] = [
  { key: 'name', label: 'anColName' },
  { key: 'layer', label: 'anColLayer' },
  { key: 'drawn', label: 'drawnArea', unit: true },
  { key: 'stated', label: 'statedArea', unit: true },
  { key: 'gap', label: 'gap' },
  { key: 'district', label: 'anColDistrict', sub: 'anColShare' },
];
const UNITS: AreaUnit[] = ['km2', 'ha', 'mu'];
const UNIT_LABEL: Record<string, StringKey> = { km2: 'anUnitKm2', ha: 'anUnitHa', mu: 'anUnitMu' };

/** Every plan polygon: drawn vs stated area, gap, and the district holding it; sortable, exportable. */
export function AuditView() {
  useEffect(() => void runAudit(), []);
  const [sort, setSort] = useState<{ key: AuditSortKey; dir: SortDir }>({ key: 'gap', dir: 'desc' });
  const [unit, setUnit] = useState<AreaUnit>('km2');
  const report = auditReport.value;
  const l = lang.value;
  const featureName = (r: AreaAudit) => planName(r.id);
  const amount = (km2: number) => formatNumber(fromKm2(km2, unit), l);
  if (auditError.value) return <p class="analyze-error" role="alert">{pick(auditError.value)}</p>;
  if (!report || auditBusy.value) return <p class="busy" role="status">{t('anAuditRunning')}</p>;
  const rows = sortAudit(report.areas, sort.key, sort.dir);
  const off = report.areas.filter((a) => !a.ok).length;
  const zoom = (id: string) => selectFeature(id, { tab: null, fit: true });
  const exportCsv = () => downloadText('area-audit.csv', auditToCsv(rows, l, { feature: featureName, layer: layerName, district: planName }), 'text/csv;charset=utf-8');
  return (
    <div class="audit" data-testid="audit">
      <h2>{t('anAuditTitle')}</h2>
      <p class="hint">
        {report.areas.length} {t('anPolygons')} · {off} {t('anOffTarget')}
      </p>
      <div class="analyze__toolbar">
        <label class="field field--inline">
          <span>{t('anUnit')}</span>
          <select value={unit} onChange={(e) => setUnit(e.currentTarget.value as AreaUnit)} data-testid="audit-unit">
            {UNITS.map((u) => (
              <option key={u} value={u}>
                {t(UNIT_LABEL[u])}
              </option>
            ))}
          </select>
        </label>
        <button type="button" class="button button--small" onClick={exportCsv} data-testid="audit-csv">
          {t('anExportCsv')}
        </button>
      </div>
      <div class="table-scroll">
        <table class="audit-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" class="sort-button" onClick={() => setSort(nextSort(sort, c.key))} data-testid={`audit-sort-${c.key}`}>
                    {t(c.label)}
                    {/* The arrow beside the name, the unit or share on the line under it. */}
                    <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    {c.unit && <span class="audit-table__unit">{areaUnitLabel(unit, l)}</span>}
                    {c.sub && <span class="audit-table__unit">{t(c.sub)}</span>}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-feature={r.id} class={r.ok ? undefined : 'audit-row--off'}>
                <th scope="row">
                  <button type="button" class="link-button" onClick={() => zoom(r.id)}>
                    {featureName(r)}
                  </button>
                </th>
                <td class="audit-table__layer">{layerName(r.layer)}</td>
                <td>{amount(r.drawnKm2)}</td>
                <td>{r.statedKm2 === null ? '–' : amount(r.statedKm2)}</td>
                <td class={r.areaOk === false ? 'gap--large' : undefined} title={r.tolerance === null ? undefined : `${t('anTolerance')} ±${formatShare(r.tolerance, l)}`}>
                  {r.gap === null ? '–' : `${r.gap > 0 ? '+' : ''}${formatShare(r.gap, l)}`}
                </td>
                <td class={r.districtOk === false ? 'gap--large' : undefined}>
                  {r.mainDistrict ? (
                    <>
                      <span class="nowrap">{planName(r.mainDistrict)}</span> <span class="nowrap audit-table__share">{formatShare(r.mainDistrictShare, l)}</span>
                    </>
                  ) : (
                    '–'
                  )}
                  {r.expectedDistrict && r.expectedDistrict !== r.mainDistrict && (
                    <span class="audit-table__expected">
                      {t('anPlanDistrict')} {planName(r.expectedDistrict)} {formatShare(r.expectedDistrictShare ?? 0, l)}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
