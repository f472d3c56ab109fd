import type { MapController } from '../map/MapController';

/**
 * The live map controller, for components that ask the map to do something
 * (zoom to a feature). Set by MapView; null while the map is not ready.
 */
let current: MapController | null = null;

export const setMapController = (c: MapController | null) => {
  current = c;
};
export const mapController = () => current;
