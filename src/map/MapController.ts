/**
 * The map's one owner. The MapLibre instance is private to this class: the other map/ modules (bindings, the
 * presenter session, analysis overlays, export) reach the map through its narrow methods, and ui/ never imports
 * it (lint:deps). It is also the only writer of feature-state (applyFeatureStates, from the pure composition in
 * featureStates.ts; a unit test greps for other writers) and the only listener for map clicks: one router hands
 * each click to the handler registered for the current mode (state/mode.ts).
 *
 * Extending the map: a new drawing (a projects layer, a sketch) adds its layer specs to overlayLayers.ts and is
 * fed through setOverlay by a binding in map/ (see mountMap.ts); a state it styles by goes into featureStates.ts;
 * a new mode registers its click handler with onClick. The read-only test handle `window.__atlasMap` is the e2e
 * suite's view of the instance: tests read from it (and move the camera), the app never uses it.
 */
import * as maplibregl from 'maplibre-gl';
import type { FilterSpecification, GeoJSONSource, LayerSpecification, Map as MlMap, PaddingOptions, SourceSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { OnlineBasemap } from '../config/basemaps';
import type { MapView } from '../lib/mapView';
import { featureKey, featureStateChanges, type FeatureStates } from './featureStates';
import { lockCamera } from './cameraLock';
import { applyProjectorTheme } from './projectorTheme';
import { MeasureTool } from './MeasureTool';
import { DrawSession, type DrawCallbacks } from './drawSession';
import { OverlayLayers, type OverlayName } from './overlayLayers';
import { captureMap, snapshotOf, type MapSnapshot } from './snapshot';
import { mapMode, type MapModeKind } from '../state/mode';
import type { FeatureCollection } from 'geojson';
import { baseStyle, labelField, labelPriority, layerSources, layerSpecs, styleLayerIds } from './styleBuilder';
import { FONT_STACK } from '../config/fonts';
import { MAX_BOUNDS, ZOOM_RANGE } from '../config/mapLimits';
import type { Lang } from '../lib/lang';
import { isPlanLevel } from '../data/levels';
import type { OrientationBundle } from '../data/orientation';
import type { AtlasLayer } from '../data/types';
import { ORIENTATION_LANDMARK_LABEL, orientationLabelLayers, orientationLayerIds, orientationShapeLayers, orientationSources } from './orientationLayers';
import type { ProjectCollection } from '../data/projects';
import { PROJECT_BAND_LAYER_IDS, PROJECT_LABEL_LAYER_IDS, PROJECT_LAYER_IDS, PROJECT_SOURCE, projectLayerSpecs, projectSources, projectZoomFilters } from './projectLayers';
import { projectsUnderTap, type DrawnHit } from './projectHits';
import { STEP_LABEL_LAYERS, STEP_LABEL_SOURCE, stepLabelSpecs, type StepLabelCollection } from './stepLabels';

maplibregl.setWorkerUrl(workerUrl);

/** The source and layer id of the opt-in online basemap. */
const ONLINE_BASEMAP = 'online-basemap';

export interface MapCallbacks {
  onViewChange?: (view: MapView) => void;
  /** The online basemap's tiles could not be fetched (no network, or the tile server refused). */
  onBasemapError?: () => void;
  /** The camera starts to move (a drag, a zoom, a flight): what stood at a pixel of the map stands there no more. */
  onMoveStart?: () => void;
}

/** A click or tap on the map: where (WGS-84) and at which pixel of the map. */
export interface MapClick {
  lonLat: [number, number];
  point: { x: number; y: number };
}

/** A camera for a step or a saved view, in MapLibre's terms without its types. */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
  padding?: PaddingOptions;
}

