import { PROJECT_KIND_NAMES, PROJECT_KINDS, placementCount } from '../../data/projects';
import { pick, t } from '../../i18n';
import { projects, projectsState, projectsVisible, setProjectsVisible } from '../../state/projects';
import { ProjectSwatch } from './ProjectSwatch';

/**
 * The 项目 layer in the layer panel: its switch (the data loads when first switched on), how many
 * projects are placed, and its legend — one colour per kind, solid for located and hollow for
 * approximate places.
 */
export function ProjectsRow() {
  const visible = projectsVisible.value;
  const list = projects.value;
  const failed = projectsState.value?.kind === 'failed';
  const kinds = list ? PROJECT_KINDS.filter((k) => list.some((p) => p.properties.kind === k)) : PROJECT_KINDS;
  const count = list && placementCount(list.map((p) => p.properties));
  return (
    <section class="layer-group" aria-label={t('prjLayerTitle')} data-testid="projects-row">
      <h3>{t('prjLayerTitle')}</h3>
      <label class="layer-row__toggle">
        <input type="checkbox" checked={visible} onChange={() => setProjectsVisible(!visible)} data-testid="projects-toggle" />
        <span class="layer-row__title">{t('prjLayer')}</span>
        {/* Like every layer's count: what the map draws (the placed projects), not the whole list. */}
        {count && <span class="layer-row__count">{count.placed}</span>}
      </label>
      {failed && (
        <p role="alert" class="analyze-error">
          {t('loadFailed')}
        </p>
      )}
      {visible && (
        <>
          {count && (
            <p class="hint layer-row__note" data-testid="projects-count">
              {t('prjCount').replace('{placed}', String(count.placed)).replace('{total}', String(count.placeable)).replace('{other}', String(list.length - count.placeable))}
            </p>
          )}
          <ul class="project-legend" data-testid="projects-legend">
            {kinds.map((k) => (
              <li key={k} data-kind={k}>
                <ProjectSwatch kind={k} /> {pick(PROJECT_KIND_NAMES[k])}
              </li>
            ))}
            <li>
              <ProjectSwatch kind="public" /> {t('prjLocatedKey')}
            </li>
            <li>
              <ProjectSwatch kind="public" place="approximate" /> {t('prjApproxKey')}
            </li>
            <li data-testid="projects-unplaced-key">
              <ProjectSwatch kind="public" place="unplaced" /> {t('prjUnplacedKey')}
            </li>
            <li>
              <ProjectSwatch kind="public" precision /> {t('prjPrecisionKey')}
            </li>
          </ul>
          <p class="hint layer-row__note">{t('prjLayerNote')}</p>
        </>
      )}
    </section>
  );
}
