/**
 * Reading and writing the files of geodata/ and the plan seeds, for every
 * script that does (build-zones, build-geodata, validate-stories, audit-data,
 * build-districts, the benchmarks): one place that knows the layout.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataProblem, PlanCollection, PlanFeature } from '../src/data/types';
import type { Seeds } from './lib/validate/citations';

export const GEODATA = fileURLToPath(new URL('../geodata/', import.meta.url));
/** The plan documents, committed verbatim (geodata/plans), so quote checks run on every checkout. */
export const SEEDS_DIR = fileURLToPath(new URL('../geodata/plans/', import.meta.url));
/** The district polygons, relative to geodata/, the id of the layer they make and that layer's header (title, style, aliases). */
export const ADMIN_FILE = 'admin/districts.geojson';
export const ADMIN_LAYER = 'admin-districts';
export const ADMIN_HEADER = 'admin/layer.json';
/** Generated beside geodata/layers: each polygon or line layer's edges with their precision class. */
export const EDGES_DIR = 'edges';

/** `*.json` / `*.geojson` files of a geodata folder, sorted; none if the folder is missing. */
export function listFiles(dir: string, ext: string, root = GEODATA): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).filter((f) => f.endsWith(ext)).sort().map((f) => `${dir}/${f}`);
}

/** Parses a geodata file; a syntax error becomes a problem instead of a crash. */
export function readJson<T>(file: string, problems: DataProblem[], root = GEODATA): T | undefined {
  try {
    return JSON.parse(readFileSync(join(root, file), 'utf8')) as T;
  } catch (e) {
    problems.push({ file, featureId: '-', problem: `cannot read JSON: ${(e as Error).message}` });
    return undefined;
  }
}

/** Every feature the app draws, and the files read: the built layers (geodata/layers), then the districts. */
export function readDrawnFeatures(root = GEODATA): { files: string[]; features: PlanFeature[] } {
  const files = [...listFiles('layers', '.geojson', root), ADMIN_FILE];
  const features = files.flatMap((f) => (JSON.parse(readFileSync(join(root, f), 'utf8')) as PlanCollection).features);
  return { files, features };
}

/** The seeds' lines by file name; undefined when the folder is missing (quotes then go unchecked). */
export function readSeeds(dir = SEEDS_DIR): Seeds | undefined {
  if (!existsSync(dir)) return undefined;
  const seeds: Seeds = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const lines = readFileSync(join(dir, f), 'utf8').split('\n');
    if (lines[lines.length - 1] === '') lines.pop(); // the final newline ends the last line
    seeds[f] = lines;
  }
  return seeds;
}

/** A FeatureCollection file body with one feature per line, so diffs are reviewable. */
export function featureLines(fc: { features: unknown[] }): string {
  if (!fc.features.length) return '{"type":"FeatureCollection","features":[]}\n';
  return `{"type":"FeatureCollection","features":[\n${fc.features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}
