import type { MapView } from '../lib/mapView';

/** Zhengzhou's bounding box (WGS-84 lon/lat): data outside it is an error, a location outside it is "not here". */
export const ZHENGZHOU_BBOX = [112.7, 34.2, 114.3, 35.0] as const;

/**
 * Zhengzhou's main urban area, 中原区 and 二七区 in full: the first view. The zoom
 * follows the screen so a phone sees the same area as a desktop.
 */
export function homeView(widthPx = 1000, heightPx = 700): MapView {
  const fit = Math.log2(Math.max(240, Math.min(widthPx, heightPx * 1.3)) / 900);
  return { lon: 113.6, lat: 34.72, zoom: Math.round((10.4 + fit) * 100) / 100, bearing: 0 };
}
