/**
 * The one mode the map is in, as a tagged value: what a click on the map means (map/MapController routes each
 * click to the handler of the current mode) and which tool holds the map.
 * - browse: a click asks "what is planned here?" and selects the most specific plan area there;
 * - measure: a click places a measuring point (the Analyze panel's measure tool);
 * - present: a click spotlights the plan feature under it (a story is shown);
 * - draw: reserved for sketching a boundary; nothing enters it yet.
 * Presenting wins over measuring: the presenter hides the panel that measures, and the measurement is still
 * there when the story ends.
 */
import { computed } from '@preact/signals';
import type { MeasureMode } from './analysis';
import { measureMode } from './analysis';
import { activeStory } from './presenter';

export type MapMode =
  | { kind: 'browse' }
  | { kind: 'measure'; measure: Exclude<MeasureMode, 'off'> }
  | { kind: 'present'; storyId: string }
  | { kind: 'draw' };

export type MapModeKind = MapMode['kind'];

/** The mode from its sources (pure, for tests): the story being presented and the measure tool's setting. */
export function modeOf(story: { id: string } | null, measure: MeasureMode): MapMode {
  if (story) return { kind: 'present', storyId: story.id };
  if (measure !== 'off') return { kind: 'measure', measure };
  return { kind: 'browse' };
}

export const mapMode = computed<MapMode>(() => modeOf(activeStory.value, measureMode.value));
