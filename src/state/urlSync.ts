/**
 * Keeps the URL hash and the app's signals in step: the hash is read once the
 * atlas is loaded (so layer and feature ids can be checked) and whenever the
 * user edits it; after that every change is written back with replaceState,
 * so panning doesn't flood the history.
 */
import { effect } from '@preact/signals';
import { lang } from '../i18n';
import { layerOpacity, styledLayers, visibleLayers, defaultVisibleLayers } from './atlasState';
import { basemap } from './basemap';
import { atlasIndex, selectedId } from './selection';
import { activeTab, PANEL_TABS, pushNotice, type PanelTab } from './ui';
import type { MapView } from '../lib/mapView';
import { decode, encode, fieldOfNotice, URL_NOTICE_TEXT, type UrlState } from './urlCodec';
import { bbox } from '@turf/turf';
import { fitRequest, homeMapView, mapView } from './view';
import { activeStory } from './presenter';
import { closeReader, openReader, readerAt } from './reader';
import { SEEDS } from '../config/seeds';
import { timelineYear } from './planViews';
import { hideVariants, showVariantsOfReading, shownVariants } from './variants';
import { FIRST_YEAR } from '../data/timeline';
import { projectsVisible, selectedProjectId, setProjectsVisible } from './projects';
import { selectProject } from './goTo';
import { fromLinkLayers, linkLayerAliases, linkLayerIds, toLinkLayers } from './projectLinkLayer';


/**
 * The defaults a link is read and written against. A link that names a feature or a project opens its record
 * (`p=info` is implied, so a hand-made or old `#f=…` link shows what it names, not the layer list); a link that
 * names one with another panel open says which.
 */
function defaults(names = false): UrlState {
  return {
    view: homeMapView.peek(),
    layers: [...defaultVisibleLayers(styledLayers.peek())],
    opacity: {},
    lang: 'zh',
    basemap: 'offline',
    panel: names ? 'info' : 'layers',
    year: FIRST_YEAR,
  };
}

/** Layer id → its short names in links, from the manifest (the zone-file headers' `aliases`), and the 项目 layer's. */
const layerAliases = (): Record<string, readonly string[]> =>
  linkLayerAliases(Object.fromEntries(styledLayers.peek().flatMap(({ info }) => (info.aliases?.length ? [[info.id, info.aliases]] : []))));

/** Plan documents by their number in links (`000` → the seed file). */
const PLAN_FILES = new Map(Object.keys(SEEDS).map((file) => [file.slice(0, 3), file]));

function readerLines(): UrlState['reader'] {
  const at = readerAt.value;
  return at ? { doc: at.file.slice(0, 3), from: at.from, to: at.to } : undefined;
}

function current(): UrlState {
  return {
    view: mapView.value,
    layers: toLinkLayers(
      styledLayers.value.map((l) => l.info.id).filter((id) => visibleLayers.value.has(id)),
      projectsVisible.value,
    ),
    opacity: layerOpacity.value,
    selected: selectedId.value ?? undefined,
    lang: lang.value,
    basemap: basemap.value,
    panel: activeTab.value,
    story: activeStory.value ?? undefined,
    reader: readerLines(),
    year: timelineYear.value,
    variant: shownVariants.value?.variantId ?? undefined,
    project: selectedProjectId.value ?? undefined,
  };
}

/**
 * Applies a hash. On first load unusable fields fall back to the defaults; when
 * the user edits the hash later, they keep what the user already had instead.
 */
