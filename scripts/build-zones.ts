/**
 * Builds geodata/layers/<layer>.geojson from geodata/places/*.json,
 * geodata/zones/*.json and geodata/admin/districts.geojson, and beside each
 * polygon or line layer geodata/edges/<layer>.geojson: its edges with their
 * precision class (scripts/lib/recipe/edgeClasses.ts).
 * `npm run data:zones` writes them; build-geodata (`npm run build`) only checks
 * that the committed files are what the recipes give, and fails naming this command.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildLayer, RecipeError } from './lib/recipe/build';
import type { Districts } from './lib/recipe/context';
import type { EdgeMap } from './lib/recipe/edges';
import { newFitState } from './lib/recipe/fit';
import type { EdgeRun } from './lib/recipe/edgeClasses';
import { validatePlaces } from './lib/validate/places';
import type { DataProblem, EdgeCollection, Place, PlacesFile, PlanCollection, PlanFeature, ZoneFile } from '../src/data/types';
import { ADMIN_FILE, EDGES_DIR, featureLines, GEODATA, listFiles, readJson } from './geodataFiles';

/** All gazetteer places, each file checked (validatePlaces); an id defined in two files is a problem too. */
function loadPlaces(problems: DataProblem[], root = GEODATA): Place[] {
  const seen = new Map<string, string>();
  const out: Place[] = [];
  for (const file of listFiles('places', '.json', root)) {
    const data = readJson<PlacesFile>(file, problems, root);
    if (data === undefined) continue;
    problems.push(...validatePlaces(file, data));
    if (!Array.isArray(data?.places)) continue;
    for (const place of data.places) {
      const first = seen.get(place?.id);
      if (first) problems.push({ file, featureId: place.id, problem: `place id also defined in ${first}` });
      else seen.set(place?.id, file);
      out.push(place);
    }
  }
  return out;
}

export interface ZonesResult {
  /** Layer ids built, in zone-file order. */
  layers: string[];
  /** What the build read, so callers need not read it again: the gazetteer, the districts and every zone file that parsed. */
  places: Place[];
  districts: Districts | undefined;
  zones: { file: string; zone: ZoneFile }[];
  problems: DataProblem[];
}

/** A recipe failure that another layer's build may cure (`sameAs` a feature not built yet). */
const waitsForTwin = (e: RecipeError) => e.problems.every((p) => p.problem.includes('not yet built'));

export interface ZonesOptions {
  /** Write the layer files (default). Without it, a committed layer file that differs from what its recipes give, or has no zone file, is a problem. */
  write?: boolean;
}

const REGENERATE = 'run `npm run data:zones` and commit geodata/layers and geodata/edges';

/** A layer's edges, feature by feature in the layer's order: what the map draws solid, dashed or as a halo. */
export function edgeCollection(fc: PlanCollection, edges: ReadonlyMap<string, EdgeRun[]>): EdgeCollection {
  return {
    type: 'FeatureCollection',
    features: fc.features.flatMap((f) =>
      (edges.get(f.properties.id) ?? []).map((run) => ({
        type: 'Feature' as const,
        properties: { id: f.properties.id, edge: run.edge, precisionM: run.precisionM },
        geometry: { type: 'LineString' as const, coordinates: run.coordinates },
      })),
    ),
  };
}

/** Writes a generated file, or (checking) says when the committed one differs. */
function emit(root: string, file: string, text: string, write: boolean, zoneFile: string, problems: DataProblem[]): void {
  const path = join(root, file);
  if (write) writeFileSync(path, text);
  else if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
    problems.push({ file, featureId: '-', problem: `is not what ${zoneFile} gives (stale or missing): ${REGENERATE}` });
  }
}

/**
 * Builds every zone file. A layer whose recipes fail is not rewritten (its
 * committed file stays as it was); layer files without a zone file are removed.
 */
