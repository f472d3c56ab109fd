/**
 * The timeline and the plans' contradictions: loaded on demand (built by
 * scripts/build-plans.ts), the chosen year, and what the map highlights.
 */
import { computed, signal } from '@preact/signals';
import type { Contradiction } from '../data/contradictions';
import { featuresOfYear, FIRST_YEAR, type TimelineItem } from '../data/timeline';
import { activeTab } from './ui';
import { onDemand } from './onDemand';
import { atlasIndex } from './selection';
import { showWithSurroundings } from './view';

const timelineData = onDemand('timeline.json', (d) => ((d as { items?: TimelineItem[] }).items ?? []));
const contradictionData = onDemand('contradictions.json', (d) => ((d as { contradictions?: Contradiction[] }).contradictions ?? []));
export const timeline = timelineData.state;
export const ensureTimeline = timelineData.ensure;
export const contradictions = contradictionData.state;
export const ensureContradictions = contradictionData.ensure;
export const loadContradictions = contradictionData.load;

/** The year chosen on the time control; part of the URL (`y=`) when it is not the first. */
export const timelineYear = signal<number>(FIRST_YEAR);

/** The reader picks a year: its areas are lit and the map shows them all, with their surroundings. */
export function chooseTimelineYear(year: number): void {
  timelineYear.value = year;
  const index = atlasIndex.peek();
  const lit = timelineHighlight.peek().flatMap((id) => index?.byId.get(id)?.feature ?? []);
  showWithSurroundings(lit);
}

/** Features with an item in the chosen year, lit on the map while the timeline is open. */
export const timelineHighlight = computed<string[]>(() => {
  const loaded = timeline.value;
  if (activeTab.value !== 'timeline' || loaded?.kind !== 'ready') return [];
  return featuresOfYear(loaded.value, timelineYear.value);
});
