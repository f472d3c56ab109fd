/**
 * The located points a project recipe may name (`place`, `line`): the gazetteer (geodata/places) and the metro
 * stations of the orientation layer (geodata/orientation/metro-stations.geojson, ±60 m), by id.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, Point } from 'geojson';
import { GEODATA, listFiles, readJson } from '../geodataFiles';
import type { DataProblem, PlacesFile } from '../../src/data/types';

export interface Anchor {
  id: string;
  name: string;
  lon: number;
  lat: number;
  precisionM: number;
  /** The reference the point was taken from, in its file's words. */
  from: string;
}

export const METRO_STATIONS_FILE = 'orientation/metro-stations.geojson';
/** The stations' precision (../shared/README.md: ±30–60 m after conversion). */
const STATION_PRECISION_M = 60;

export function readAnchors(problems: DataProblem[], root = GEODATA): Map<string, Anchor> {
  const out = new Map<string, Anchor>();
  for (const file of listFiles('places', '.json', root)) {
    for (const p of readJson<PlacesFile>(file, problems, root)?.places ?? []) out.set(p.id, { id: p.id, name: p.name, lon: p.lon, lat: p.lat, precisionM: p.precisionM, from: p.from });
  }
  if (existsSync(join(root, METRO_STATIONS_FILE))) {
    const stations = readJson<FeatureCollection<Point, { id: string; name: string }>>(METRO_STATIONS_FILE, problems, root);
    for (const f of stations?.features ?? []) {
      const [lon, lat] = f.geometry.coordinates;
      out.set(f.properties.id, { id: f.properties.id, name: `地铁${f.properties.name}站`, lon, lat, precisionM: STATION_PRECISION_M, from: `metro-2025: ${f.properties.name}` });
    }
  }
  return out;
}
