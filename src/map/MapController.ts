/**
 * The one module that talks to maplibre-gl. UI components hand it data and
 * intents; it owns the map instance, its sources and layers, and reports back
 * through callbacks. Nothing else imports maplibre-gl at runtime.
 */
import * as maplibregl from 'maplibre-gl';
import type { LayerSpecification, Map as MlMap, SourceSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { OnlineBasemap } from '../config/basemaps';
import type { MapView } from '../lib/mapView';
import { Spotlight } from './spotlight';
import { baseStyle, labelField, layerSources, layerSpecs, styleLayerIds } from './styleBuilder';
import { FONT_STACK } from '../config/fonts';
import { MAX_BOUNDS, ZOOM_RANGE } from '../config/mapLimits';
import type { Lang } from '../lib/lang';
import { isPlanLevel } from '../data/levels';
import type { OrientationBundle } from '../data/orientation';
import type { AtlasLayer } from '../data/types';
import { orientationLabelLayers, orientationLayerIds, orientationShapeLayers, orientationSources } from './orientationLayers';

maplibregl.setWorkerUrl(workerUrl);

export interface MapCallbacks {
  /** A click or tap on the map; what lies there is answered from the data (state/here.ts), not the renderer. */
  onClick?: (lonLat: [number, number]) => void;
  onViewChange?: (view: MapView) => void;
}

export class MapController {
  readonly map: MlMap;
  private layers = new Map<string, AtlasLayer>();
  private lang: Lang;
  private selectedId: string | null = null;
  private highlighter: Spotlight | null = null;
  private hereMarker: maplibregl.Marker | null = null;
  private attribution: maplibregl.AttributionControl | null = null;
  /** Each atlas layer's opacity as last set, to restyle it when the basemap changes. */
  private opacities = new Map<string, number>();
  private overBasemap = false;

  constructor(container: HTMLElement, options: { lang: Lang; view: MapView; attribution: string; callbacks?: MapCallbacks }) {
    this.lang = options.lang;
    const view = options.view;
    this.map = new maplibregl.Map({
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
    this.map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.setAttribution(options.attribution);

    const cb = options.callbacks ?? {};
    this.map.on('idle', () => container.setAttribute('data-map-idle', 'true'));
    // Anything new to draw (a move, a source added) clears the flag until the next idle.
    for (const event of ['movestart', 'dataloading', 'styledataloading'] as const) {
      this.map.on(event, () => container.setAttribute('data-map-idle', 'false'));
    }
    this.map.on('moveend', () => cb.onViewChange?.(this.view()));
    this.map.on('click', (e) => cb.onClick?.([e.lngLat.lng, e.lngLat.lat]));
  }

  view(): MapView {
    const c = this.map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: this.map.getZoom(), bearing: this.map.getBearing() };
  }

  /** Adds atlas layers in draw order; layers already present are left alone. */
  setLayers(layers: AtlasLayer[], visible: (id: string) => boolean, opacity: (id: string) => number): void {
    const ordered = [...layers].sort((a, b) => a.info.style.order - b.info.style.order);
    for (const layer of ordered) {
      if (this.layers.has(layer.info.id)) continue;
      this.layers.set(layer.info.id, layer);
      this.opacities.set(layer.info.id, opacity(layer.info.id));
      this.addBuilt(layerSources(layer), layerSpecs(layer, this.lang, opacity(layer.info.id), visible(layer.info.id), this.overBasemap));
    }
    this.stackOrientation();
    this.raiseLabels();
  }

  /**
   * Adds the sources and layers the style builders made, without MapLibre's check on each call: that check
   * serializes the whole style every time, so adding the atlas's 150-odd layers one by one cost time growing
   * with the square of their number (about 1.5 s of a throttled phone's first load). The builders' output is
   * checked against the style specification in their unit tests (styleSpec.test.ts) instead. Callers then move
   * layers with map.moveLayer (stackOrientation, raiseLabels), which has the map apply the new style.
   */
  private addBuilt(sources: Record<string, SourceSpecification>, layers: LayerSpecification[]): void {
    for (const [id, spec] of Object.entries(sources)) this.map.style.addSource(id, spec, { validate: false });
    for (const spec of layers) this.map.style.addLayer(spec, undefined, { validate: false });
  }

  /** Names above every shape: orientation names first, plan names on top, so no shape covers a name. */
  private raiseLabels(): void {
    for (const id of orientationLayerIds().filter((l) => l.endsWith(':label'))) {
      if (this.map.getLayer(id)) this.map.moveLayer(id);
    }
    for (const layer of this.layers.values()) {
      const label = `${layer.info.id}:label`;
      if (this.map.getLayer(label)) this.map.moveLayer(label);
    }
  }

  setVisible(layerId: string, visible: boolean): void {
    const layer = this.layers.get(layerId);
    if (!layer) return;
    for (const id of styleLayerIds(layer.info)) {
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    }
  }

  setOpacity(layerId: string, opacity: number): void {
    const layer = this.layers.get(layerId);
    if (!layer) return;
    this.opacities.set(layerId, opacity);
    for (const spec of layerSpecs(layer, this.lang, opacity, true, this.overBasemap)) {
      for (const [key, value] of Object.entries(spec.paint ?? {})) this.map.setPaintProperty(spec.id, key as never, value as never);
    }
  }

  /**
   * The orientation layer (metro, roads, landmarks): shapes under every plan layer, names above
   * the plan shapes and under the plan names. Added once.
   */
  setOrientation(bundle: OrientationBundle, visible: boolean): void {
    if (this.map.getLayer('orient:roads:line')) return;
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
    const firstPlan = this.map
      .getStyle()
      .layers.find((l) => l.id !== 'background' && l.id !== 'online-basemap' && !l.id.startsWith('orient:') && !districts.has(l.id) && !isBand(l.id))?.id;
    for (const spec of orientationShapeLayers(true)) {
      if (this.map.getLayer(spec.id)) this.map.moveLayer(spec.id, firstPlan);
    }
    const layers = this.map.getStyle().layers;
    const underDistrictLines = layers.find((l) => districts.has(l.id) && l.type === 'line')?.id ?? layers.find((l) => l.id.startsWith('orient:') || l.id === firstPlan)?.id;
    for (const l of layers) if (isBand(l.id)) this.map.moveLayer(l.id, underDistrictLines);
  }

  setOrientationVisible(visible: boolean): void {
    for (const id of orientationLayerIds()) {
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    }
  }

  setLanguage(lang: Lang): void {
    this.lang = lang;
    for (const id of orientationLayerIds().filter((l) => l.endsWith(':label'))) {
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'text-field', labelField(lang));
    }
    for (const layer of this.layers.values()) {
      const id = `${layer.info.id}:label`;
      if (this.map.getLayer(id)) this.map.setLayoutProperty(id, 'text-field', labelField(lang));
    }
  }

  /**
   * Lights these features and dims the other plan features (districts stay as context);
   * an empty list clears. Used by the timeline's year; presenter mode keeps its own.
   */
  highlight(ids: string[]): void {
    this.highlighter ??= new Spotlight(this.map);
    const layers = [...this.layers.values()].map((l) => ({ id: l.info.id, featureIds: l.data.features.map((f) => f.properties.id), dimmable: isPlanLevel(l.info.level) }));
    this.highlighter.set(layers, ids);
  }

  /** Marks one feature as selected (feature-state), clearing the previous one. */
  select(layerId: string | null, featureId: string | null): void {
    if (this.selectedId) {
      for (const layer of this.layers.keys()) this.map.removeFeatureState({ source: `src:${layer}`, id: this.selectedId }, 'selected');
    }
    this.selectedId = featureId;
    if (layerId && featureId && this.layers.has(layerId)) {
      this.map.setFeatureState({ source: `src:${layerId}`, id: featureId }, { selected: true });
    }
  }

  fitBounds(bbox: [number, number, number, number], maxZoom = 15): void {
    this.map.fitBounds(
      [
        [bbox[0], bbox[1]],
        [bbox[2], bbox[3]],
      ],
      { padding: 60, maxZoom, duration: 600 },
    );
  }

  flyTo(view: Partial<MapView>, duration = 800): void {
    this.map.easeTo({ center: view.lon !== undefined && view.lat !== undefined ? [view.lon, view.lat] : undefined, zoom: view.zoom, bearing: view.bearing, duration });
  }

  /**
   * Shows or hides the opt-in online raster basemap, just above the background.
   * Its tiles are WGS-84 Web Mercator, so no datum shift is needed. Over it the districts' paper thins to a veil
   * and the uncertainty bands turn translucent, so the streets show through (styleBuilder.ts, edgeLayers.ts).
   */
  setOnlineBasemap(basemap: OnlineBasemap | null): void {
    const id = 'online-basemap';
    this.setOverBasemap(basemap !== null);
    if (!basemap) {
      if (this.map.getLayer(id)) this.map.removeLayer(id);
      if (this.map.getSource(id)) this.map.removeSource(id);
      return;
    }
    if (this.map.getSource(id)) return;
    this.map.addSource(id, { type: 'raster', tiles: basemap.tiles, tileSize: basemap.tileSize, maxzoom: basemap.maxzoom, attribution: basemap.attribution });
    const firstAtlasLayer = this.map.getStyle().layers.find((l) => l.id !== 'background')?.id;
    this.map.addLayer({ id, type: 'raster', source: id, paint: { 'raster-opacity': 0.85 } }, firstAtlasLayer);
  }

  private setOverBasemap(over: boolean): void {
    if (over === this.overBasemap) return;
    this.overBasemap = over;
    for (const [layerId, opacity] of this.opacities) this.setOpacity(layerId, opacity);
  }

  /** The sources note in the map corner, in the UI language. */
  setAttribution(text: string): void {
    if (this.attribution) this.map.removeControl(this.attribution);
    this.attribution = new maplibregl.AttributionControl({ compact: true, customAttribution: text });
    this.map.addControl(this.attribution, 'bottom-right');
  }

  /** Keeps the map's centre in the visible part when a bottom sheet covers the lower screen. */
  setBottomInset(px: number): void {
    const apply = () => this.map.setPadding({ top: 0, left: 0, right: 0, bottom: px });
    // Changing the padding mid-flight would stop a camera move (a search pick raising the sheet).
    if (this.map.isMoving()) this.map.once('moveend', apply);
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
    this.hereMarker.setLngLat(lonLat).addTo(this.map);
  }

  destroy(): void {
    this.map.remove();
  }
}
