/**
 * The map in a page element, kept in step with the app's state: makes the owner (MapController) and binds the
 * signals to it. Every signal → map binding lives here or in a binding started here (variants, analysis overlays),
 * so ui/ only gives the element (ui/MapView.tsx). Returns the function that takes the map down.
 */
import { effect, signal } from '@preact/signals';
import { OSM_RASTER } from '../config/basemaps';
import { lang, t } from '../i18n';
import { layerOpacity, styledLayers, visibleLayers } from '../state/atlasState';
import { basemap, basemapUnreachable } from '../state/basemap';
import { startServiceWorker } from '../state/appUpdate';
import { clickMapAt, tapProjects } from '../state/goTo';
import { ensureProjects, litProjects, projectChoice, projectsDrawn, projectsState, selectedProjectId } from '../state/projects';
import { orientation, orientationVisible } from '../state/orientation';
import { timelineHighlight } from '../state/planViews';
import { currentStep, presenting, spotlight, stepSpotlight } from '../state/presenter';
import { pickedSite } from '../state/analysis';
import { herePoint, selectedId } from '../state/selection';
import { sheetCoverPx, sheetSnap } from '../state/sheet';
import { activeTab, MAP_KEY_ID, mapKeyOpen, toggleMapKey } from '../state/ui';
import { shownVariants } from '../state/variants';
import { cameraRequest, fitRequest, frameFromRects, homeMapView, mapFrame, mapView, requestCamera, startView, type MapFrame } from '../state/view';
import { composeFeatureStates, stateLayersOf } from './featureStates';
import { liveMap } from './liveMap';
import { MapController, type MapClick } from './MapController';
import { presenterClick } from './presenterSession';
import { bindVariantMap } from './variantOverlay';
import { bindDrawing } from './drawBinding';
import { projectStateLayer } from './projectLayers';
import { stepFeatures, stepLabelPoints } from './stepLabels';

/** The analysis overlays load with the Analyze panel's code (its geometry engine), when the panel first opens. */
function bindAnalysisWhenOpened(): () => void {
  let started = false;
  const stop = effect(() => {
    if (started || activeTab.value !== 'analyze') return;
    started = true;
    void import('./analysisOverlays').then((m) => m.bindAnalysisMap());
  });
  return stop;
}

/** The panel beside or over the map (ui/Sidebar.tsx: beside it on desktops, a bottom sheet over it on phones). */
const panelElement = () => document.getElementById('sidebar');

/** The map's frame as the page lays it out now: its size and the part a bottom sheet covers. */
function measureFrame(container: HTMLElement): MapFrame {
  return frameFromRects(container.getBoundingClientRect(), panelElement()?.getBoundingClientRect() ?? null);
}

