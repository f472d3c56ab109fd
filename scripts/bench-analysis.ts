/**
 * Times the analysis core (src/analysis) on the real plan polygons:
 *
 *   (a) the overlap matrix of every plan polygon (geodata/layers/*.geojson + districts), all vs all;
 *   (b) a site report of 10 000 made-up parcels (seeded) against every plan polygon, as the app
 *       does it (bbox index + boundary-integral areas), and for comparison the naive way
 *       (turf.intersect on every pair) and the index with turf.intersect, both on a sample;
 *   (c) Turf's spherical area against the WGS-84 ellipsoidal area on every plan polygon.
 *
 *   npx tsx scripts/bench-analysis.ts [--parcels 10000] [--naive-sample 300] [--seed 14]
 *
 * The parcels are synthetic (0.5–5 ha quadrilaterals scattered over the bbox of 二七区 and
 * 中原区); they exist only in memory. Targets: (a) < 200 ms, (b) < 2 s and ≥ 10× faster than naive.
 */
import { performance } from 'node:perf_hooks';
import { area as turfArea, bbox, feature, featureCollection, intersect } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { ellipsoidalAreaM2 } from '../src/analysis/ellipsoidalArea';
import { overlapMatrix } from '../src/analysis/matrix';
import { intersectionOf, prepareArea } from '../src/analysis/overlap';
import { siteReport, type SiteFeature } from '../src/analysis/siteReport';
import { buildBBoxIndex } from '../src/analysis/spatialIndex';
import { isAreaFeature, type AreaFeature } from '../src/data/types';
import { polygonsOf } from '../src/lib/polygons';
import { createPrng } from '../src/lib/prng';
import { readDrawnFeatures } from './geodataFiles';


const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  const v = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

/** Wall time of the first (cold) call and the median of `runs` more, and the last result. */
function time<T>(runs: number, fn: () => T): { coldMs: number; ms: number; result: T } {
  let t0 = performance.now();
  let result = fn();
  const coldMs = performance.now() - t0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { coldMs, ms: times[Math.floor(times.length / 2)], result };
}

/** Quadrilateral parcels: area 0.5–5 ha, aspect 1–3, any rotation, corners jittered by up to 10 %. */
function parcels(count: number, seed: number, [w, s, e, n]: number[]): SiteFeature[] {
  const rng = createPrng(seed);
  const mPerDegLat = 110_950;
  return Array.from({ length: count }, (_, i) => {
    const areaM2 = rng.range(5_000, 50_000);
    const aspect = rng.range(1, 3);
    const width = Math.sqrt(areaM2 * aspect);
    const height = areaM2 / width;
    const angle = rng.range(0, Math.PI / 2);
    const [lon0, lat0] = [rng.range(w, e), rng.range(s, n)];
    const mPerDegLon = mPerDegLat * Math.cos((lat0 * Math.PI) / 180);
    const corners = [[-1, -1], [1, -1], [1, 1], [-1, 1]].map(([sx, sy]) => {
      const x = (sx * width) / 2 + rng.range(-0.1, 0.1) * width;
      const y = (sy * height) / 2 + rng.range(-0.1, 0.1) * height;
      const rx = x * Math.cos(angle) - y * Math.sin(angle);
      const ry = x * Math.sin(angle) + y * Math.cos(angle);
      return [lon0 + rx / mPerDegLon, lat0 + ry / mPerDegLat] as Position;
    });
    const geometry: Polygon = { type: 'Polygon', coordinates: [[...corners, corners[0]]] };
    return { type: 'Feature', properties: { id: `p${i}`, name: `parcel ${i}` }, geometry };
  });
}

/** Every pair through turf.intersect + area, no bbox test: the naive way. */
function naiveReport(sites: readonly SiteFeature[], plan: readonly AreaFeature[]): number {
  let hits = 0;
  for (const site of sites) {
    for (const p of plan) {
      const shared = intersect(featureCollection([feature(site.geometry), feature(p.geometry)]));
      if (shared && turfArea(shared) > 0) hits++;
    }
  }
  return hits;
}

