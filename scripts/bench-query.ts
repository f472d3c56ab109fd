/**
 * Times "what is planned here?" (src/analysis/pointQuery.ts) over the real data:
 * geodata/layers/*.geojson + geodata/admin/districts.geojson, 1 000 seeded random points in the
 * bounding box of 二七区 and 中原区. Target: under 5 ms per query.
 *
 *   npx tsx scripts/bench-query.ts [--points 1000] [--synthetic 300]
 *
 * `--synthetic N` adds a second run with N made-up features (circles, winding lines, points)
 * scattered over the same box, to see the cost once many more layers exist. They are labelled as
 * such and never written anywhere.
 */
import { performance } from 'node:perf_hooks';
import { bbox, circle, featureCollection } from '@turf/turf';
import { createPointIndex, queryPoint } from '../src/analysis/pointQuery';
import { geometryKind, type PlanFeature } from '../src/data/types';
import { createPrng, type Prng } from '../src/lib/prng';
import { readDrawnFeatures } from './geodataFiles';

function argNumber(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(value) && value >= 0 ? value : fallback;
}

type Box = [number, number, number, number];

const boxOf = (features: PlanFeature[]): Box => bbox(featureCollection(features)) as Box;

function syntheticFeatures(count: number, box: Box, r: Prng): PlanFeature[] {
  const props = (i: number, layer: string): PlanFeature['properties'] => ({
    id: `synthetic-${i}`,
    name: `synthetic ${i}`,
    nameEn: `synthetic ${i}`,
    layer,
    level: 'city',
    sources: [],
    drawing: { method: { zh: '测试', en: 'benchmark only' }, precisionM: 0 },
  });
  const out: PlanFeature[] = [];
  for (let i = 0; i < count; i++) {
    const lon = r.range(box[0], box[2]);
    const lat = r.range(box[1], box[3]);
    const type = i % 3;
    if (type === 0) {
      const c = circle([lon, lat], r.range(0.3, 3), { steps: 64, units: 'kilometers' });
      out.push({ type: 'Feature', geometry: c.geometry, properties: props(i, 'synthetic-areas') });
    } else if (type === 1) {
      const coords = [[lon, lat]];
      for (let k = 0; k < 30; k++) {
        const [x, y] = coords[coords.length - 1];
        coords.push([x + r.range(-0.006, 0.006), y + r.range(-0.005, 0.005)]);
      }
      out.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: coords }, properties: props(i, 'synthetic-lines') });
    } else {
      out.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [lon, lat] }, properties: props(i, 'synthetic-points') });
    }
  }
  return out;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

function run(label: string, features: PlanFeature[], box: Box, points: number): void {
  const t0 = performance.now();
  const index = createPointIndex(features);
  const buildMs = performance.now() - t0;

  const r = createPrng(2021);
  const queries = Array.from({ length: points }, () => [r.range(box[0], box[2]), r.range(box[1], box[3])] as [number, number]);
  for (const q of queries.slice(0, 100)) queryPoint(index, q); // warm up the JIT

  const times: number[] = [];
  let insideTotal = 0;
  let nearTotal = 0;
  let outsideAll = 0;
  for (const q of queries) {
    const start = performance.now();
    const result = queryPoint(index, q);
    times.push(performance.now() - start);
    insideTotal += result.inside.length;
    nearTotal += result.near.length;
    if (result.inside.length === 0) outsideAll++;
  }
  times.sort((a, b) => a - b);
  const kinds = { polygon: 0, line: 0, point: 0 };
  for (const f of features) kinds[geometryKind(f.geometry)]++;
  console.log(`\n${label}`);
  console.log(`  features: ${features.length} (${kinds.polygon} areas, ${kinds.line} lines, ${kinds.point} points); index built in ${buildMs.toFixed(1)} ms`);
  console.log(`  ${points} queries: median ${percentile(times, 0.5).toFixed(3)} ms, p95 ${percentile(times, 0.95).toFixed(3)} ms, max ${times[times.length - 1].toFixed(3)} ms`);
  console.log(
    `  per query on average: ${(insideTotal / points).toFixed(2)} containing areas, ${(nearTotal / points).toFixed(2)} near; ${outsideAll} points inside no area`,
  );
  const p95 = percentile(times, 0.95);
  console.log(`  target < 5 ms per query: ${p95 < 5 ? 'met' : 'NOT met'} (p95)`);
}

const { features, files } = readDrawnFeatures();
const box = boxOf(features.filter((f) => f.properties.id === 'erqi' || f.properties.id === 'zhongyuan'));
const points = argNumber('points', 1000);
const synthetic = argNumber('synthetic', 0);
console.log(`files: ${files.join(', ')}`);
console.log(`query box (二七区 ∪ 中原区 bbox): ${box.map((v) => v.toFixed(4)).join(', ')}`);
run('real data', features, box, points);
// Points around the whole city reach past its edge, where the nearest-area search does the work.
const all = boxOf(features);
const wide: Box = [all[0] - 0.2, all[1] - 0.2, all[2] + 0.2, all[3] + 0.2];
run(`real data, points over the whole city + ~20 km margin (${wide.map((v) => v.toFixed(2)).join(', ')})`, features, wide, points);
if (synthetic > 0) run(`real data + ${synthetic} synthetic features`, [...features, ...syntheticFeatures(synthetic, box, createPrng(7))], box, points);
