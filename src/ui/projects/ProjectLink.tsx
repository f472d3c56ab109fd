import { PROJECT_KIND_NAMES, type ProjectFeature } from '../../data/projects';
import { isLocated } from '../../analysis/projectLists';
import { localName, pick } from '../../i18n';
import { selectProject } from '../../state/goTo';
import { ProjectSwatch } from './ProjectSwatch';

/** A project in a list: its mark, its name as a button that opens its record on the map, and its kind. */
export function ProjectLink({ project }: { project: ProjectFeature }) {
  const p = project.properties;
  return (
    <>
      <ProjectSwatch kind={p.kind} located={isLocated(project)} />{' '}
      <button type="button" class="link-button" onClick={() => void selectProject(p.id)}>
        {localName(p)}
      </button>
      <span class="muted"> · {pick(PROJECT_KIND_NAMES[p.kind])}</span>
    </>
  );
}
