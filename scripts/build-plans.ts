/**
 * `npm run data:build`, second step: what the app's plan views load on demand.
 * public/data/plans/<stem>.json: the plan texts, each line with the mentions of
 * drawn areas, projects and gazetteer places linked; timeline.json: the items of
 * geodata/timeline.json (validated, quotes checked) plus the dated results of the
 * text entries; contradictions.json: where the plans disagree with themselves.
 * A project's name is linked to its record where the project quotes the text (from the projects.geojson
 * build-geodata wrote), so the reader links names without loading the projects' data.
 * Runs after build-geodata, from the layers it built; any problem exits 1.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GEODATA, listFiles, readDrawnFeatures, readJson, readSeeds } from './geodataFiles';
import { buildPlanDoc, mentionTerms } from './lib/planDoc';
import { planDocPath } from '../src/data/planDoc';
import { withProjectLinks } from '../src/data/projectMentions';
import { parseProjects, PROJECTS_FILE } from '../src/data/projects';
import { findContradictions } from '../src/data/contradictions';
import { mergeTimeline, resultItems, type Timeline } from '../src/data/timeline';
import { validateTimeline } from './lib/validate/timeline';
import type { DataProblem, PlacesFile, PlanText } from '../src/data/types';

export interface PlansResult {
  problems: DataProblem[];
  /** Seed file → number of mentions linked. */
  written: Record<string, number>;
  timelineItems?: number;
  contradictions?: number;
}

export function buildPlans(opts: { root?: string; out?: string; seedsDir?: string } = {}): PlansResult {
  const root = opts.root ?? GEODATA;
  const out = opts.out ?? fileURLToPath(new URL('../public/data/', import.meta.url));
  const problems: DataProblem[] = [];
  const seeds = readSeeds(opts.seedsDir);
  if (!seeds) return { problems: [{ file: 'plans', featureId: '-', problem: 'the plan texts are missing' }], written: {} };

  const { features } = readDrawnFeatures(root);
  const texts: Record<string, PlanText> = {};
  for (const file of listFiles('text', '.json', root)) Object.assign(texts, readJson<Record<string, PlanText>>(file, problems, root));
  const places = listFiles('places', '.json', root).flatMap((file) => readJson<PlacesFile>(file, problems, root)?.places ?? []);
  const timeline = readJson<Timeline>('timeline.json', problems, root);
  if (timeline) problems.push(...validateTimeline(timeline, new Set(features.map((f) => f.properties.id)), seeds));
  if (problems.length) return { problems, written: {} };

  const terms = mentionTerms({ features, texts, places });
  // The projects as build-geodata assembled and checked them (none yet: no project links).
  const projectsPath = join(out, PROJECTS_FILE);
  const projects = existsSync(projectsPath) ? parseProjects(JSON.parse(readFileSync(projectsPath, 'utf8'))).features.map((f) => f.properties) : [];
  const written: Record<string, number> = {};
  mkdirSync(join(out, 'plans'), { recursive: true });
  for (const [file, lines] of Object.entries(seeds)) {
    const doc = withProjectLinks(buildPlanDoc(file, lines, terms), projects);
    writeFileSync(join(out, planDocPath(file)), `${JSON.stringify(doc)}\n`);
    written[file] = doc.mentions.length / 4;
  }
  const items = mergeTimeline(timeline!.items, resultItems(texts));
  writeFileSync(join(out, 'timeline.json'), `${JSON.stringify({ items })}\n`);
  const contradictions = findContradictions({ features: features.map((f) => f.properties), texts, seeds });
  writeFileSync(join(out, 'contradictions.json'), `${JSON.stringify({ contradictions })}\n`);
  return { problems, written, timelineItems: items.length, contradictions: contradictions.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { problems, written, timelineItems, contradictions } = buildPlans();
  for (const p of problems) console.error(`geodata/${p.file} › ${p.featureId}: ${p.problem}`);
  if (problems.length) {
    console.error(`data:build (plans) failed: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log(`wrote public/data/plans: ${Object.entries(written).map(([f, n]) => `${f.slice(0, 3)} (${n} links)`).join(', ')}; timeline.json (${timelineItems} items); contradictions.json (${contradictions})`);
}
