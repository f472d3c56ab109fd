import { signal } from '@preact/signals';
import type { MapView } from './urlCodec';

/** Zhengzhou's main urban area, between 中原区 and 二七区: the first view. */
export const HOME_VIEW: MapView = { lon: 113.6, lat: 34.72, zoom: 10.4, bearing: 0 };

/** The map's current camera, updated when a move ends. */
export const mapView = signal<MapView>(HOME_VIEW);

/** A camera move asked for by the app (a link, a story step); MapView carries it out. */
export const cameraRequest = signal<{ view: MapView; duration: number } | null>(null);

export function requestCamera(view: MapView, duration = 800): void {
  cameraRequest.value = { view, duration };
}
