import { localName, pick, t } from '../../i18n';
import { styledLayers } from '../../state/atlasState';
import { selectedId } from '../../state/selection';
import { selectFeature } from '../../state/goTo';
import { LEVELS } from '../../data/levels';
import { NotDrawnList } from '../layers/NotDrawnList';

/** Every layer and feature as a keyboard-navigable list: the text alternative to the map. */
export function FeatureList() {
  const layers = styledLayers.value;
  const choose = (id: string) => selectFeature(id);
  return (
    <nav class="feature-list" aria-label={t('listTitle')} data-testid="feature-list">
      <h2 class="visually-hidden">{t('listTitle')}</h2>
      {LEVELS.map(({ level, label }) => {
        const group = layers.filter((l) => l.info.level === level);
        if (!group.length) return null;
        return (
          <section key={level}>
            <h3>{t(label)}</h3>
            {group.map((l) => (
              <details key={l.info.id} open={level !== 'admin'}>
                <summary>
                  {pick(l.info.title)} <span class="muted">({l.data.features.length})</span>
                </summary>
                <ul>
                  {l.data.features.map((f) => (
                    <li key={f.properties.id}>
                      <button
                        type="button"
                        class="link-button"
                        aria-current={selectedId.value === f.properties.id ? 'true' : undefined}
                        onClick={() => choose(f.properties.id)}
                      >
                        {localName(f.properties)}
                      </button>
                    </li>
                  ))}
                </ul>
                <NotDrawnList items={l.info.notDrawn} />
              </details>
            ))}
          </section>
        );
      })}
    </nav>
  );
}
