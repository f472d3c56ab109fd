import { t } from '../../i18n';
import { edgeLegendEntries } from '../../state/figureText';
import { EdgeSwatch } from './EdgeSwatch';

/** What solid, dashed, glowing and banded lines mean: the same rows the PNG and print legends carry. */
export function EdgeKey() {
  return (
    <section class="edge-key" aria-label={t('edgeKeyTitle')} data-testid="edge-key">
      <h3>{t('edgeKeyTitle')}</h3>
      <ul>
        {edgeLegendEntries().map((e) => (
          <li key={e.kind} data-edge={e.kind}>
            <EdgeSwatch kind={e.kind} />
            <span>{e.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
