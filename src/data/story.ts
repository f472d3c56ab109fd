/**
 * Presenter stories (geodata/stories/<id>.json), checked at build time by
 * scripts/lib/validate/stories.ts.
 *
 * A story is a list of steps; each step sets the camera, the visible layers and
 * the highlighted features, and says (in zh and en) what the plan says there,
 * citing the plan by seed file and 1-based line range.
 */
import type { Bilingual } from '../lib/bilingual';
import type { Citation } from './types';
import type { LabelCollection } from './labels';

export interface StoryCamera {
  /** [lon, lat], WGS-84. */
  center: [number, number];
  /**
   * Zoom for a 1280×720 view. Other screens get the zoom that shows the same
   * area (see src/state/stepCamera.ts), so a phone and a projector show
   * the same extent and the zoom never depends on what the audience did before.
   */
  zoom: number;
  bearing?: number;
}

export interface StoryStep {
  title: Bilingual;
  /** A short caption in our words; the plan's own words go in `quote`. */
  caption: Bilingual;
  /** Optional verbatim plan text (checked against the seed lines). */
  quote?: { text: string; source: Citation };
  /** Where the step's statements come from (non-empty). */
  sources: Citation[];
  camera: StoryCamera;
  /** Layer ids shown in this step; every other layer is hidden. */
  layers: string[];
  /** Feature ids spotlighted (everything else dimmed); each must lie in a visible layer. */
  highlight?: string[];
  /**
   * A year of the plan timeline: the step sets the timeline to it (`y=` in the link) and also
   * spotlights the areas with items that year. Must be a year the timeline lists.
   */
  year?: number;
  /**
   * Written by the data build (scripts/validate-stories.ts), not in the story files: where the step names its
   * areas, chosen for its layers together.
   */
  labels?: LabelCollection;
}

export interface Story {
  id: string;
  title: Bilingual;
  summary?: Bilingual;
  steps: StoryStep[];
}