/** The bbox index, but turf.intersect for each candidate pair: what the index alone gives. */
function indexedTurfReport(sites: readonly SiteFeature[], plan: readonly AreaFeature[]): number {
  const prepared = plan.map((f) => prepareArea(f));
  const index = buildBBoxIndex(prepared, (p) => p.bbox);
  let hits = 0;
  for (const site of sites) {
    const s = prepareArea(site);
    for (const p of index.search(s.bbox)) if (intersectionOf(s, p)) hits++;
  }
  return hits;
}

const fmt = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`);
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));
const row = (...cells: string[]) => console.log(`  ${pad(cells[0], 56)}${pad(cells[1] ?? '', 22)}${cells[2] ?? ''}`);
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

const plan = readDrawnFeatures().features.filter(isAreaFeature);
/** Where the parcels fall: the bbox of 二七区 ∪ 中原区. */
const erqiZhongyuan = bbox(featureCollection(plan.filter((f) => f.properties.id === 'erqi' || f.properties.id === 'zhongyuan')));
const vertices = plan.reduce((n, f) => n + polygonsOf(f.geometry).flat(2).length, 0);
console.log(`Analysis benchmark: ${plan.length} plan polygons (${vertices} vertices), Node ${process.version}\n`);
row('measure', 'value', 'target');
row('-------', '-----', '------');

// (a)
const matrix = time(5, () => overlapMatrix(plan));
const m = matrix.result;
row('(a) overlap matrix, all vs all: median of 5 warm runs', fmt(matrix.ms), `< 200 ms ${verdict(matrix.ms < 200)}`);
row('    first (cold) run', fmt(matrix.coldMs), `< 200 ms ${verdict(matrix.coldMs < 200)}`);
row('    pairs / bbox-intersected / sharing area', `${m.totalPairs} / ${m.intersectedPairs} / ${m.overlaps.length}`);
if (m.failures.length) row('    pairs the geometry library failed on', `${m.failures.length}`);

// (b)
const count = option('parcels', 10_000);
const sample = Math.min(count, option('naive-sample', 300));
const sites = parcels(count, option('seed', 14), erqiZhongyuan);
const indexed = time(2, () => siteReport(sites, plan));
const hitsIndexed = indexed.result.rows.reduce((n, r) => n + r.hits.length, 0);
row(`(b) site report, ${count} parcels: median of 2 warm runs`, fmt(indexed.ms), `< 2000 ms ${verdict(indexed.ms < 2000)}`);
row('    first (cold) run', fmt(indexed.coldMs), `< 2000 ms ${verdict(indexed.coldMs < 2000)}`);
row('    parcel × plan pairs / plan areas reported', `${count * plan.length} / ${hitsIndexed}`);
const extrapolate = (fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  return { ms: (ms * count) / sample, label: sample < count ? `EXTRAPOLATED ×${+(count / sample).toFixed(1)} from ${sample} parcels (${fmt(ms)})` : 'measured' };
};
const naive = extrapolate(() => naiveReport(sites.slice(0, sample), plan));
row(`    naive: turf.intersect on all ${count * plan.length} pairs`, fmt(naive.ms), naive.label);
const indexOnly = extrapolate(() => indexedTurfReport(sites.slice(0, sample), plan));
row('    index + turf.intersect on the candidate pairs', fmt(indexOnly.ms), indexOnly.label);
const ratio = naive.ms / indexed.ms;
row('    speed-up over naive', `${ratio.toFixed(0)}×`, `≥ 10× ${verdict(ratio >= 10)}`);

// (c)
let worst = { id: '', rel: 0, turf: 0, ell: 0 };
for (const f of plan) {
  const turf = turfArea(f.geometry);
  const ell = ellipsoidalAreaM2(f.geometry);
  const rel = Math.abs(turf - ell) / ell;
  if (rel > worst.rel) worst = { id: f.properties.id, rel, turf, ell };
}
row('(c) Turf vs WGS-84 ellipsoidal area, largest difference', `${(worst.rel * 100).toFixed(4)} %`, `< 0.1 % ${verdict(worst.rel < 0.001)}`);
row(`    at ${worst.id}`, `${(worst.turf / 1e6).toFixed(3)} vs ${(worst.ell / 1e6).toFixed(3)} km²`);
