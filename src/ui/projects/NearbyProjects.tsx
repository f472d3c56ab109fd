import type { ProjectHit } from '../../analysis/projectsNear';
import { formatLength } from '../../analysis/units';
import { lang, t, type StringKey } from '../../i18n';
import { projectById } from '../../state/projects';
import { ProjectLink } from './ProjectLink';

/**
 * Planned projects near a spot or a site, nearest first, each with its distance (0: inside) and its
 * precision, a link to its record on the map.
 */
export function NearbyProjects({ hits, title, none, insideLabel }: { hits: readonly ProjectHit[]; title: StringKey; none: StringKey; insideLabel?: StringKey }) {
  const byId = projectById.value;
  return (
    <section class="nearby-projects" data-testid="nearby-projects">
      <h3>{t(title)}</h3>
      {hits.length === 0 ? (
        <p class="muted">{t(none)}</p>
      ) : (
        <ul class="hits">
          {hits.map((hit) => {
            const project = byId.get(hit.id);
            if (!project) return null;
            const p = project.properties;
            return (
              <li key={hit.id} data-project={hit.id}>
                <ProjectLink project={project}>
                  <span class="muted" data-testid="project-distance">
                    {' '}
                    · {hit.distanceM === 0 && insideLabel ? t(insideLabel) : `${t('distance')} ${formatLength(hit.distanceM, lang.value)}`} (±{p.precisionM} m)
                  </span>
                </ProjectLink>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
