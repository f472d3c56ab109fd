/**
 * Validates geodata/stories/*.json (types: src/data/story.ts, checks: scripts/lib/validate/stories.ts) against the layer and
 * feature ids of geodata/ and the plan seeds, then writes the bundle the app
 * fetches: public/data/stories.json. Prints every problem as
 * `geodata/stories/<file> › step N › field: problem` and exits 1 if there is any.
 * Run with `npx tsx scripts/validate-stories.ts [--root <geodata dir>]`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ADMIN_FILE, ADMIN_LAYER, GEODATA, listFiles, readJson, readSeeds } from './geodataFiles';
import type { Story } from '../src/data/story';
import { formatStoryProblem, validateStories, type StoryProblem } from './lib/validate/stories';
import type { DataProblem, PlanText, ZoneFile } from '../src/data/types';
import { featuresOfYear, mergeTimeline, resultItems, timelineYears, type Timeline, type TimelineItem } from '../src/data/timeline';
import type { PlanCollection } from '../src/data/types';
import { SHORT_NAMES_FILE, type ShortNames } from './lib/labelPoints';
import { layoutStepLabels, type StepLayer } from './lib/stepLabelLayout';

export interface StoryCheckOptions {
  root?: string;
  seedsDir?: string;
}

/** Layer ids and feature → layer, from the recipes (so a story may name a layer before it is rebuilt). */
function knownIds(root: string, problems: DataProblem[]) {
  const layerIds = new Set([ADMIN_LAYER]);
  const featureLayer = new Map<string, string>();
  for (const file of listFiles('zones', '.json', root)) {
    const zone = readJson<ZoneFile>(file, problems, root);
    if (!zone?.layer) continue;
    layerIds.add(zone.layer);
    for (const f of zone.features ?? []) featureLayer.set(f.id, zone.layer);
  }
  const admin = readJson<{ features?: { properties?: { id?: string } }[] }>(ADMIN_FILE, problems, root);
  for (const f of admin?.features ?? []) if (f.properties?.id) featureLayer.set(f.properties.id, ADMIN_LAYER);
  return { layerIds, featureLayer };
}

/**
 * The years the app's timeline lists: geodata/timeline.json and the dated results of the text
 * entries (problems in those files are build-plans' to report, so they are not collected here).
 */
function timelineOf(root: string): TimelineItem[] {
  const problems: DataProblem[] = [];
  const timeline = readJson<Timeline>('timeline.json', problems, root);
  const texts = Object.assign({}, ...listFiles('text', '.json', root).map((f) => readJson<Record<string, PlanText>>(f, problems, root) ?? {}));
  return mergeTimeline(timeline?.items ?? [], resultItems(texts));
}

export function checkStories(opts: StoryCheckOptions = {}): { problems: StoryProblem[]; stories: Story[]; notes: string[] } {
  const root = opts.root ?? GEODATA;
  const seeds = readSeeds(opts.seedsDir);
  const notes = seeds ? [] : ['seeds not found: story citations and quotes were not checked against the plan text'];
  const readProblems: DataProblem[] = [];
  const { layerIds, featureLayer } = knownIds(root, readProblems);
  const files: { file: string; data: unknown }[] = [];
  for (const file of listFiles('stories', '.json', root)) {
    const data = readJson<unknown>(file, readProblems, root);
    if (data !== undefined) files.push({ file, data });
  }
  const problems: StoryProblem[] = readProblems.map((p) => ({ file: p.file, step: null, field: '', problem: p.problem }));
  if (!files.length && !problems.length) problems.push({ file: 'stories/', step: null, field: '', problem: 'no story files' });
  problems.push(...validateStories(files, { layerIds, featureLayer, seeds, years: timelineYears(timelineOf(root)) }));
  return { problems, stories: problems.length ? [] : files.map((f) => f.data as Story), notes };
}

/**
 * Each step's names, chosen here for what the step shows on a phone, a desktop and a projector together
 * (scripts/lib/stepLabelLayout.ts), so a story names every area and line it shows even where the home view, which
 * has other layers on, would crowd them. `crowded` collects the names that found no free place.
 */
export function withStepLabels(stories: Story[], root = GEODATA, crowded: string[] = []): Story[] {
  const problems: DataProblem[] = [];
  const layers: StepLayer[] = [];
  for (const file of listFiles('zones', '.json', root)) {
    const zone = readJson<ZoneFile>(file, problems, root);
    const data = zone && existsSync(join(root, `layers/${zone.layer}.geojson`)) ? readJson<PlanCollection>(`layers/${zone.layer}.geojson`, problems, root) : undefined;
    if (zone && data) layers.push({ id: zone.layer, level: zone.level, geometry: zone.geometry, order: zone.style.order, features: data.features });
  }
  const short = (existsSync(join(root, SHORT_NAMES_FILE)) && readJson<ShortNames>(SHORT_NAMES_FILE, problems, root)) || {};
  const timeline = timelineOf(root);
  return stories.map((story) => ({
    ...story,
    steps: story.steps.map((step, i) => {
      const shown = [...new Set([...(step.highlight ?? []), ...(step.year === undefined ? [] : featuresOfYear(timeline, step.year))])];
      const layout = layoutStepLabels(layers, step, shown, short);
      crowded.push(...layout.crowded.map((name) => `${story.id}:${i + 1} ${name}`));
      return { ...step, labels: layout.labels };
    }),
  }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rootArg = process.argv.indexOf('--root');
  const root = rootArg > 0 ? process.argv[rootArg + 1] : undefined;
  const { problems, stories, notes } = checkStories({ root });
  for (const n of notes) console.warn(`note: ${n}`);
  for (const p of problems) console.error(`${root ? `${root}/` : 'geodata/'}${formatStoryProblem(p)}`);
  if (problems.length) {
    console.error(`stories failed: ${problems.length} problem(s)`);
    process.exit(1);
  }
  if (root) process.exit(0); // a test root: check only, never overwrite the app's bundle
  const out = fileURLToPath(new URL('../public/data/', import.meta.url));
  mkdirSync(out, { recursive: true });
  const crowded: string[] = [];
  writeFileSync(join(out, 'stories.json'), `${JSON.stringify({ version: 1, stories: withStepLabels(stories, GEODATA, crowded) })}\n`);
  for (const c of crowded) console.warn(`note: story step ${c}: no place clear of the step's other names on every screen`);
  console.log(`wrote public/data/stories.json: ${stories.map((s) => `${s.id} (${s.steps.length} steps)`).join(', ')}`);
}
