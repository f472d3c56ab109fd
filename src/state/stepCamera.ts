/**
 * A story step's camera on this screen. Steps give their zoom for a 1280×720
 * map; a larger or smaller free map area gets the zoom that shows the same
 * extent. The result depends only on the step and the screen, never on where
 * the audience panned or zoomed before, so a step always looks the same.
 */
import type { StoryCamera } from '../data/story';
import { STORY_LIMITS } from '../config/storyLimits';

export const REFERENCE_VIEW = { width: 1280, height: 720 };

export function fittedZoom(zoom: number, width: number, height: number): number {
  const scale = Math.min(width / REFERENCE_VIEW.width, height / REFERENCE_VIEW.height);
  const [min, max] = STORY_LIMITS.zoom;
  const z = zoom + Math.log2(Math.max(scale, 1e-3));
  return Math.round(Math.min(max, Math.max(min, z)) * 1000) / 1000;
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Room kept free above and below the step's features for a name beside them (a projector's names are 24 px): px. */
const NAME_AIR_PX = 48;
/** Below this free width the map is a phone's (as projectorTheme's text sizes reckon). */
const NARROW_MAP_PX = 700;

/** Web Mercator: lon/lat ↔ the world square [0, 1] (MapLibre's world is 512 px wide at zoom 0). */
const WORLD_PX = 512;
export const toWorld = ([lon, lat]: [number, number]): [number, number] => {
  const s = Math.sin((lat * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)];
};
export const fromWorld = ([x, y]: [number, number]): [number, number] => [x * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI];

/**
 * The camera for MapLibre, in the part of the map not under the overlay (`padding`, measured from the overlay
 * itself): the step's features (`bounds`, [west, south, east, north]) fitted into that part, with a little air, so
 * the caption card never hides what the step is about; never closer than the step's written zoom (or its
 * fitted view, where the screen is larger than the reference), so a small area keeps its surroundings. Without
 * features, the written view fitted to that part. Bearing as written (features are fitted north-up).
 */
export function stepCamera(camera: StoryCamera, mapWidth: number, mapHeight: number, padding: Padding, bounds?: [number, number, number, number] | null) {
  const width = Math.max(1, mapWidth - padding.left - padding.right);
  const height = Math.max(1, mapHeight - padding.top - padding.bottom);
  const written = { center: camera.center, zoom: fittedZoom(camera.zoom, width, height), bearing: camera.bearing ?? 0, pitch: 0, padding };
  if (!bounds) return written;
  const [x0, y1] = toWorld([bounds[0], bounds[1]]);
  const [x1, y0] = toWorld([bounds[2], bounds[3]]);
  // Air around the features: a name beside a point or an edge stays on the map, clear of the overlay.
  // A phone (its names are ~17 px, beside the shapes rarely) keeps less air sideways: a quarter of its narrow map
  // on each side left the step's features half its width, and their names no room.
  const air = { x: width < NARROW_MAP_PX ? Math.min(NAME_AIR_PX, width / 8) : Math.min(NAME_AIR_PX * 2.5, width / 4), y: Math.min(NAME_AIR_PX, height / 4) };
  const fits = Math.log2(Math.min((width - 2 * air.x) / (Math.max(x1 - x0, 1e-9) * WORLD_PX), (height - 2 * air.y) / (Math.max(y1 - y0, 1e-9) * WORLD_PX)));
  const [min, max] = STORY_LIMITS.zoom;
  const zoom = Math.min(fits, Math.max(camera.zoom, written.zoom), max);
  const center = fromWorld([(x0 + x1) / 2, (y0 + y1) / 2]).map((v) => Math.round(v * 1e6) / 1e6) as [number, number];
  return { ...written, center, zoom: Math.round(Math.max(min, zoom) * 1000) / 1000 };
}
