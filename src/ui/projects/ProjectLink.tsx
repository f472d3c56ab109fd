import type { ComponentChildren } from 'preact';
import { PROJECT_KIND_NAMES, type ProjectFeature } from '../../data/projects';
import { placeOf } from '../../analysis/projectLists';
import { localName, pick, t } from '../../i18n';
import { selectProject } from '../../state/goTo';
import { ProjectSwatch } from './ProjectSwatch';

/**
 * A project in a list: its mark, its name as a button that opens its record (and, placed, brings it into view on
 * the map), and its kind; a project not placed says so (未定位), and its button opens the record only. `children`
 * (a distance, a precision) follow on the same line. The mark hangs beside the text, so a long name wraps under
 * the name, not under the mark, and never leaves the mark alone on a line.
 */
export function ProjectLink({ project, children }: { project: ProjectFeature; children?: ComponentChildren }) {
  const p = project.properties;
  const place = placeOf(project);
  return (
    <span class="project-link">
      <ProjectSwatch kind={p.kind} place={place} />
      <span class="project-link__text">
        <button type="button" class="link-button" onClick={() => void selectProject(p.id)} data-place={place}>
          {localName(p)}
        </button>
        <span class="muted"> · {pick(PROJECT_KIND_NAMES[p.kind])}</span>
        {place === 'unplaced' && (
          <span class="project-unplaced" data-testid="project-unplaced-mark">
            {' '}
            · {t('prjUnplaced')}
          </span>
        )}
        {children}
      </span>
    </span>
  );
}