function apply(hash: string, applyView: (view: MapView) => void, keepOnError: boolean): void {
  const layerIds = linkLayerIds(styledLayers.peek().map((l) => l.info.id));
  const featureIds = atlasIndex.peek()?.byId.keys() ?? [];
  const names = /(^|[#&])(f|pj)=[^&]/.test(hash);
  const decoded = decode(hash, defaults(names), layerIds, featureIds, { layerAliases: layerAliases(), knownPanels: PANEL_TABS, knownPlanDocs: [...PLAN_FILES.keys()] });
  const { notices } = decoded;
  let state = decoded.state;
  // It names nothing that exists after all (an unknown id, with its notice): the layer list, as for any link.
  if (names && !state.selected && !state.project && !/(^|[#&])p=/.test(hash)) state = { ...state, panel: 'layers' };
  if (keepOnError && notices.length) {
    const had = current();
    const unreadable = notices.includes('urlIgnoredHash') || notices.includes('urlIgnoredVersion');
    state = unreadable ? had : { ...state };
    if (!unreadable) for (const key of notices) {
      const field = fieldOfNotice(key);
      if (field) (state as Record<string, unknown>)[field] = had[field];
    }
  }
  // A link without a view (`m=`) opens on what it names: the selected feature, or both boundary readings.
  const linkHasView = /(^|[#&])m=/.test(hash);
  const selected = state.selected ? atlasIndex.peek()?.byId.get(state.selected) : undefined;
  if (selected && !linkHasView) fitRequest.value = bbox(selected.feature) as [number, number, number, number];
  else if (state.view) applyView(state.view);
  const { planLayers, projectsOn } = fromLinkLayers(state.layers);
  visibleLayers.value = new Set(planLayers);
  // The 项目 layer is listed in `l=` too (its data loads when it is on); a link without it has it off.
  if (projectsOn !== projectsVisible.peek()) setProjectsVisible(projectsOn);
  layerOpacity.value = state.opacity ?? {};
  selectedId.value = state.selected ?? null;
  lang.value = state.lang ?? 'zh';
  basemap.value = state.basemap ?? 'offline';
  activeTab.value = (state.panel as PanelTab | undefined) ?? 'layers';
  // Before the story: a step with a year sets the timeline to it as soon as it is shown.
  timelineYear.value = state.year ?? FIRST_YEAR;
  // Stories load after the atlas, so their ids are checked by the presenter, not here.
  activeStory.value = state.story ?? null;
  if (state.variant) {
    void showVariantsOfReading(state.variant, { fit: !linkHasView }).then((shown) => shown || pushNotice('error', URL_NOTICE_TEXT.urlIgnoredVariant));
  } else if (shownVariants.peek()) hideVariants();
  // The projects load now, for a link that names one: its record opens (and the map goes to it) once they are here.
  if (state.project) {
    const id = state.project;
    void selectProject(id, { fly: !linkHasView, tab: null }).then((found) => found || pushNotice('error', URL_NOTICE_TEXT.urlIgnoredProject));
  } else if (selectedProjectId.peek()) selectedProjectId.value = null;
  const reader = state.reader;
  if (reader) openReader({ file: PLAN_FILES.get(reader.doc)!, from: reader.from, to: reader.to });
  else if (readerAt.peek()) closeReader();
  for (const key of notices) pushNotice('error', URL_NOTICE_TEXT[key]);
}

/** Starts syncing; returns a function that stops it. Call once the atlas is loaded. */
export function startUrlSync(applyView: (view: MapView) => void): () => void {
  let writing = false;
  apply(location.hash, applyView, false);
  // The hash the user went to, from the event: by the time it is handled the app may already have
  // written its own state over location.hash (a map move settling), which would undo the user's edit.
  const onHashChange = (event: HashChangeEvent) => {
    if (!writing) apply(new URL(event.newURL).hash, applyView, true);
  };
  window.addEventListener('hashchange', onHashChange);
  const stop = effect(() => {
    const state = current();
    const hash = encode(state, defaults(Boolean(state.selected || state.project)), { layerAliases: layerAliases() });
    const url = `${location.pathname}${location.search}${hash ? `#${hash}` : ''}`;
    writing = true;
    history.replaceState(history.state, '', url);
    writing = false;
  });
  return () => {
    stop();
    window.removeEventListener('hashchange', onHashChange);
  };
}
