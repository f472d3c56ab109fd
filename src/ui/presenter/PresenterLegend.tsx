import { t } from '../../i18n';
import { legendEntries } from '../../state/figureText';
import { LegendSwatch } from '../layers/LegendSwatch';
import { isEdgeKey } from '../../export/legendLayout';

/** The legend of what the projector shows, in the layer panel's order; follows each step's layers. */
export function PresenterLegend() {
  const entries = legendEntries();
  if (!entries.length) return null;
  return (
    <aside class="presenter__legend" aria-label={t('legendTitle')} data-testid="presenter-legend">
      <p class="presenter__legend-title">{t('legendTitle')}</p>
      <ul>
        {entries.map((e) => (
          <li key={e.label} data-edge={isEdgeKey(e.kind) ? e.kind : undefined} data-key={e.key && !isEdgeKey(e.kind) ? e.kind : undefined}>
            <LegendSwatch entry={e} />
            <span>{e.label}</span>
          </li>
        ))}
      </ul>
      <p class="presenter__legend-note">{t('schematicShort')}</p>
    </aside>
  );
}
