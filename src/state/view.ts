import { signal } from '@preact/signals';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { MapView } from '../lib/mapView';
import { fitBox, homeView, type Bbox } from '../config/region';
import { snapHeights } from './sheet';

/**
 * The layout around the map (styles/app.css), for the first view before anything is drawn: the title bar and
 * the schematic note under the map, the side panel on wide screens, the half-height bottom sheet on phones.
 */
const LAYOUT = { phoneMaxWidth: 760, titleBarPx: 56, footerPx: 28, panelPx: 380 };

/** The part of the map no panel covers, px, in a window of this size. */
export function visibleMapArea(windowWidth: number, windowHeight: number): { width: number; height: number } {
  const room = Math.max(1, windowHeight - LAYOUT.titleBarPx - LAYOUT.footerPx);
  if (windowWidth <= LAYOUT.phoneMaxWidth) return { width: windowWidth, height: room - snapHeights(room).half };
  return { width: Math.max(1, windowWidth - LAYOUT.panelPx), height: room };
}

/** The first view in a window of this size: the plans framed in the part of the map that shows. */
export function homeViewFor(windowWidth: number, windowHeight: number): MapView {
  const area = visibleMapArea(windowWidth, windowHeight);
  return homeView(area.width, area.height);
}

export const HOME_VIEW: MapView = typeof window === 'undefined' ? homeView() : homeViewFor(window.innerWidth, window.innerHeight);

/** The map's current camera, updated when a move ends. */
export const mapView = signal<MapView>(HOME_VIEW);

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
 * place instead. In the part of the map no panel covers (this window's size).
 */
export function cameraOnPlaceIn(place: [number, number], area: Bbox, minZoom: number, maxZoom: number): MapView {
  const map = typeof window === 'undefined' ? { width: 1000, height: 700 } : visibleMapArea(window.innerWidth, window.innerHeight);
  const fitted = fitBox(withSurroundings(area), map.width, map.height);
  if (fitted.zoom < minZoom) return { lon: place[0], lat: place[1], zoom: minZoom, bearing: 0 };
  return { ...fitted, zoom: Math.min(maxZoom, fitted.zoom) };
}
