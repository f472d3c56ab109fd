/**
 * Limits of a story step, in a module of its own so the app can use them
 * without pulling in the build-time validation (scripts/lib/validate/stories.ts).
 */
import { ZOOM_RANGE } from './mapLimits';

export const STORY_LIMITS = {
  titleZh: 30,
  titleEn: 80,
  captionZh: 140,
  captionEn: 320,
  quote: 160,
  maxSteps: 40,
  /** The map's zoom range. */
  zoom: ZOOM_RANGE,
};
