/**
 * The live map, for map code that works on it after it is drawn (analysis
 * overlays, the presenter session, export snapshots). mountMap sets it once the
 * map has loaded and the atlas layers are on it, and clears it when the map goes.
 */
import { signal } from '@preact/signals';
import type { MapController } from './MapController';

export const liveMap = signal<MapController | null>(null);

/** The live map now, or as soon as it is ready (no polling: waits on the signal). */
export function whenMapReady(): Promise<MapController> {
  return new Promise((resolve) => {
    const stop = liveMap.subscribe((controller) => {
      if (!controller) return;
      resolve(controller);
      queueMicrotask(() => stop());
    });
  });
}
