/**
 * Validation of presenter stories (geodata/stories/<id>.json; types in
 * src/data/story.ts): names file, step and field for every problem, so a broken
 * story fails `npm run data:build` with a message an author can act on.
 */
import { citationProblems, isVerbatim, type Seeds } from './citations';
import { isObj, SLUG } from './common';
import { ZHENGZHOU_BBOX } from '../../../src/config/region';
import { STORY_LIMITS } from '../../../src/config/storyLimits';
import type { Citation } from '../../../src/data/types';

/** One problem in a story file. `step` is 1-based (as the presenter counts), null for the file as a whole. */
export interface StoryProblem {
  file: string;
  step: number | null;
  field: string;
  problem: string;
}

export interface StoryContext {
  /** Known layer ids (zones' `layer` plus admin-districts): unknown ids are problems. */
  layerIds?: ReadonlySet<string>;
  /** Feature id → its layer id: unknown highlights, or highlights in a hidden layer, are problems. */
  featureLayer?: ReadonlyMap<string, string>;
  /** The seed texts: line ranges and quotes are checked against them. */
  seeds?: Seeds;
  /** The years the timeline lists: a step's `year` must be one of them. */
  years?: readonly number[];
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function bilingualProblems(v: unknown, field: string, maxZh: number, maxEn: number): [string, string][] {
  if (!isObj(v)) return [[field, 'must be { "zh": "…", "en": "…" }']];
  const out: [string, string][] = [];
  if (typeof v.zh !== 'string' || !HAN.test(v.zh)) out.push([`${field}.zh`, 'must be Chinese text']);
  else if ([...v.zh].length > maxZh) out.push([`${field}.zh`, `is ${[...v.zh].length} characters; keep it to ${maxZh}`]);
  if (typeof v.en !== 'string' || !LATIN.test(v.en)) out.push([`${field}.en`, 'must be English text']);
  else if (v.en.length > maxEn) out.push([`${field}.en`, `is ${v.en.length} characters; keep it to ${maxEn}`]);
  return out;
}

function cameraProblems(c: unknown): [string, string][] {
  if (!isObj(c)) return [['camera', 'must be { "center": [lon, lat], "zoom": n, "bearing"?: n }']];
  const out: [string, string][] = [];
  const [w, s, e, n] = ZHENGZHOU_BBOX;
  const center = c.center;
  if (!Array.isArray(center) || center.length !== 2 || !center.every(isNum)) out.push(['camera.center', 'must be [lon, lat] numbers']);
  else if (!(center[0] >= w && center[0] <= e && center[1] >= s && center[1] <= n)) {
    out.push(['camera.center', `[${center.join(', ')}] is outside Zhengzhou [${ZHENGZHOU_BBOX.join(', ')}] (lon, lat order?)`]);
  }
  const [minZoom, maxZoom] = STORY_LIMITS.zoom;
  if (!isNum(c.zoom) || c.zoom < minZoom || c.zoom > maxZoom) out.push(['camera.zoom', `${JSON.stringify(c.zoom)} must be a number from ${minZoom} to ${maxZoom}`]);
  if (c.bearing !== undefined && !(isNum(c.bearing) && c.bearing >= -180 && c.bearing <= 180)) out.push(['camera.bearing', `${JSON.stringify(c.bearing)} must be a number from -180 to 180`]);
  return out;
}

function quoteProblems(q: unknown, seeds?: Seeds): [string, string][] {
  if (!isObj(q)) return [['quote', 'must be { "text": "verbatim plan words", "source": { file, lines } }']];
  if (typeof q.text !== 'string' || !q.text.trim()) return [['quote.text', 'must be non-empty plan text']];
  if ([...q.text].length > STORY_LIMITS.quote) return [['quote.text', `is ${[...q.text].length} characters; quote at most ${STORY_LIMITS.quote} (use … for omitted words)`]];
  const cite = citationProblems(q.source, 'quote.source', seeds).map(splitWhere);
  if (cite.length || !seeds) return cite;
  const { file, lines } = q.source as Citation;
  const [from, to] = lines.split('-').map(Number);
  return isVerbatim(q.text, seeds[file].slice(from - 1, to)) ? [] : [['quote.text', `"${q.text}" is not found verbatim in ${file} lines ${lines}`]];
}

/** citationProblems says `where: problem`; split it back into field and problem. */
function splitWhere(message: string): [string, string] {
  const at = message.indexOf(': ');
  return at < 0 ? ['', message] : [message.slice(0, at), message.slice(at + 2)];
}

function stepProblems(step: unknown, ctx: StoryContext): [string, string][] {
  if (!isObj(step)) return [['', 'must be an object']];
  const out: [string, string][] = [];
  out.push(...bilingualProblems(step.title, 'title', STORY_LIMITS.titleZh, STORY_LIMITS.titleEn));
  out.push(...bilingualProblems(step.caption, 'caption', STORY_LIMITS.captionZh, STORY_LIMITS.captionEn));
  if (step.quote !== undefined) out.push(...quoteProblems(step.quote, ctx.seeds));
  if (!Array.isArray(step.sources) || !step.sources.length) out.push(['sources', 'must cite the plan: a non-empty list of { file, lines }']);
  else step.sources.forEach((s, i) => out.push(...citationProblems(s, `sources[${i}]`, ctx.seeds).map(splitWhere)));
  out.push(...cameraProblems(step.camera));

  const layers = step.layers;
  if (!Array.isArray(layers) || !layers.every((l) => typeof l === 'string')) out.push(['layers', 'must be a list of layer ids']);
  else {
    layers.forEach((id, i) => {
      if (ctx.layerIds && !ctx.layerIds.has(id)) out.push([`layers[${i}]`, `unknown layer "${id}"`]);
    });
    if (new Set(layers).size !== layers.length) out.push(['layers', 'lists a layer twice']);
  }
  const highlight = step.highlight;
  if (highlight !== undefined) {
    if (!Array.isArray(highlight) || !highlight.every((h) => typeof h === 'string')) out.push(['highlight', 'must be a list of feature ids']);
    else {
      highlight.forEach((id, i) => {
        const layer = ctx.featureLayer?.get(id);
        if (ctx.featureLayer && layer === undefined) out.push([`highlight[${i}]`, `unknown feature "${id}"`]);
        else if (layer !== undefined && Array.isArray(layers) && !layers.includes(layer)) {
          out.push([`highlight[${i}]`, `"${id}" is in layer "${layer}", which this step does not show`]);
        }
      });
    }
  }
  if (step.year !== undefined) {
    if (!Number.isInteger(step.year)) out.push(['year', 'must be a year of the timeline, e.g. 2025']);
    else if (ctx.years && !ctx.years.includes(step.year as number)) out.push(['year', `${step.year} is not a year of the timeline (${ctx.years.join(', ')})`]);
  }
  return out;
}

/** Every problem of one story file; `file` is how to name it (e.g. `stories/erqi-layout.json`). */
export function validateStory(file: string, data: unknown, ctx: StoryContext = {}): StoryProblem[] {
  const whole = (field: string, problem: string): StoryProblem => ({ file, step: null, field, problem });
  if (!isObj(data)) return [whole('', 'must be a JSON object { id, title, steps }')];
  const out: StoryProblem[] = [];
  const expectedId = file.split('/').pop()!.replace(/\.json$/, '');
  if (typeof data.id !== 'string' || !SLUG.test(data.id)) out.push(whole('id', `${JSON.stringify(data.id)} must be an ascii slug (a-z, 0-9, single hyphens)`));
  else if (data.id !== expectedId) out.push(whole('id', `"${data.id}" must match the file name "${expectedId}"`));
  for (const [field, problem] of bilingualProblems(data.title, 'title', STORY_LIMITS.titleZh, STORY_LIMITS.titleEn)) out.push(whole(field, problem));
  if (data.summary !== undefined) {
    for (const [field, problem] of bilingualProblems(data.summary, 'summary', STORY_LIMITS.captionZh, STORY_LIMITS.captionEn)) out.push(whole(field, problem));
  }
  if (!Array.isArray(data.steps) || !data.steps.length) out.push(whole('steps', 'must be a non-empty list of steps'));
  else if (data.steps.length > STORY_LIMITS.maxSteps) out.push(whole('steps', `has ${data.steps.length} steps; at most ${STORY_LIMITS.maxSteps}`));
  else data.steps.forEach((s, i) => out.push(...stepProblems(s, ctx).map(([field, problem]) => ({ file, step: i + 1, field, problem }))));
  return out;
}

/** Problems of all story files together: each file's own, plus ids used twice. */
export function validateStories(files: { file: string; data: unknown }[], ctx: StoryContext = {}): StoryProblem[] {
  const out = files.flatMap(({ file, data }) => validateStory(file, data, ctx));
  const seen = new Map<string, string>();
  for (const { file, data } of files) {
    const id = isObj(data) && typeof data.id === 'string' ? data.id : undefined;
    if (id === undefined) continue;
    const other = seen.get(id);
    if (other) out.push({ file, step: null, field: 'id', problem: `"${id}" is also the id of ${other}` });
    else seen.set(id, file);
  }
  return out;
}

/** `stories/x.json › step 3 › camera.zoom: problem` — the line the build prints. */
export function formatStoryProblem(p: StoryProblem): string {
  const parts = [p.file, p.step === null ? null : `step ${p.step}`, p.field || null].filter(Boolean);
  return `${parts.join(' › ')}: ${p.problem}`;
}
