/**
 * The one mode the map is in, as a tagged value: what a click on the map means (map/MapController routes each
 * click to the handler of the current mode) and which tool holds the map.
 * - browse: a click asks "what is planned here?" and selects the most specific plan area there;
 * - measure: a click places a measuring point (the Analyze panel's measure tool);
 * - present: a click spotlights the plan feature under it (a story is shown);
 * - draw: the drawing tool (Terra Draw, map/drawSession.ts) takes the map's pointer: sketches are drawn and
 *   edited, a boundary proposal's vertices moved; the router hands it no clicks.
 * Presenting wins over drawing and measuring: the presenter hides the panel that draws or measures, and the
 * drawing or measurement is still there when the story ends. Drawing and measuring exclude each other
 * (startDrawing turns measuring off; should both be set, drawing wins).
 */
import { computed } from '@preact/signals';
import type { MeasureMode } from './analysis';
import { measureMode } from './analysis';
import { activeStory } from './presenter';
import { drawing } from './drawing';

export type MapMode =
  | { kind: 'browse' }
  | { kind: 'measure'; measure: Exclude<MeasureMode, 'off'> }
  | { kind: 'present'; storyId: string }
  | { kind: 'draw' };

export type MapModeKind = MapMode['kind'];

/** The mode from its sources (pure, for tests): the story being presented, the drawing tool and the measure tool. */
export function modeOf(story: { id: string } | null, measure: MeasureMode, draw = false): MapMode {
  if (story) return { kind: 'present', storyId: story.id };
  if (draw) return { kind: 'draw' };
  if (measure !== 'off') return { kind: 'measure', measure };
  return { kind: 'browse' };
}

export const mapMode = computed<MapMode>(() => modeOf(activeStory.value, measureMode.value, drawing.value));
