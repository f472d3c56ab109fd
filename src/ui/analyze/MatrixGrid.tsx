import type { OverlapMatrix } from '../../analysis/matrix';
import { formatShare } from '../../analysis/units';
import type { Lang } from '../../lib/lang';
import { t } from '../../i18n';
import { matrixCell } from '../../state/analysis';
import { pickCell } from '../../state/analysisActions';
import { planName } from './names';
import { VERDICT_SYMBOL, type MatrixModel } from '../../analysis/matrixModel';
import { VERDICT_LABEL } from './verdictLabels';

/** Rows × columns, one symbol per cell; a red frame where the plan's statement is not borne out. */
export function MatrixGrid({ matrix, model, lang }: { matrix: OverlapMatrix; model: MatrixModel; lang: Lang }) {
  const picked = matrixCell.value;
  return (
    <div class="table-scroll">
      <table class="matrix-grid" data-testid="matrix-grid">
        <thead>
          <tr>
            <td />
            {matrix.colIds.map((id) => (
              <th key={id} scope="col" class="matrix-grid__col">
                <span>{planName(id)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rowIds.map((a) => (
            <tr key={a}>
              <th scope="row">{planName(a)}</th>
              {matrix.colIds.map((b) => {
                if (a === b) return <td key={b} class="matrix-grid__self" />;
                const c = model.cell(a, b);
                const o = c.overlap;
                const label = `${planName(a)} — ${planName(b)}: ${t(VERDICT_LABEL[o.verdict])}, ${formatShare(o.shareOfA, lang)} / ${formatShare(o.shareOfB, lang)}${c.agrees === false ? ` (${t('anDisagrees')})` : ''}`;
                const isPicked = picked?.aId === a && picked.bId === b;
                return (
                  <td key={b}>
                    <button
                      type="button"
                      class={`matrix-cell matrix-cell--${o.verdict}${c.agrees === false ? ' matrix-cell--disagree' : ''}${c.agrees === true ? ' matrix-cell--agree' : ''}`}
                      aria-label={label}
                      title={label}
                      aria-pressed={isPicked}
                      data-cell={`${a}|${b}`}
                      onClick={() => (isPicked ? (matrixCell.value = null) : pickCell(a, b))}
                    >
                      {c.failed ? '?' : VERDICT_SYMBOL[o.verdict]}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
