import { useEffect } from 'preact/hooks';
import { projectsOfFeature } from '../../data/projects';
import { pick, t } from '../../i18n';
import { ensureProjects, projectsState } from '../../state/projects';
import { ProjectLink } from './ProjectLink';

/**
 * A board's or zone's planned projects, each placed one a link to it on the map, each unplaced one
 * with the reason. The projects load when the first record opens (a small file, fetched once).
 */
export function BoardProjects({ featureId }: { featureId: string }) {
  useEffect(ensureProjects, []);
  const loaded = projectsState.value;
  if (loaded?.kind !== 'ready') return null;
  const mine = projectsOfFeature(loaded.value, featureId);
  if (!mine.length) return null;
  return (
    <section data-testid="board-projects">
      <h3>{t('prjOnMap').replace('{n}', String(mine.length))}</h3>
      <ul class="hits">
        {mine.map((project) => {
          const p = project.properties;
          return (
            <li key={p.id} data-project={p.id}>
              <ProjectLink project={project}>{project.geometry && <span class="muted"> · ±{p.precisionM} m</span>}</ProjectLink>
              {project.geometry ? null : (
                <p class="hits__positioning muted" data-testid="project-unplaced-reason">
                  {/* The line above says 未定位: here only why. */}
                  {t('prjWhyUnplaced')}
                  {p.unplacedReason ? pick(p.unplacedReason) : ''}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