export class MapController {
  readonly #map: MlMap;
  private layers = new Map<string, AtlasLayer>();
  private lang: Lang;
  /** The feature-states asked for last, and those the map holds (a source not on the map yet holds none). */
  private wantedStates: FeatureStates = new Map();
  private shownStates: FeatureStates = new Map();
  private clickHandlers = new Map<MapModeKind, (click: MapClick) => void>();
  private overlays: OverlayLayers | null = null;
  private hereMarker: maplibregl.Marker | null = null;
  private attribution: maplibregl.AttributionControl | null = null;
  private controlGroup: HTMLElement | null = null;
  private controlButtons = new Map<string, HTMLButtonElement>();
  /** Each atlas layer's opacity as last set, to restyle it when the basemap changes. */
  private opacities = new Map<string, number>();
  private overBasemap = false;
  /** While the projector theme is on: applies it to style layers added since (kept undoable with the rest). */
  private themeNewLayers: ((ids: ReadonlySet<string>) => void) | null = null;
  /** While the projector theme is on: what undoes it so far (a print is drawn without it, then it is put back). */
  private themeUndo: (() => void)[] | null = null;
  /** Atlas layers shown now (for the labels of shapes drawn in two layers: LabelProperties.twinLayer). */
  private shown = new Set<string>();
  /** Features a story step names in its own label layer (stepLabels.ts): their layers' labels leave them out. */
  private stepNamed = new Set<string>();
  /** Each atlas label layer's own filter, and the filter it has now (to write only changes). */
  private labelFilters = new Map<string, { base: FilterSpecification | undefined; now: string }>();

