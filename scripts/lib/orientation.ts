/**
 * The orientation layer under the plan layers: metro lines and stations (committed copy of the
 * 2025 reference, see geodata/orientation/README.md), the named roads the plan boundaries follow
 * and the landmarks of the gazetteer. Roads are drawn from the project's own located places:
 * straight lines through the junctions and road points of geodata/places on the same road, so
 * they are schematic (they cut corners between junctions). Pure: the build script reads and writes.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import type { DataProblem, Place } from '../../src/data/types';
import type { PlaceLike } from '../../src/data/search';
import type { OrientationBundle, OrientationProperties } from '../../src/data/orientation';
import { lineNameEn } from './metroNames';
import { placeNameEn } from './placeNameRomanisation';

/** geodata/orientation/roads.json: each road as the gazetteer places it passes, in order; its English name is its Pinyin. */
export interface RoadRecipe {
  name: string;
  places: string[];
}

export const ROADS_FILE = 'orientation/roads.json';

/**
 * geodata/orientation/landmarks.json, how the landmarks' English names are made. Every name is written in Pinyin as
 * the place-name rules write it (scripts/lib/placeNameRomanisation.ts), except a named institution's own published
 * English name (`established`, with where it is published). `words` divides a name into words where the generics the
 * module knows cannot tell (化工 路 西流湖), by place id.
 */
export interface LandmarkNames {
  established?: Record<string, { en: string; source: string }>;
  words?: Record<string, string>;
}
export const LANDMARK_NAMES_FILE = 'orientation/landmarks.json';

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** One polyline per road recipe; a recipe naming an unknown place, or fewer than two, is a problem. */
export function buildRoads(recipes: readonly RoadRecipe[], places: ReadonlyMap<string, Place>): { roads: FeatureCollection<LineString, OrientationProperties>; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const features: Feature<LineString, OrientationProperties>[] = [];
  for (const recipe of recipes) {
    const nameEn = placeNameEn(recipe.name);
    const id = `road-${slug(nameEn)}`;
    const missing = recipe.places.filter((p) => !places.has(p));
    for (const p of missing) problems.push({ file: ROADS_FILE, featureId: recipe.name, problem: `unknown place "${p}" (not in geodata/places)` });
    if (missing.length) continue;
    if (recipe.places.length < 2) {
      problems.push({ file: ROADS_FILE, featureId: recipe.name, problem: 'a road needs at least two located places' });
      continue;
    }
    const points = recipe.places.map((p) => places.get(p)!);
    features.push({
      type: 'Feature',
      properties: { id, name: recipe.name, nameEn, precisionM: Math.max(...points.map((p) => p.precisionM)) },
      geometry: { type: 'LineString', coordinates: points.map((p) => [p.lon, p.lat]) },
    });
  }
  return { roads: { type: 'FeatureCollection', features }, problems };
}

/**
 * Landmarks worth a label: the gazetteer's landmarks and facilities, minus metro stations (drawn from the metro
 * data), each with its English name: its published one where `names.established` has it, else its Pinyin (divided
 * into words as `names.words` says, where it does). A name that cannot be written, or a word division that does not
 * spell the name, is a problem.
 */
export function landmarks(places: Iterable<Place>, names: LandmarkNames = {}): { landmarks: FeatureCollection<Point, OrientationProperties>; problems: DataProblem[] } {
  const features: Feature<Point, OrientationProperties>[] = [];
  const problems: DataProblem[] = [];
  const own = <T>(record: Record<string, T> | undefined, id: string) => (record && Object.hasOwn(record, id) ? record[id] : undefined);
  for (const p of places) {
    if ((p.kind !== 'landmark' && p.kind !== 'facility') || /站$/.test(p.name)) continue;
    // "二七万达广场（大学南路8号）": the label is the name, the bracket is how it was located.
    const name = p.name.replace(/（[^）]*）$/, '');
    const words = own(names.words, p.id);
    let nameEn = own(names.established, p.id)?.en;
    if (words !== undefined && words.replace(/\s+/g, '') !== name) problems.push({ file: LANDMARK_NAMES_FILE, featureId: p.id, problem: `words "${words}" do not spell the name ${name}` });
    else if (!nameEn) {
      try {
        nameEn = placeNameEn(words ?? name);
      } catch (e) {
        problems.push({ file: LANDMARK_NAMES_FILE, featureId: p.id, problem: (e as Error).message });
      }
    }
    features.push({ type: 'Feature', properties: { id: p.id, name, ...(nameEn ? { nameEn } : {}), precisionM: p.precisionM }, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } });
  }
  return { landmarks: { type: 'FeatureCollection', features }, problems };
}

/** A point of the orientation layer as a search entry of this kind. */
const pointPlace = (f: Feature<Point, OrientationProperties>, kind: PlaceLike['kind'], detail?: { zh: string; en: string }): PlaceLike => ({
  id: f.properties.id,
  name: f.properties.name,
  nameEn: f.properties.nameEn,
  lon: f.geometry.coordinates[0],
  lat: f.geometry.coordinates[1],
  kind,
  ...(detail !== undefined ? { detail: detail.zh, detailEn: detail.en } : {}),
});

/** Stations, roads and landmarks as search entries: a station by name with its lines, a road at its middle place, a landmark with its English name. */
export function orientationPlaces(bundle: Pick<OrientationBundle, 'stations' | 'roads' | 'landmarks'>): PlaceLike[] {
  const stations = bundle.stations.features.map((f) => {
    const lines = f.properties.lines ?? [];
    return pointPlace(f, 'station', { zh: lines.join(' · '), en: lines.map(lineNameEn).join(' · ') });
  });
  const roads: PlaceLike[] = bundle.roads.features.map((f) => {
    const xy = f.geometry.coordinates;
    const middle = xy[Math.floor((xy.length - 1) / 2)];
    return { id: f.properties.id, name: f.properties.name, nameEn: f.properties.nameEn, lon: middle[0], lat: middle[1], kind: 'road' };
  });
  return [...stations, ...roads, ...bundle.landmarks.features.map((f) => pointPlace(f, 'place'))];
}