export function mountMap(container: HTMLElement): () => void {
  const controller = new MapController(container, {
    lang: lang.peek(),
    view: startView(measureFrame(container)),
    attribution: t('attribution'),
    callbacks: {
      onViewChange: (view) => (mapView.value = view),
      onBasemapError: basemapUnreachable,
      // A choice of projects stands at the tap's pixel: the map moved, it is put away.
      onMoveStart: () => (projectChoice.value = null),
    },
  });
  // Clicks by mode (state/mode.ts); measure clicks are the measure tool's (analysisOverlays.ts).
  // Browsing, a tap on a project opens its record (where several overlap, a choice of them); anywhere else asks
  // what is planned there.
  const browse = (click: MapClick) => {
    const projects = controller.projectsAt(click.point);
    if (projects.length) tapProjects(projects, click.point);
    else clickMapAt(click.lonLat);
  };
  // A new window size (a phone turned, a window dragged) is measured again once it settles; the sheet raised to
  // full height is not a resting frame, so it is measured when it comes down.
  let resizing = 0;
  const onResize = () => {
    cancelAnimationFrame(resizing);
    resizing = requestAnimationFrame(() => {
      if (sheetSnap.peek() !== 'full') mapFrame.value = measureFrame(container);
    });
  };
  window.addEventListener('resize', onResize);
  const disposers: (() => void)[] = [
    controller.onClick('browse', browse),
    controller.onClick('present', (click) => presenterClick(controller, click)),
    () => window.removeEventListener('resize', onResize),
  ];
  /** Whether the 项目 layer's data is on the map (it loads on first use). */
  const projectsOnMap = signal(false);
  // Layers start at the opacity they were added with (setLayers reads layerOpacity).
  let applied: Record<string, number> = { ...layerOpacity.peek() };
  controller.whenLoaded(() => {
    disposers.push(
      // Orientation first: it is on the map when the atlas layers make the map live.
      effect(() => {
        const bundle = orientation.value;
        if (bundle) controller.setOrientation(bundle, orientationVisible.peek());
      }),
      effect(() => {
        const layers = styledLayers.value;
        controller.setLayers(layers, (id) => visibleLayers.peek().has(id), (id) => layerOpacity.peek()[id] ?? 1);
        if (layers.length && !container.hasAttribute('data-atlas-ready')) {
          container.setAttribute('data-atlas-ready', 'true');
          liveMap.value = controller;
          disposers.push(bindDrawing(controller));
          controller.onceIdle(() => {
            // Read by `npm run bench`: time from navigation to the first fully drawn atlas.
            performance.mark('atlas:first-idle');
            startServiceWorker(); // precaching starts only now, so it never slows the first map
          });
        }
      }),
      effect(() => {
        const visible = visibleLayers.value;
        for (const l of styledLayers.peek()) controller.setVisible(l.info.id, visible.has(l.info.id));
      }),
      effect(() => {
        // Repaint only layers whose opacity changed; a layer dropped from the record goes back to 1.
        const opacity = layerOpacity.value;
        for (const id of new Set([...Object.keys(applied), ...Object.keys(opacity)])) {
          const value = opacity[id] ?? 1;
          if ((applied[id] ?? 1) !== value) controller.setOpacity(id, value);
        }
        applied = { ...opacity };
      }),
      effect(() => {
        controller.setLanguage(lang.value);
        controller.setAttribution(t('attribution'));
        controller.setHomeButton(t('homeView'), () => {
          // Framed in the map as it is laid out now (the sheet where it rests).
          mapFrame.value = measureFrame(container);
          requestCamera(homeMapView.peek());
        });
      }),
      effect(() => controller.setKeyButton(t('mapKeyButton'), mapKeyOpen.value, MAP_KEY_ID, toggleMapKey)),
      effect(() => controller.setHereMarker(herePoint.value)),
      // A story step names every feature it shows (stepLabels.ts).
      effect(() => {
        const step = presenting.value ? currentStep.value : null;
        controller.setStepLabels(step ? stepLabelPoints(stepFeatures(styledLayers.value, step.layers, stepSpotlight.value), step.labels) : null);
      }),
      // Both readings of a board, asked for by the contradictions list or a link (`vr=`).
      effect(() => {
        if (shownVariants.value) bindVariantMap();
      }),
      bindAnalysisWhenOpened(),
      effect(() => controller.setOrientationVisible(orientationVisible.value)),
      effect(() => {
        // Phones: the panel is a bottom sheet over the map (as the page lays it out, measured with the frame).
        const room = container.parentElement?.parentElement?.clientHeight ?? window.innerHeight;
        controller.setBottomInset(mapFrame.value.panelOver ? sheetCoverPx(sheetSnap.value, room) : 0);
      }),
      effect(() => {
        const request = cameraRequest.value;
        if (request) controller.flyTo(request.view, request.duration);
      }),
      effect(() => {
        const box = fitRequest.value;
        if (box) controller.fitBounds(box);
      }),
      effect(() => controller.setOnlineBasemap(basemap.value === 'online' ? OSM_RASTER : null)),
      // The 项目 layer: its data loads when the layer is switched on or a year is lit, never with the first map;
      // while the timeline or a story step lights a year, the layer shows with that year's projects lit.
      effect(() => {
        const wanted = projectsDrawn.value;
        if (wanted) ensureProjects();
        const loaded = projectsState.value;
        const lit = selectedProjectId.value ? [...litProjects.value, selectedProjectId.value] : litProjects.value;
        controller.setProjects(loaded?.kind === 'ready' ? loaded.value : null, wanted, lit);
        projectsOnMap.value = loaded?.kind === 'ready';
      }),
      // What the map shows of each feature: one composition of the selection, the timeline year, the presenter's
      // spotlight and the picked site, applied as the changes from what the map holds.
      effect(() => {
        // The projects' layer joins the composition once its data is on the map.
        const loaded = projectsState.value;
        const projectLayer = projectsOnMap.value && loaded?.kind === 'ready' ? [projectStateLayer(loaded.value)] : [];
        controller.applyFeatureStates(
          composeFeatureStates({
            layers: [...stateLayersOf(styledLayers.value), ...projectLayer],
            selectedId: selectedId.value,
            timelineLit: timelineHighlight.value,
            presenting: presenting.value,
            presenterSpotlight: spotlight.value,
            pickedSite: pickedSite.value,
            selectedProjectId: selectedProjectId.value,
            litProjects: litProjects.value,
          }),
        );
      }),
    );
  });
  return () => {
    disposers.forEach((d) => d());
    if (liveMap.peek() === controller) liveMap.value = null;
    controller.destroy();
  };
}
