/**
 * Reads geodata/orientation/ (the committed metro copy and the road recipes) and builds the
 * orientation bundle: roads drawn through the gazetteer's located places, landmarks from the
 * gazetteer. Problems (an unknown place, an unreadable file) join the build's list.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { OrientationBundle, OrientationProperties } from '../src/data/orientation';
import type { PlaceLike } from '../src/data/search';
import type { DataProblem, Place } from '../src/data/types';
import { GEODATA, readJson } from './geodataFiles';
import { buildRoads, LANDMARK_NAMES_FILE, type LandmarkNames, landmarks, orientationPlaces, ROADS_FILE, type RoadRecipe } from './lib/orientation';

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

export function buildOrientation(places: readonly Place[], problems: DataProblem[], root = GEODATA): { bundle: OrientationBundle; places: PlaceLike[]; notes: string[] } {
  // A checkout without the folder (a test's fixture) builds an empty layer; a broken file is a problem.
  const read = <T>(file: string): T | undefined => (existsSync(join(root, file)) ? readJson<T>(file, problems, root) : undefined);
  const metroLines = read<FeatureCollection<LineString, OrientationProperties>>('orientation/metro-lines.geojson') ?? { ...EMPTY, features: [] };
  const stations = read<FeatureCollection<Point, OrientationProperties>>('orientation/metro-stations.geojson') ?? { ...EMPTY, features: [] };
  const recipes = read<{ roads: RoadRecipe[] }>(ROADS_FILE)?.roads ?? [];
  const built = buildRoads(recipes, new Map(places.map((p) => [p.id, p])));
  problems.push(...built.problems);
  const labelled = landmarks(places, read<LandmarkNames>(LANDMARK_NAMES_FILE) ?? {});
  problems.push(...labelled.problems);
  const bundle: OrientationBundle = { metroLines, stations, roads: built.roads, landmarks: labelled.landmarks };
  return { bundle, places: orientationPlaces(bundle), notes: [] };
}
