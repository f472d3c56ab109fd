// For `npm run bench`: the overlap matrix of every plan polygon, all vs all, in the app's
// analysis worker in Chromium, as a user meets it. Opening the Analyze panel starts the
// worker and hands it the plan to prepare (its start-up); the user's first matrix (cold)
// comes after that, then later ones (warm). Also timed: a fresh worker asked for the
// matrix at once, with no head start (a link straight into the matrix). Results go to
// window.__matrixBench.
import { createAnalysisClient } from '../src/workers/analysisClient';
import { isAreaFeature, type AtlasManifest, type PlanCollection } from '../src/data/types';

const getJson = async (file: string) => (await fetch(`data/${file}`)).json();
const manifest = (await getJson('atlas.json')) as AtlasManifest;
const layers = (await Promise.all(manifest.layers.map((l) => getJson(l.file)))) as PlanCollection[];
// Every area the app draws, districts included: the polygons scripts/bench-postgis.ts loads.
const areas = layers.flatMap((c) => c.features).filter(isAreaFeature);
const ids = areas.map((f) => f.properties.id);

async function matrixMs(client: ReturnType<typeof createAnalysisClient>): Promise<{ ms: number; overlaps: number }> {
  const start = performance.now();
  const result = await client.overlapMatrix(ids);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return { ms: performance.now() - start, overlaps: result.value.overlaps.length };
}

const cold = createAnalysisClient();
const t0 = performance.now();
const loaded = await cold.loadPlan(areas);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
const startupMs = performance.now() - t0;
const runs: number[] = [];
let overlaps = 0;
for (let i = 0; i < 6; i++) {
  const run = await matrixMs(cold);
  runs.push(run.ms);
  overlaps = run.overlaps;
}
cold.terminate();

const fresh = createAnalysisClient();
const t1 = performance.now();
void fresh.loadPlan(areas);
await matrixMs(fresh);
const noHeadStartMs = performance.now() - t1;
fresh.terminate();

(window as unknown as { __matrixBench: unknown }).__matrixBench = { polygons: areas.length, overlaps, startupMs, runs, noHeadStartMs };
