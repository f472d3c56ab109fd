/**
 * The planned projects (public/data/projects.geojson, src/data/projects.ts): fetched on first
 * use — the 项目 layer switched on, a project asked for (search, a link, a board's record), a
 * "what is planned here" spot or a site report — never by the first map. Which project is
 * selected, which ones the timeline's or a story step's year lights, and the projects near the
 * "what is planned here" spot.
 */
import { computed, signal } from '@preact/signals';
import { parseProjects, PROJECTS_FILE, type ProjectFeature } from '../data/projects';
import { createProjectIndex, NEAR_SPOT_M, projectsNear, type ProjectHit } from '../analysis/projectsNear';
import { projectIdsOfYear } from '../analysis/projectLists';
import { onDemand } from './onDemand';
import { herePoint } from './selection';
import { activeTab } from './ui';
import { timelineYear } from './planViews';
import { currentStep, presenting } from './presenter';

const projectData = onDemand(PROJECTS_FILE, parseProjects);
/** Loading, failed or ready (null until first asked for). */
export const projectsState = projectData.state;
/** Starts the fetch (once; again after a failure). */
export const ensureProjects = projectData.ensure;
export const loadProjects = projectData.load;

/** The projects, once loaded. */
export const projects = computed<ProjectFeature[] | null>(() => {
  const s = projectsState.value;
  return s?.kind === 'ready' ? s.value.features : null;
});

export const projectById = computed(() => new Map((projects.value ?? []).map((p) => [p.properties.id, p])));

/** Placed projects in a spatial index, for the nearby query and taps. */
export const projectIndex = computed(() => createProjectIndex(projects.value ?? []));

/** The 项目 layer is off at first: its data loads when it is switched on. */
export const projectsVisible = signal(false);

export function setProjectsVisible(visible: boolean): void {
  if (visible) ensureProjects();
  projectsVisible.value = visible;
}

/** The project whose record is open (the info tab shows it instead of a plan feature's). */
export const selectedProjectId = signal<string | null>(null);

/** A tap on the map where several projects overlap (one spot, one road): their ids, nearest first, and the tap's map pixel. */
export interface ProjectChoice {
  ids: string[];
  at: { x: number; y: number };
}

/** The projects a tap offers to choose from (ui/projects/ProjectChooser.tsx); null when no choice is open. */
export const projectChoice = signal<ProjectChoice | null>(null);

export const selectedProject = computed<ProjectFeature | null>(() => {
  const id = selectedProjectId.value;
  return id ? projectById.value.get(id) ?? null : null;
});

/** Projects within about 1 km of the "what is planned here" spot, nearest first; null while they load. */
export const hereProjects = computed<ProjectHit[] | null>(() => {
  const point = herePoint.value;
  if (!point || !projects.value) return null;
  return projectsNear(projectIndex.value, point, NEAR_SPOT_M);
});

/**
 * The year whose projects are lit: a story step's year while presenting, the timeline's chosen year
 * while its tab is open; null otherwise.
 */
export const litYear = computed<number | null>(() => {
  if (presenting.value) return currentStep.value?.year ?? null;
  return activeTab.value === 'timeline' ? timelineYear.value : null;
});

/** Projects lit by that year (the rest of the layer dims while a year is lit). */
export const litProjects = computed<string[]>(() => {
  const year = litYear.value;
  return year === null || !projects.value ? [] : projectIdsOfYear(projects.value, year);
});


/** Whether the 项目 layer is on the map: switched on, or a timeline year or story step lights its projects. */
export const projectsDrawn = computed(() => projectsVisible.value || litYear.value !== null);
