/**
 * Reads geodata/orientation/ (the committed metro copy and the road recipes) and builds the
 * orientation bundle: roads drawn through the gazetteer's located places, landmarks from the
 * gazetteer. Problems (an unknown place, an unreadable file) join the build's list.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';
import type { OrientationBundle, OrientationProperties } from '../src/data/orientation';
import type { PlaceLike } from '../src/data/search';
import type { DataProblem, Place } from '../src/data/types';
import { GEODATA, readJson } from './geodataFiles';
import { buildRoads, landmarks, orientationPlaces, ROADS_FILE, type RoadRecipe } from './lib/orientation';

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

export function buildOrientation(places: readonly Place[], problems: DataProblem[], root = GEODATA): { bundle: OrientationBundle; places: PlaceLike[] } {
  const metroLines = readJson<FeatureCollection<LineString, OrientationProperties>>('orientation/metro-lines.geojson', problems, root) ?? { ...EMPTY, features: [] };
  const stations = readJson<FeatureCollection<Point, OrientationProperties>>('orientation/metro-stations.geojson', problems, root) ?? { ...EMPTY, features: [] };
  const recipes = readJson<{ roads: RoadRecipe[] }>(ROADS_FILE, problems, root)?.roads ?? [];
  const built = buildRoads(recipes, new Map(places.map((p) => [p.id, p])));
  problems.push(...built.problems);
  const bundle: OrientationBundle = { metroLines, stations, roads: built.roads, landmarks: landmarks(places) };
  return { bundle, places: orientationPlaces(bundle) };
}
