import { t } from '../../i18n';
import { styledLayers } from '../../state/atlasState';
import { LEVELS } from '../../data/levels';
import { LayerRow } from './LayerRow';
import { OrientationRow } from './OrientationRow';
import { EdgeKey } from './EdgeKey';
import { ProjectsRow } from '../projects/ProjectsRow';

/** Layers grouped by plan level, each with legend swatch, switch, opacity and zoom. */
export function LayerPanel() {
  const layers = styledLayers.value;
  return (
    <div class="layer-panel" data-testid="layer-panel">
      {LEVELS.map(({ level, label }) => {
        const group = layers.filter((l) => l.info.level === level);
        if (!group.length) return null;
        return (
          <section key={level} class="layer-group" aria-label={t(label)}>
            <h3>{t(label)}</h3>
            <ul>
              {group.map((l) => (
                <LayerRow key={l.info.id} layer={l} />
              ))}
            </ul>
          </section>
        );
      })}
      <ProjectsRow />
      <EdgeKey />
      <OrientationRow />
    </div>
  );
}
