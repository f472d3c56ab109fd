import { t } from '../../i18n';
import { edgeLegendEntries } from '../../state/figureText';
import { EdgeSwatch } from './EdgeSwatch';

/** The rows of the key to the lines, each with its swatch: the same rows the PNG and print legends carry. */
export function EdgeKeyRows() {
  return (
    <ul class="edge-key__rows">
      {edgeLegendEntries().map((e) => (
        <li key={e.kind} data-edge={e.kind}>
          <EdgeSwatch kind={e.kind} />
          <span>{e.label}</span>
        </li>
      ))}
    </ul>
  );
}

/** What solid, dashed, glowing and banded lines mean, in the layer panel. */
export function EdgeKey() {
  return (
    <section class="edge-key" aria-label={t('edgeKeyTitle')} data-testid="edge-key">
      <h3>{t('edgeKeyTitle')}</h3>
      <EdgeKeyRows />
    </section>
  );
}
