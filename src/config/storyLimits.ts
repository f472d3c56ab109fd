/**
 * Limits of a story step, in a module of its own so the app can use them
 * without pulling in the build-time validation (scripts/lib/validateStory.ts).
 */
export const STORY_LIMITS = {
  titleZh: 30,
  titleEn: 80,
  captionZh: 140,
  captionEn: 320,
  quote: 160,
  maxSteps: 40,
  /** MapController's zoom range. */
  zoom: [7, 18] as const,
};
