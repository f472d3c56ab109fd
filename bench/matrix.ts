// For `npm run bench`: the overlap matrix of every plan polygon, all vs all, in the app's
// analysis worker in Chromium, as a user's first use meets it: the worker's start-up,
// the first (cold) run and later (warm) runs. Results go to window.__matrixBench.
import { createAnalysisClient } from '../src/workers/analysisClient';
import { isAreaFeature, type AtlasManifest, type PlanCollection } from '../src/data/types';

const getJson = async (file: string) => (await fetch(`data/${file}`)).json();
const manifest = (await getJson('atlas.json')) as AtlasManifest;
const layers = (await Promise.all(manifest.layers.map((l) => getJson(l.file)))) as PlanCollection[];
const plan = layers.flatMap((c) => c.features).filter(isAreaFeature);

const t0 = performance.now();
const client = createAnalysisClient();
// An empty matrix answers as soon as the worker has loaded: its start-up.
await client.overlapMatrix([]);
const startupMs = performance.now() - t0;
const runs: number[] = [];
let pairs = 0;
for (let i = 0; i < 6; i++) {
  const start = performance.now();
  const result = await client.overlapMatrix(plan);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  runs.push(performance.now() - start);
  pairs = result.value.overlaps.length;
}
(window as unknown as { __matrixBench: unknown }).__matrixBench = { polygons: plan.length, overlaps: pairs, startupMs, runs };
