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

/** The camera for MapLibre: centre and bearing as written, zoom fitted to the part of the map not under the overlay. */
export function stepCamera(camera: StoryCamera, mapWidth: number, mapHeight: number, padding: Padding) {
  const width = Math.max(1, mapWidth - padding.left - padding.right);
  const height = Math.max(1, mapHeight - padding.top - padding.bottom);
  return { center: camera.center, zoom: fittedZoom(camera.zoom, width, height), bearing: camera.bearing ?? 0, pitch: 0, padding };
}
