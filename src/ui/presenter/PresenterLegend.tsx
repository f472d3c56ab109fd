import { t } from '../../i18n';
import { legendEntries } from '../../state/figureText';
import { LegendSwatch } from '../layers/LegendSwatch';
import { isEdgeKey, type LegendEntry } from '../../export/legendLayout';

type Row = { entry: LegendEntry } | { title: string; entries: LegendEntry[] };

/** Rows of a layer's group (the 项目 layer's kinds) share one row under its title: a projector has no room for ten. */
function rowsOf(entries: readonly LegendEntry[]): Row[] {
  const rows: Row[] = [];
  for (const entry of entries) {
    const last = rows[rows.length - 1];
    if (entry.group && last && 'entries' in last && last.title === entry.group.title) last.entries.push(entry);
    else rows.push(entry.group ? { title: entry.group.title, entries: [entry] } : { entry });
  }
  return rows;
}

/** The legend of what the projector shows, in the layer panel's order; follows each step's layers. */
export function PresenterLegend() {
  const entries = legendEntries();
  if (!entries.length) return null;
  return (
    <aside class="presenter__legend" aria-label={t('legendTitle')} data-testid="presenter-legend">
      <p class="presenter__legend-title">{t('legendTitle')}</p>
      <ul>
        {rowsOf(entries).map((row) =>
          'entry' in row ? (
            <li key={row.entry.label} data-edge={isEdgeKey(row.entry.kind) ? row.entry.kind : undefined} data-key={row.entry.key && !isEdgeKey(row.entry.kind) ? row.entry.kind : undefined}>
              <LegendSwatch entry={row.entry} />
              <span>{row.entry.label}</span>
            </li>
          ) : (
            <li key={row.title} class="presenter__legend-group" data-group={row.title}>
              <span>{row.title}</span>
              <span class="presenter__legend-kinds">
                {row.entries.map((e) => (
                  <span key={e.label} class="presenter__legend-kind">
                    <LegendSwatch entry={e} />
                    {e.group!.label}
                  </span>
                ))}
              </span>
            </li>
          ),
        )}
      </ul>
      <p class="presenter__legend-note">{t('schematicShort')}</p>
    </aside>
  );
}
