/**
 * The overlap matrix of every plan polygon, all vs all, in PostGIS: the yardstick
 * for the app's own matrix (scripts/bench-analysis.ts, bench/matrix.ts). Intersection
 * areas on the sphere (ST_Area(geography, false)), like the app's Turf areas.
 *
 * Needs PostgreSQL with PostGIS on this machine (Debian: apt-get install postgresql postgis)
 * and is skipped with a message otherwise: CI and the tests never need it. A local cluster
 * that is down is started for the run and stopped again.
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAreaFeature } from '../src/data/types';
import { readDrawnFeatures } from './geodataFiles';

const has = (cmd: string) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

if (!has('psql') || !has('pg_lsclusters')) {
  console.log('PostGIS: skipped (no PostgreSQL here; on Debian: apt-get install postgresql postgis)');
  process.exit(0);
}

const [cluster] = execSync('pg_lsclusters --no-header', { encoding: 'utf8' }).trim().split('\n').map((l) => l.split(/\s+/));
if (!cluster?.[0]) {
  console.log('PostGIS: skipped (PostgreSQL is installed but has no cluster)');
  process.exit(0);
}
const [version, name, , status] = cluster;
const startedHere = status !== 'online';
if (startedHere) execFileSync('pg_ctlcluster', [version, name, 'start']);

const RUNS = 5;
const plan = readDrawnFeatures().features.filter(isAreaFeature);
const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;
const matrix = `SELECT count(*) FROM (
  SELECT ST_Area(ST_Intersection(a.g, b.g)::geography, false) AS m2
  FROM plan a JOIN plan b ON a.id < b.id AND a.g && b.g
) pairs WHERE m2 > 0;`;
const sql = [
  'SET client_min_messages = warning;',
  'CREATE EXTENSION IF NOT EXISTS postgis;',
  'CREATE TEMP TABLE plan (id text PRIMARY KEY, g geometry(Geometry, 4326));',
  // GEOS refuses rings that touch themselves (a district outline does); made valid on load, not timed.
  ...plan.map((f) => `INSERT INTO plan VALUES (${quote(f.properties.id)}, ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(${quote(JSON.stringify(f.geometry))}), 4326)));`),
  '\\timing on',
  ...Array.from({ length: RUNS }, () => matrix),
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'atlas-postgis-'));
chmodSync(dir, 0o755);
const file = join(dir, 'matrix.sql');
writeFileSync(file, sql);
chmodSync(file, 0o644);
try {
  const out = execFileSync('runuser', ['-u', 'postgres', '--', 'psql', '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', 'postgres', '-f', file], { encoding: 'utf8' });
  const times = [...out.matchAll(/Time: ([\d.]+) ms/g)].map((m) => Number(m[1]));
  const counts = [...out.matchAll(/^\s*(\d+)\s*$/gm)].map((m) => Number(m[1]));
  const warm = [...times.slice(1)].sort((a, b) => a - b)[Math.floor((times.length - 1) / 2)];
  const pgVersion = execSync('runuser -u postgres -- psql -X -At -d postgres -c "SELECT postgis_lib_version()"', { encoding: 'utf8' }).trim();
  console.log(`PostGIS ${pgVersion} (PostgreSQL ${version}): overlap matrix of ${plan.length} plan polygons, ${counts[0]} pairs sharing area`);
  console.log('  (geometries made valid with ST_MakeValid when loaded; loading not timed)');
  console.log(`  runs ${times.map((t) => t.toFixed(0)).join(' ')} ms; first ${times[0].toFixed(0)} ms, warm median ${warm.toFixed(0)} ms`);
} finally {
  rmSync(dir, { recursive: true, force: true });
  if (startedHere) execFileSync('pg_ctlcluster', [version, name, 'stop']);
}
