/**
 * Selecting a feature, and going to something named elsewhere (a search result, a mention in the plan text, a
 * click on the map): a feature is selected (its record opened, the map draws it selected), a place becomes the
 * "what is planned here" spot. Components call these; none writes selectedId by hand.
 */
import { bbox } from '@turf/turf';
import { isPlanLevel } from '../data/levels';
import { visibleLayers } from './atlasState';
import { hereResult } from './here';
import { askHere, atlasIndex, selectedId } from './selection';
import { openTab, type PanelTab } from './ui';
import { cameraOnPlaceIn, fitRequest, requestCamera } from './view';
import { loadProjects, projectChoice, projectsVisible, selectedProjectId } from './projects';

export interface SelectOptions {
  /** The panel to open with it (default the record, 'info'); null leaves the panel as it is. */
  tab?: PanelTab | null;
  /** Also fit the map to the feature. */
  fit?: boolean;
  /** Also switch its layer on if it is off (a feature named elsewhere must be seen). */
  showLayer?: boolean;
}

/** Selects a feature (null: none). An id the atlas does not have selects nothing and changes nothing. */
export function selectFeature(id: string | null, { tab = 'info', fit = false, showLayer = false }: SelectOptions = {}): void {
  const record = id === null ? null : atlasIndex.peek()?.byId.get(id);
  if (id !== null && !record) return;
  if (record && showLayer && !visibleLayers.peek().has(record.layer.id)) visibleLayers.value = new Set([...visibleLayers.peek(), record.layer.id]);
  // One record at a time: a plan feature's (or none) replaces a project's, and any choice the map offered is made.
  selectedProjectId.value = null;
  projectChoice.value = null;
  selectedId.value = id;
  if (tab) openTab(tab);
  if (record && fit) fitRequest.value = bbox(record.feature) as [number, number, number, number];
}

/** A feature named elsewhere: shown with its layer, selected, its record opened and the map fitted to it. */
export function goToFeature(id: string): void {
  selectFeature(id, { showLayer: true, fit: true });
}

/**
 * A click or tap on the map while browsing: "what is planned here?" at that spot, and the most specific plan area
 * there selected (districts are context, not an answer; nothing plan-level there selects nothing).
 */
export function clickMapAt(lonLat: [number, number]): void {
  askHere(lonLat);
  const first = hereResult.peek()?.inside.find((hit) => isPlanLevel(hit.level));
  selectFeature(first?.id ?? null, { tab: 'here' });
}

/** Street zoom: stations and roads are named from here (orientation layer). */
const STREET_ZOOM = 13;

/**
 * The spot's "what is planned here" answer, with the map on the smallest shown plan area the spot lies in, whole and
 * with its surroundings (never farther out than street zoom, where stations and roads are named); a spot in no
 * plan area at `zoom`. openTab raises a peeking phone sheet to half, so the answer shows.
 */
export function goToPlace(lon: number, lat: number, name?: { zh: string; en?: string } | string, zoom = 15): void {
  askHere([lon, lat], typeof name === 'string' ? { zh: name } : (name ?? null));
  // The answer lists the areas at the spot smallest first; the map goes to one the reader can see.
  const index = atlasIndex.peek();
  const shown = visibleLayers.peek();
  const smallest = hereResult.peek()?.inside.find((hit) => isPlanLevel(hit.level) && shown.has(index?.byId.get(hit.id)?.layer.id ?? ''));
  const feature = smallest && index?.byId.get(smallest.id)?.feature;
  const box = feature && (bbox(feature) as [number, number, number, number]);
  requestCamera(box ? cameraOnPlaceIn([lon, lat], box, STREET_ZOOM, zoom) : { lon, lat, zoom });
  openTab('here');
}

/**
 * Opens a planned project's record (loading the projects first if need be); a placed one is shown on the 项目
 * layer and, with `fly`, brought into view at street zoom. A project not placed has nothing on the map: the layer
 * and the camera stay as they are. Resolves to false for an id the projects do not have (a stale link) or when
 * they cannot be loaded, leaving the selection as it was.
 */
export async function selectProject(id: string, { fly = true, tab = 'info' }: { fly?: boolean; tab?: PanelTab | null } = {}): Promise<boolean> {
  const project = await loadProjects().then(
    (c) => c.features.find((p) => p.properties.id === id),
    () => undefined,
  );
  if (!project) return false;
  selectFeature(null, { tab });
  selectedProjectId.value = id;
  if (!project.geometry) return true;
  projectsVisible.value = true;
  if (fly) fitRequest.value = bbox(project.geometry) as [number, number, number, number];
  return true;
}

/**
 * A tap on the map that touched projects (`ids`, nearest first, at the map pixel `at`): one opens its record where it
 * is; several (they share the spot or the road) are offered to choose from, each opening its own record.
 */
export function tapProjects(ids: readonly string[], at: { x: number; y: number }): void {
  if (ids.length === 1) void selectProject(ids[0], { fly: false });
  else if (ids.length > 1) projectChoice.value = { ids: [...ids], at };
}
