import { signal } from '@preact/signals';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import type { MapView } from '../lib/mapView';
import { homeView } from '../config/region';

export const HOME_VIEW: MapView = typeof window === 'undefined' ? homeView() : homeView(window.innerWidth, window.innerHeight);

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