  constructor(container: HTMLElement, options: { lang: Lang; view: MapView; attribution: string; callbacks?: MapCallbacks }) {
    this.lang = options.lang;
    const view = options.view;
    const map = new maplibregl.Map({
      container,
      style: baseStyle(),
      center: [view.lon, view.lat],
      zoom: view.zoom,
      bearing: view.bearing ?? 0,
      maxBounds: MAX_BOUNDS,
      minZoom: ZOOM_RANGE[0],
      maxZoom: ZOOM_RANGE[1],
      attributionControl: false,
      localIdeographFontFamily: FONT_STACK.join(', '),
      // Lets PNG export read the canvas; the cost is small for a map this size.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // PNG export draws at up to 3× a full-HD map; MapLibre's default cap is 4096 px.
      maxCanvasSize: [8192, 8192],
    });
    this.#map = map;
    (window as unknown as { __atlasMap?: MlMap }).__atlasMap = map; // the e2e suite's read-only handle (see above)
    this.#map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
    this.#map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.setAttribution(options.attribution);

    const cb = options.callbacks ?? {};
    this.#map.on('idle', () => container.setAttribute('data-map-idle', 'true'));
    // Anything new to draw (a move, a source added) clears the flag until the next idle.
    for (const event of ['movestart', 'dataloading', 'styledataloading'] as const) {
      this.#map.on(event, () => container.setAttribute('data-map-idle', 'false'));
    }
    this.#map.on('moveend', () => cb.onViewChange?.(this.view()));
    this.#map.on('movestart', () => cb.onMoveStart?.());
    // An error event nobody handles MapLibre writes to the console. The online basemap's tiles fail whenever the
    // network does (it may be switched on offline): that is the user's to know, not a fault. Anything else is.
    this.#map.on('error', (e: { error?: unknown; sourceId?: string }) => {
      if (e.sourceId === ONLINE_BASEMAP) cb.onBasemapError?.();
      else console.error(e.error);
    });
    // The one click router: the current mode's handler gets the click, no other code listens for clicks.
    this.#map.on('click', (e) => this.clickHandlers.get(mapMode.peek().kind)?.({ lonLat: [e.lngLat.lng, e.lngLat.lat], point: { x: e.point.x, y: e.point.y } }));
  }

  /** Runs `fn` once the style has loaded (at once if it has). */
  whenLoaded(fn: () => void): void {
    if (this.#map.loaded()) fn();
    else this.#map.once('load', fn);
  }

  /** Runs `fn` at the next time the map has drawn everything. */
  onceIdle(fn: () => void): void {
    this.#map.once('idle', fn);
  }

  /** Clicks in `mode` go to `handler` (one per mode); returns the function that removes it. */
  onClick(mode: MapModeKind, handler: (click: MapClick) => void): () => void {
    this.clickHandlers.set(mode, handler);
    return () => {
      if (this.clickHandlers.get(mode) === handler) this.clickHandlers.delete(mode);
    };
  }

  /** The id of the plan feature drawn at this pixel (topmost), or null: districts and overlays are not plan features. */
  planFeatureAt(point: { x: number; y: number }): string | null {
    const plan = new Set([...this.layers.values()].filter((l) => isPlanLevel(l.info.level)).map((l) => l.info.id));
    const hit = this.#map.queryRenderedFeatures([point.x, point.y]).find((f) => f.properties?.id && plan.has(String(f.layer.id).split(':')[0]));
    return hit ? String(hit.properties.id) : null;
  }

  /**
   * Makes the map's feature-states those given (composed by featureStates.ts), writing only the features whose
   * state changed. A source not on the map yet (a layer still to come, the sites overlay before any import) gets
   * its states when it is added.
   */
  applyFeatureStates(next: FeatureStates): void {
    this.wantedStates = next;
    this.syncFeatureStates();
  }

  private syncFeatureStates(): void {
    const held = new Map(this.wantedStates);
    for (const { source, id, state } of featureStateChanges(this.shownStates, this.wantedStates)) {
      if (this.#map.getSource(source)) this.#map.setFeatureState({ source, id }, state);
      else held.delete(featureKey(source, id));
    }
    this.shownStates = held;
  }

  /**
   * The 项目 layer: its source and style layers are added the first time its data is given (above the plan
   * shapes, under the plan names), then it is shown or hidden.
   */
  setProjects(projects: ProjectCollection | null, visible: boolean, shownAtEveryZoom: readonly string[] = []): void {
    if (projects && !this.#map.getSource(PROJECT_SOURCE)) {
      this.addBuilt(projectSources(projects), projectLayerSpecs(this.lang, visible));
      this.raiseLabels();
    }
    for (const id of PROJECT_LAYER_IDS) {
      if (this.#map.getLayer(id)) this.#map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    }
    // Lit and selected projects are drawn at every zoom, past the city-zoom thinning.
    for (const [id, filter] of projectZoomFilters(shownAtEveryZoom)) if (this.#map.getLayer(id)) this.#map.setFilter(id, filter, { validate: false });
  }

  /**
   * Every project drawn at or within a finger's width (12 px) of this pixel, nearest first, once each
   * (projectHits.ts): one id for a tap on one project, several where projects share the spot or the road.
   */
  projectsAt(point: { x: number; y: number }, radiusPx = 12): string[] {
    const layers = PROJECT_LAYER_IDS.filter((id) => !PROJECT_BAND_LAYER_IDS.includes(id) && this.#map.getLayer(id) && this.#map.getLayoutProperty(id, 'visibility') !== 'none');
    if (!layers.length) return [];
    const found = this.#map.queryRenderedFeatures(
      [
        [point.x - radiusPx, point.y - radiusPx],
        [point.x + radiusPx, point.y + radiusPx],
      ],
      { layers },
    );
    const px = (c: number[]): [number, number] => {
      const p = this.#map.project(c as [number, number]);
      return [p.x, p.y];
    };
    const hits: DrawnHit[] = found.flatMap((f) => {
      if (!f.properties?.id) return [];
      const g = f.geometry;
      const pixels = g.type === 'Point' ? [[px(g.coordinates)]] : g.type === 'LineString' ? [g.coordinates.map(px)] : g.type === 'MultiLineString' ? g.coordinates.map((run) => run.map(px)) : [];
      return [{ id: String(f.properties.id), pixels }];
    });
    return projectsUnderTap(hits, [point.x, point.y]);
  }

  /** Draws one overlay (null: empty); the overlays' sources and layers are added on first use. */
  setOverlay(name: OverlayName, data: FeatureCollection | null): void {
    this.overlays ??= new OverlayLayers(this.#map, this.namesOnTop());
    const before = this.themeNewLayers && new Set(this.#map.getLayersOrder());
    this.overlays.set(name, data);
    const added = before ? this.#map.getLayersOrder().filter((id) => !before.has(id)) : [];
    if (added.length) this.themeNewLayers?.(new Set(added));
    this.syncFeatureStates();
  }

  /**
   * The measure tool on this map: clicks in measure mode place points, its vertices can be dragged.
   * Returns the tool (setActive follows the measure mode) and the function that detaches it.
   */
  attachMeasureTool(onPoint: (lonLat: [number, number]) => void, onMove: (index: number, lonLat: [number, number]) => void): { tool: MeasureTool; detach: () => void } {
    const tool = new MeasureTool(this.#map, onPoint, onMove);
    const off = this.onClick('measure', (click) => tool.click(click.lonLat));
    return {
      tool,
      detach: () => {
        tool.setActive(false);
        off();
      },
    };
  }

  /**
   * The drawing tool on this map (draw mode): Terra Draw, loaded the first time it is opened, takes the map's
   * pointer for drawing and editing (the click router hands the draw mode nothing). Close the session to end it.
   */
  openDrawing(callbacks: DrawCallbacks): Promise<DrawSession> {
    return DrawSession.open(this.#map, callbacks);
  }

  /** Holds the camera still (presenting); returns the function that frees it. */
  lockCamera(): () => void {
    return lockCamera(this.#map);
  }

  /** Draws the atlas for a projector (presenting); returns the function that puts the style back. */
  applyProjectorTheme(): () => void {
    const undo = [applyProjectorTheme(this.#map, new Set(this.layers.keys()))];
    this.themeUndo = undo;
    // Overlays are added when first used (a board's two readings asked for by a link while presenting): themed too.
    this.themeNewLayers = (ids) => undo.push(applyProjectorTheme(this.#map, new Set(this.layers.keys()), ids));
    return () => {
      this.themeNewLayers = null;
      this.themeUndo = null;
      undo.splice(0).forEach((u) => u());
    };
  }

  /**
   * The names a story step shows (stepLabels.ts), above every other name; null: none. The layers' own labels
   * leave those features out meanwhile, so nothing is named twice.
   */
  setStepLabels(points: StepLabelCollection | null): void {
    (this.#map.getSource(STEP_LABEL_SOURCE) as GeoJSONSource | undefined)?.setData(points ?? { type: 'FeatureCollection', features: [] });
    this.stepNamed = new Set(points?.features.map((f) => f.properties.id) ?? []);
    this.syncLabelFilters();
  }

  /**
   * Each label layer's filter: its own, less the features named elsewhere now (by the story step, or by the twin
   * that shares their shape and name while the twin's layer is shown).
   */
  private syncLabelFilters(): void {
    for (const [layerId, layer] of this.layers) {
      const label = `${layerId}:label`;
      const entry = this.labelFilters.get(label);
      if (!entry || !this.#map.getLayer(label)) continue;
      const twins = layer.labels?.features.filter((f) => f.properties.twinLayer && this.shown.has(f.properties.twinLayer)).map((f) => f.properties.id) ?? [];
      const hidden = [...twins, ...layer.data.features.map((f) => f.properties.id).filter((id) => this.stepNamed.has(id))];
      const filter: FilterSpecification | undefined = hidden.length
        ? (['all', ...(entry.base ? [entry.base] : []), ['!', ['in', ['get', 'id'], ['literal', hidden]]]] as FilterSpecification)
        : entry.base;
      const now = JSON.stringify(filter ?? null);
      if (now === entry.now) continue;
      entry.now = now;
      this.#map.setFilter(label, filter ?? null, { validate: false });
    }
  }

  padding(): PaddingOptions {
    return this.#map.getPadding();
  }

  setPadding(padding: PaddingOptions): void {
    this.#map.setPadding(padding);
  }

  /** The map's size in CSS pixels, after making sure the map knows it (the chrome around it may just have changed). */
  measureSize(): { width: number; height: number } {
    this.#map.resize();
    const container = this.#map.getContainer();
    return { width: container.clientWidth, height: container.clientHeight };
  }

  /** Moves the camera at once, or as a flight (a story step's camera). */
  moveCamera(camera: Camera, how: { instant: boolean }): void {
    if (how.instant) this.#map.jumpTo(camera);
    else this.#map.flyTo({ ...camera, speed: 1.4, maxDuration: 2200, essential: true });
  }

  /** What a print frame needs of the view: the visible map's size (minus padding), zoom limits and centre. */
  printView(): { width: number; height: number; zoom: number; minZoom: number; centerLat: number } {
    const container = this.#map.getContainer();
    const { top = 0, bottom = 0, left = 0, right = 0 } = this.#map.getPadding();
    return {
      width: container.clientWidth - left - right,
      height: container.clientHeight - top - bottom,
      zoom: this.#map.getZoom(),
      minZoom: this.#map.getMinZoom(),
      centerLat: this.#map.getCenter().lat,
    };
  }

  /**
   * A redrawn copy of the map (see snapshot.ts). A print (a paper's frame, `size`) is drawn for paper, not for a
   * projector: without the presenter's projector theme, whose 24 px names would crowd an A4 frame.
   */
  async capture(options: Parameters<typeof captureMap>[1]): Promise<MapSnapshot> {
    const theme = this.themeUndo;
    if (!options.size || !theme) return captureMap(this.#map, options);
    theme.splice(0).forEach((u) => u());
    try {
      return await captureMap(this.#map, options);
    } finally {
      theme.push(applyProjectorTheme(this.#map, new Set(this.layers.keys())));
    }
  }

  /** The map as drawn now, no redraw. */
  snapshotNow(): MapSnapshot {
    return snapshotOf(this.#map);
  }

  view(): MapView {
    const c = this.#map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: this.#map.getZoom(), bearing: this.#map.getBearing() };
  }

  /** Adds atlas layers in draw order; layers already present are left alone. */
  setLayers(layers: AtlasLayer[], visible: (id: string) => boolean, opacity: (id: string) => number): void {
    const ordered = [...layers].sort((a, b) => a.info.style.order - b.info.style.order);
    for (const layer of ordered) {
      if (this.layers.has(layer.info.id)) continue;
      this.layers.set(layer.info.id, layer);
      this.opacities.set(layer.info.id, opacity(layer.info.id));
      if (visible(layer.info.id)) this.shown.add(layer.info.id);
      const specs = layerSpecs(layer, this.lang, opacity(layer.info.id), visible(layer.info.id), this.overBasemap);
      const label = specs.find((spec) => spec.id === `${layer.info.id}:label`);
      if (label) this.labelFilters.set(label.id, { base: 'filter' in label ? label.filter : undefined, now: JSON.stringify(('filter' in label && label.filter) || null) });
      this.addBuilt(layerSources(layer), specs);
    }
    if (layers.length && !this.#map.getSource(STEP_LABEL_SOURCE)) {
      this.addBuilt({ [STEP_LABEL_SOURCE]: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } }, stepLabelSpecs(this.lang));
    }
    this.syncLabelFilters();
    this.stackOrientation();
    this.raiseLabels();
    this.syncFeatureStates();
  }

  /**
   * Adds the sources and layers the style builders made, without MapLibre's check on each call: that check
   * serializes the whole style every time, so adding the atlas's 150-odd layers one by one cost time growing
   * with the square of their number (about 1.5 s of a throttled phone's first load). The builders' output is
   * checked against the style specification in their unit tests (styleSpec.test.ts) instead. Callers then move
   * layers with map.moveLayer (stackOrientation, raiseLabels), which has the map apply the new style.
   */
  private addBuilt(sources: Record<string, SourceSpecification>, layers: LayerSpecification[]): void {
    for (const [id, spec] of Object.entries(sources)) this.#map.style.addSource(id, spec, { validate: false });
    for (const spec of layers) this.#map.style.addLayer(spec, undefined, { validate: false });
  }

  /**
   * Names above every shape, so no shape covers a name. MapLibre places the topmost names first: roads' and
   * stations' names yield to the plan names, the plan names go by priority (styleBuilder.labelPriority), and the
   * landmarks' names (street zoom only, few) win over all: a searched-for landmark is named where it is.
   */
  private raiseLabels(): void {
    const landmarks = ORIENTATION_LANDMARK_LABEL;
    for (const id of orientationLayerIds().filter((l) => l.endsWith(':label') && l !== landmarks)) {
      if (this.#map.getLayer(id)) this.#map.moveLayer(id);
    }
    // The last moved is topmost and placed first: the highest priority goes last.
    const byPriority = [...this.layers.values()].sort((a, b) => labelPriority(b.info) - labelPriority(a.info));
    for (const layer of byPriority) {
      const label = `${layer.info.id}:label`;
      if (this.#map.getLayer(label)) this.#map.moveLayer(label);
    }
    if (this.#map.getLayer(landmarks)) this.#map.moveLayer(landmarks);
    // A story step's names over all: every feature the step shows is named.
    for (const id of STEP_LABEL_LAYERS) if (this.#map.getLayer(id)) this.#map.moveLayer(id);
  }

  /** The names placed before every overlay's (an imported site's name steps aside for a landmark's), top last. */
  private namesOnTop(): string[] {
    return [ORIENTATION_LANDMARK_LABEL, ...STEP_LABEL_LAYERS];
  }

  setVisible(layerId: string, visible: boolean): void {
    const layer = this.layers.get(layerId);
    if (!layer) return;
    if (visible !== this.shown.has(layerId)) {
      if (visible) this.shown.add(layerId);
      else this.shown.delete(layerId);
      this.syncLabelFilters();
    }
    for (const id of styleLayerIds(layer.info)) {
      if (this.#map.getLayer(id)) this.#map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    }
  }

  setOpacity(layerId: string, opacity: number): void {
    const layer = this.layers.get(layerId);
    if (!layer) return;
    this.opacities.set(layerId, opacity);
    for (const spec of layerSpecs(layer, this.lang, opacity, true, this.overBasemap)) {
      for (const [key, value] of Object.entries(spec.paint ?? {})) this.#map.setPaintProperty(spec.id, key as never, value as never);
    }
  }

  /**
   * The orientation layer (metro, roads, landmarks): shapes under every plan layer, names above
   * the plan shapes and under the plan names. Added once.
   */
  setOrientation(bundle: OrientationBundle, visible: boolean): void {
    if (this.#map.getLayer('orient:roads:line')) return;
    this.addBuilt(orientationSources(bundle), [...orientationShapeLayers(visible), ...orientationLabelLayers(this.lang, visible)]);
    this.stackOrientation();
    this.raiseLabels();
  }

  /**
   * Orientation shapes right above the districts' paper-coloured fill (which would hide them) and under every plan
   * area; the plan layers' uncertainty bands (opaque pale tints, edgeLayers.ts) lower still, on the districts' fill
   * under their outlines.
   */
  private stackOrientation(): void {
    const admin = [...this.layers.values()].filter((l) => !isPlanLevel(l.info.level));
    const districts = new Set(admin.flatMap((l) => styleLayerIds(l.info)));
    const isBand = (id: string) => id.endsWith(':band');
    const firstPlan = this.#map
      .getStyle()
      .layers.find((l) => l.id !== 'background' && l.id !== ONLINE_BASEMAP && !l.id.startsWith('orient:') && !districts.has(l.id) && !isBand(l.id))?.id;
    for (const spec of orientationShapeLayers(true)) {
      if (this.#map.getLayer(spec.id)) this.#map.moveLayer(spec.id, firstPlan);
    }
    const layers = this.#map.getStyle().layers;
    const underDistrictLines = layers.find((l) => districts.has(l.id) && l.type === 'line')?.id ?? layers.find((l) => l.id.startsWith('orient:') || l.id === firstPlan)?.id;
    for (const l of layers) if (isBand(l.id)) this.#map.moveLayer(l.id, underDistrictLines);
  }

  setOrientationVisible(visible: boolean): void {
    for (const id of orientationLayerIds()) {
      if (this.#map.getLayer(id)) this.#map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    }
  }

  setLanguage(lang: Lang): void {
    this.lang = lang;
    for (const id of orientationLayerIds().filter((l) => l.endsWith(':label'))) {
      if (this.#map.getLayer(id)) this.#map.setLayoutProperty(id, 'text-field', labelField(lang));
    }
    for (const layer of this.layers.values()) {
      const id = `${layer.info.id}:label`;
      if (this.#map.getLayer(id)) this.#map.setLayoutProperty(id, 'text-field', labelField(lang));
    }
    for (const id of [...PROJECT_LABEL_LAYER_IDS, ...STEP_LABEL_LAYERS]) if (this.#map.getLayer(id)) this.#map.setLayoutProperty(id, 'text-field', labelField(lang));
  }

  fitBounds(bbox: [number, number, number, number], maxZoom = 15): void {
    this.#map.fitBounds(
      [
        [bbox[0], bbox[1]],
        [bbox[2], bbox[3]],
      ],
      { padding: 60, maxZoom, duration: 600 },
    );
  }

  flyTo(view: Partial<MapView>, duration = 800): void {
    this.#map.easeTo({ center: view.lon !== undefined && view.lat !== undefined ? [view.lon, view.lat] : undefined, zoom: view.zoom, bearing: view.bearing, duration });
  }

  /**
   * Shows or hides the opt-in online raster basemap, just above the background.
   * Its tiles are WGS-84 Web Mercator, so no datum shift is needed. Over it the districts' paper thins to a veil
   * and the uncertainty bands turn translucent, so the streets show through (styleBuilder.ts, edgeLayers.ts).
   */
  setOnlineBasemap(basemap: OnlineBasemap | null): void {
    const id = ONLINE_BASEMAP;
    this.setOverBasemap(basemap !== null);
    if (!basemap) {
      if (this.#map.getLayer(id)) this.#map.removeLayer(id);
      if (this.#map.getSource(id)) this.#map.removeSource(id);
      return;
    }
    if (this.#map.getSource(id)) return;
    this.#map.addSource(id, { type: 'raster', tiles: basemap.tiles, tileSize: basemap.tileSize, maxzoom: basemap.maxzoom, attribution: basemap.attribution });
    const firstAtlasLayer = this.#map.getStyle().layers.find((l) => l.id !== 'background')?.id;
    this.#map.addLayer({ id, type: 'raster', source: id, paint: { 'raster-opacity': 0.85 } }, firstAtlasLayer);
  }

  private setOverBasemap(over: boolean): void {
    if (over === this.overBasemap) return;
    this.overBasemap = over;
    for (const [layerId, opacity] of this.opacities) this.setOpacity(layerId, opacity);
  }

  /**
   * The map's own buttons under the zoom buttons (made once, in one group; a later call only relabels one: a
   * language switch): "home" goes back to the whole map, "key" opens the key to the lines.
   */
  private controlButton(name: 'home' | 'key', testId: string): HTMLButtonElement {
    let button = this.controlButtons.get(name);
    if (!button) {
      button = document.createElement('button');
      button.type = 'button';
      button.className = `maplibregl-ctrl-${name}`;
      button.dataset.testid = testId;
      button.innerHTML = '<span class="maplibregl-ctrl-icon" aria-hidden="true"></span>';
      if (!this.controlGroup) {
        const group = document.createElement('div');
        group.className = 'maplibregl-ctrl maplibregl-ctrl-group';
        this.#map.addControl({ onAdd: () => group, onRemove: () => group.remove() }, 'top-right');
        this.controlGroup = group;
      }
      this.controlGroup.append(button);
      this.controlButtons.set(name, button);
    }
    return button;
  }

  /** The "whole map" button, under the zoom buttons. */
  setHomeButton(label: string, onHome: () => void): void {
    const button = this.controlButton('home', 'home-view');
    button.title = label;
    button.setAttribute('aria-label', label);
    button.onclick = onHome;
  }

  /** The button that opens and closes the key to the lines (`controls`: the id of the key it shows). */
  setKeyButton(label: string, open: boolean, controls: string, onToggle: () => void): void {
    const button = this.controlButton('key', 'edge-key-button');
    button.title = label;
    button.setAttribute('aria-label', label);
    button.setAttribute('aria-expanded', String(open));
    button.setAttribute('aria-controls', controls);
    button.onclick = onToggle;
  }

  /** The sources note in the map corner, in the UI language. */
  setAttribution(text: string): void {
    if (this.attribution) this.#map.removeControl(this.attribution);
    this.attribution = new maplibregl.AttributionControl({ compact: true, customAttribution: text });
    this.#map.addControl(this.attribution, 'bottom-right');
    // Folded to its (i) button from the start (MapLibre opens a compact one until the first drag): the sources
    // are one tap away and the strip no longer covers the south of the plans.
    this.#map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  }

  /** Keeps the map's centre in the visible part when a bottom sheet covers the lower screen. */
  setBottomInset(px: number): void {
    const apply = () => this.#map.setPadding({ top: 0, left: 0, right: 0, bottom: px });
    // Changing the padding mid-flight would stop a camera move (a search pick raising the sheet).
    if (this.#map.isMoving()) this.#map.once('moveend', apply);
    else apply();
  }

  /** A pin at the "what is planned here?" point, or none. */
  setHereMarker(lonLat: [number, number] | null): void {
    if (!lonLat) {
      this.hereMarker?.remove();
      this.hereMarker = null;
      return;
    }
    this.hereMarker ??= new maplibregl.Marker({ color: '#b91c1c' });
    this.hereMarker.setLngLat(lonLat).addTo(this.#map);
  }

  destroy(): void {
    const w = window as unknown as { __atlasMap?: MlMap };
    if (w.__atlasMap === this.#map) delete w.__atlasMap;
    this.#map.remove();
  }
}
