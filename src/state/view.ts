import { computed, signal } from '@preact/signals';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { MapView } from '../lib/mapView';
import { fitBox, homeView, type Bbox } from '../config/region';

/**
 * The map element's size and how much of its bottom a panel lies over (the phone's bottom sheet), px, as the page
 * lays them out: measured by the map binding (src/map/mountMap.ts) when the map is made, when the window changes
 * and when the home view is asked for, so the framing follows the CSS. Before the page is laid out (and in Node),
 * the window.
 */
export interface MapFrame {
  width: number;
  height: number;
  /** The panel lies over the map (a bottom sheet), not beside it. */
  panelOver: boolean;
  /** How much of the map's bottom it hides, px. */
  coveredBottom: number;
}

type Box = Pick<DOMRectReadOnly, 'left' | 'right' | 'top' | 'bottom' | 'width' | 'height'>;

/**
 * The frame from the page's boxes: the map's, and the panel's when there is one. A panel beside the map covers
 * none of it; a bottom sheet hides what lies below its top edge (measure it at rest, not raised to full height).
 */
export function frameFromRects(map: Box, panel: Box | null): MapFrame {
  const panelOver = !!panel && panel.height > 0 && panel.left < map.right && panel.right > map.left && panel.top < map.bottom && panel.bottom > map.top;
  const coveredBottom = panelOver ? Math.min(map.height - 1, Math.max(0, map.bottom - panel.top)) : 0;
  return { width: Math.max(1, map.width), height: Math.max(1, map.height), panelOver, coveredBottom };
}

const windowFrame = (): MapFrame =>
  typeof window === 'undefined'
    ? { width: 1000, height: 700, panelOver: false, coveredBottom: 0 }
    : { width: window.innerWidth, height: window.innerHeight, panelOver: false, coveredBottom: 0 };

export const mapFrame = signal<MapFrame>(windowFrame());

/** The part of the map no panel covers, px. */
export function visibleMapArea(frame: MapFrame = mapFrame.peek()): { width: number; height: number } {
  return { width: frame.width, height: Math.max(1, frame.height - frame.coveredBottom) };
}

/** The home view in a frame: the plans framed in the part of the map that shows. */
export function homeViewIn(frame: MapFrame): MapView {
  const area = visibleMapArea(frame);
  return homeView(area.width, area.height);
}

/** The home view in the frame as last measured (a link without a view opens on it; the home button goes to it). */
export const homeMapView = computed(() => homeViewIn(mapFrame.value));

/** The first camera, before the page is measured: replaced by the measured home when the map is made (startView). */
const firstView = homeMapView.peek();

/** The map's current camera, updated when a move ends. */
export const mapView = signal<MapView>(firstView);

/**
 * The view a new map starts at, in the frame just measured: the camera a link asked for, or, while nothing has
 * moved it yet, the home view as measured.
 */
export function startView(frame: MapFrame): MapView {
  mapFrame.value = frame;
  if (mapView.peek() === firstView) mapView.value = homeMapView.peek();
  return mapView.peek();
}

/** A camera move asked for by the app (a link, a story step); MapView carries it out. */
export const cameraRequest = signal<{ view: MapView; duration: number } | null>(null);

export function requestCamera(view: MapView, duration = 800): void {
  cameraRequest.value = { view, duration };
}

/** Fit the map to a box (a selected feature opened from a link without a view, a "zoom to" button). */
export const fitRequest = signal<[number, number, number, number] | null>(null);

/** Asks the map to show these features (plan features, a layer, imported sites); MapView carries it out. */
export function fitTo(features: Feature | Feature[] | FeatureCollection): void {
  const collection: FeatureCollection = Array.isArray(features) ? { type: 'FeatureCollection', features } : features.type === 'Feature' ? { type: 'FeatureCollection', features: [features] } : features;
  if (!collection.features.length) return;
  fitRequest.value = bbox(collection) as [number, number, number, number];
}

/** Added on each side of what the map goes to, as a share of its size: the whole shape and what lies around it. */
export const SURROUNDINGS = 0.3;

export const withSurroundings = ([w, s, e, n]: Bbox, share = SURROUNDINGS): [number, number, number, number] => {
  const dx = (e - w) * share;
  const dy = (n - s) * share;
  return [w - dx, s - dy, e + dx, n + dy];
};

/** Shows these features whole with their surroundings (a search pick, a timeline year's areas). */
export function showWithSurroundings(features: Feature | Feature[] | FeatureCollection): void {
  const collection: FeatureCollection = Array.isArray(features) ? { type: 'FeatureCollection', features } : features.type === 'Feature' ? { type: 'FeatureCollection', features: [features] } : features;
  if (!collection.features.length) return;
  fitRequest.value = withSurroundings(bbox(collection) as unknown as Bbox);
}

/**
 * The camera on a place inside a plan area: the area whole with its surroundings, but never farther out than
 * `minZoom` (street zoom, where stations and roads are named): an area too large for that is shown around the
 * place instead. In the part of the map no panel covers (as last measured).
 */
export function cameraOnPlaceIn(place: [number, number], area: Bbox, minZoom: number, maxZoom: number): MapView {
  const map = visibleMapArea();
  const fitted = fitBox(withSurroundings(area), map.width, map.height);
  if (fitted.zoom < minZoom) return { lon: place[0], lat: place[1], zoom: minZoom, bearing: 0 };
  return { ...fitted, zoom: Math.min(maxZoom, fitted.zoom) };
}
