/** Where and how far the map can go: the zoom range and the box around Zhengzhou the camera stays in. */
export const ZOOM_RANGE = [7, 18] as const;

/** [[west, south], [east, north]], WGS-84. */
export const MAX_BOUNDS: [[number, number], [number, number]] = [
  [111.5, 33.8],
  [115.5, 35.6],
];
