/**
 * Presenter mode state: which story is shown at which step, the presenter's
 * own spotlight, and the export dialog. Plain signals and small actions; the
 * map side lives in src/map/presenterSession.ts, the keys and overlay in src/ui/presenter/.
 */
import { computed, signal } from '@preact/signals';
import type { Story, StoryStep } from '../data/story';
import { featuresOfYear } from '../data/timeline';
import { ensureTimeline, timeline, timelineYear } from './planViews';

/**
 * The story being presented and its step, 1-based (the "3" of "3 / 9" and of a
 * link `s=erqi-layout:3`); null when not presenting. URL sync reads and writes
 * exactly this signal; a step past the end shows the last step.
 */
export const activeStory = signal<{ id: string; step: number } | null>(null);

/** Stories from data/stories.json (validated at build time). */
export const stories = signal<Story[]>([]);
export const storiesStatus = signal<'loading' | 'ready' | 'failed'>('loading');

export const pickerOpen = signal(false);
export const exportOpen = signal(false);

export const presenting = computed(() => activeStory.value !== null);

export const currentStory = computed<Story | null>(() => {
  const id = activeStory.value?.id;
  return id ? stories.value.find((s) => s.id === id) ?? null : null;
});

/** The step number actually shown: the requested one, kept within the story. */
export const currentStepNumber = computed(() => {
  const story = currentStory.value;
  const step = activeStory.value?.step ?? 1;
  return story ? clampStep(step, story.steps.length) : 0;
});

export const currentStep = computed<StoryStep | null>(() => currentStory.value?.steps[currentStepNumber.value - 1] ?? null);

export function clampStep(step: number, count: number): number {
  if (!Number.isFinite(step)) return 1;
  return Math.min(Math.max(1, Math.round(step)), Math.max(1, count));
}

/**
 * The presenter's click spotlight, tied to the step it was made on: moving to
 * another step brings back that step's own highlight.
 */
const spotlightOverride = signal<{ key: string; ids: string[] } | null>(null);
const stepKey = () => `${activeStory.value?.id}:${currentStepNumber.value}`;

/** The step's own spotlight: its highlights, and the areas with timeline items in its year. */
export const stepSpotlight = computed<string[]>(() => {
  const step = currentStep.value;
  const loaded = timeline.value;
  const ofYear = step?.year && loaded?.kind === 'ready' ? featuresOfYear(loaded.value, step.year) : [];
  return [...new Set([...(step?.highlight ?? []), ...ofYear])];
});

/** Feature ids in the spotlight (everything else is dimmed); empty = nothing dimmed. */
export const spotlight = computed<string[]>(() => {
  const override = spotlightOverride.value;
  if (override && override.key === stepKey()) return override.ids;
  return stepSpotlight.value;
});

/** A step with a year sets the timeline to it (the link then carries `y=`), loading the timeline for its areas. */
export function showStepYear(step: StoryStep): void {
  if (step.year === undefined) return;
  ensureTimeline();
  timelineYear.value = step.year;
}

export function setSpotlight(ids: string[]): void {
  spotlightOverride.value = { key: stepKey(), ids };
}

export function startStory(id: string, step = 1): void {
  pickerOpen.value = false;
  activeStory.value = { id, step };
}

export function goToStep(step: number): void {
  const story = currentStory.value;
  const active = activeStory.peek();
  if (!story || !active) return;
  const next = clampStep(step, story.steps.length);
  if (next !== active.step) activeStory.value = { id: active.id, step: next };
}

export const nextStep = () => goToStep(currentStepNumber.value + 1);
export const prevStep = () => goToStep(currentStepNumber.value - 1);
export const firstStep = () => goToStep(1);
export const lastStep = () => goToStep(currentStory.value?.steps.length ?? 1);

export function stopStory(): void {
  activeStory.value = null;
  spotlightOverride.value = null;
}

/** Reads data/stories.json (`{ version: 1, stories }`); a missing file leaves presenter mode empty, not the map. */
export async function loadStories(getJson: (path: string) => Promise<unknown>): Promise<void> {
  storiesStatus.value = 'loading';
  try {
    const bundle = (await getJson('stories.json')) as { version?: number; stories?: unknown };
    if (bundle?.version !== 1 || !Array.isArray(bundle.stories)) throw new Error('stories.json: unsupported bundle');
    stories.value = (bundle.stories as Story[]).filter((s) => typeof s?.id === 'string' && Array.isArray(s.steps) && s.steps.length > 0);
    storiesStatus.value = 'ready';
  } catch {
    storiesStatus.value = 'failed';
  }
}
