import type { MapView } from '../lib/mapView';

/** Zhengzhou's bounding box (WGS-84 lon/lat): data outside it is an error, a location outside it is "not here". */
export const ZHENGZHOU_BBOX = [112.7, 34.2, 114.3, 35.0] as const;

export type Bbox = readonly [number, number, number, number];

/**
 * What the first view frames (WGS-84 [west, south, east, north]): the areas of the layers on at first.
 * `districts`: the two districts' plans (四区联动, 六核协同, 多点支撑, 中原区's core boards, areas and parks);
 * `city`: those and the city's core boards on at first (to 白沙组团 in the east). Checked against the data
 * by src/config/region.test.ts.
 */
export const HOME_FRAMES = {
  districts: [113.5, 34.602, 113.677, 34.776],
  city: [113.5, 34.602, 113.923, 34.835],
} as const satisfies Record<string, Bbox>;

/** Room kept between the frame and the map's edge, px. */
const FRAME_MARGIN_PX = 24;
/**
 * The city's boards join the frame only where the districts' plans still span this many px: room to name every
 * zone and board (a 360 px phone has not; a 1440 px desktop has over 500).
 */
const DISTRICTS_MIN_PX = 320;

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latOfMercatorY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/** A box's width and height in px at zoom 0 (MapLibre's world is 512 px wide there). */
const spanAtZ0 = ([w, s, e, n]: Bbox) => ({ x: ((e - w) / 360) * 512, y: ((mercatorY(n) - mercatorY(s)) / (2 * Math.PI)) * 512 });

/** The camera that shows a box whole in a map area of this many px. */
export function fitBox(box: Bbox, widthPx: number, heightPx: number, marginPx = FRAME_MARGIN_PX): MapView {
  const [w, s, e, n] = box;
  const { x: spanX, y: spanY } = spanAtZ0(box);
  const zoom = Math.log2(Math.min(Math.max(1, widthPx - 2 * marginPx) / spanX, Math.max(1, heightPx - 2 * marginPx) / spanY));
  return { lon: (w + e) / 2, lat: latOfMercatorY((mercatorY(s) + mercatorY(n)) / 2), zoom: Math.floor(zoom * 100) / 100, bearing: 0 };
}

/**
 * The first view, for the part of the map not under panels (px): the plans on at first, framed. Where
 * the screen is too small to take in the city's boards and still name the districts' plans (a phone), it
 * frames the districts' plans.
 */
export function homeView(mapWidthPx = 1000, mapHeightPx = 700): MapView {
  const city = fitBox(HOME_FRAMES.city, mapWidthPx, mapHeightPx);
  const districts = spanAtZ0(HOME_FRAMES.districts);
  const districtsPx = Math.max(districts.x, districts.y) * 2 ** city.zoom;
  return districtsPx >= DISTRICTS_MIN_PX ? city : fitBox(HOME_FRAMES.districts, mapWidthPx, mapHeightPx);
}