export function buildZones(root = GEODATA, { write = true }: ZonesOptions = {}): ZonesResult {
  const problems: DataProblem[] = [];
  const places = loadPlaces(problems, root);
  const districts = readJson<Districts>(ADMIN_FILE, problems, root);
  const zoneFiles = listFiles('zones', '.json', root);
  const zones: ZonesResult['zones'] = [];
  for (const file of zoneFiles) {
    const zone = readJson<ZoneFile>(file, problems, root);
    if (zone !== undefined) zones.push({ file, zone });
  }
  const layers: string[] = [];
  if (!districts) return { layers, places, districts, zones, problems };

  if (write && zoneFiles.length) for (const dir of ['layers', EDGES_DIR]) mkdirSync(join(root, dir), { recursive: true });
  let pending: { file: string; zone: ZoneFile }[] = [];
  for (const { file, zone } of zones) {
    if (!zone) continue;
    const expected = basename(file, '.json');
    if (zone.layer !== expected) {
      problems.push({ file, featureId: '-', problem: `"layer" is ${JSON.stringify(zone.layer)} but the file name says "${expected}"` });
      continue;
    }
    pending.push({ file, zone });
  }
  // Layers that fit estimated edges to stated areas go first, so every layer drawing with those places sees the fitted line.
  const fitsEdges = (z: ZoneFile) => Array.isArray(z.features) && z.features.some((f) => f?.fit !== undefined);
  pending.sort((a, b) => Number(fitsEdges(b.zone)) - Number(fitsEdges(a.zone)));

  // Layers copying geometry from others (`sameAs`) wait for them: build in passes until nothing changes.
  const built = new Map<string, PlanFeature>();
  // Estimated edges fitted to stated areas: a neighbour built later draws the same fitted line.
  const fits = newFitState();
  const edges: EdgeMap = new Map();
  const lastError = new Map<string, RecipeError>();
  let progress = true;
  while (pending.length && progress) {
    progress = false;
    const waiting: typeof pending = [];
    for (const item of pending) {
      try {
        const fc = buildLayer(item.zone, places, districts, built, fits, edges);
        for (const f of fc.features) built.set(f.properties.id, f);
        emit(root, `layers/${item.zone.layer}.geojson`, featureLines(fc), write, item.file, problems);
        if (item.zone.geometry !== 'point') emit(root, `${EDGES_DIR}/${item.zone.layer}.geojson`, featureLines(edgeCollection(fc, edges)), write, item.file, problems);
        layers.push(item.zone.layer);
        progress = true;
      } catch (e) {
        if (!(e instanceof RecipeError)) throw e;
        if (waitsForTwin(e)) {
          waiting.push(item);
          lastError.set(item.file, e);
        } else problems.push(...e.problems.map((p) => ({ file: item.file, featureId: p.featureId, problem: p.problem })));
      }
    }
    pending = waiting;
  }
  for (const { file } of pending) {
    problems.push(...lastError.get(file)!.problems.map((p) => ({ file, featureId: p.featureId, problem: p.problem })));
  }

  const wanted = new Set(zoneFiles.map((f) => basename(f, '.json')));
  const edged = new Set(zones.filter(({ zone }) => zone?.geometry !== 'point').map(({ zone }) => zone?.layer));
  const orphans = [
    ...listFiles('layers', '.geojson', root).filter((f) => !wanted.has(basename(f, '.geojson'))),
    ...listFiles(EDGES_DIR, '.geojson', root).filter((f) => !edged.has(basename(f, '.geojson'))),
  ];
  for (const file of orphans) {
    if (write) rmSync(join(root, file));
    else problems.push({ file, featureId: '-', problem: `has no zone file: ${REGENERATE}` });
  }
  return { layers, places, districts, zones, problems };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { layers, problems } = buildZones();
  for (const p of problems) console.error(`${p.file} › ${p.featureId}: ${p.problem}`);
  console.log(`built ${layers.length} layer(s)${layers.length ? `: ${layers.join(', ')}` : ''}`);
  process.exit(problems.length ? 1 : 0);
}
