/**
 * Scale bar for a map image: the longest "round" distance (1, 2 or 5 × 10ⁿ m)
 * that fits a maximum width at the map's metres per pixel.
 */

/** Web Mercator ground resolution in metres per CSS pixel (MapLibre draws 512 px tiles). */
export function metresPerPixel(lat: number, zoom: number): number {
  const EARTH_CIRCUMFERENCE_M = 40075016.686;
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

export interface ScaleBar {
  /** The distance the bar stands for. */
  metres: number;
  /** Its length in the same pixels as `metresPerPixel`. */
  widthPx: number;
  label: string;
}

/** The round distance below `metresPerPixel × maxWidthPx`, with its pixel length. */
export function scaleBar(metresPerPx: number, maxWidthPx: number): ScaleBar {
  const max = metresPerPx * maxWidthPx;
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [5, 2, 1].find((m) => m * power <= max) ?? 1;
  const metres = step * power;
  return { metres, widthPx: metres / metresPerPx, label: formatDistance(metres) };
}

export function formatDistance(metres: number): string {
  return metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}
