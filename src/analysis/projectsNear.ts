/**
 * Which planned projects are near a spot or a parcel: "what is planned here" and the location
 * button list the projects within about 1 km of the spot, nearest first; the site report the
 * projects inside or within 500 m of the user's parcel; a tap on the map takes the project under
 * the finger. Pure; no DOM or map.
 *
 * Only placed projects have a geometry (unplaced ones have none and are never near anything).
 * Distances are to the project's drawn geometry (its point, its line, the edge of its area; 0 inside),
 * measured as in pointQuery.ts: a Flatbush box search, then Turf on the nearest segments.
 */
import Flatbush from 'flatbush';
import { booleanIntersects, booleanPointInPolygon } from '@turf/turf';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { distanceToParts, flatParts } from './pointQuery';

/** What the query needs of a project: its id and (when placed) its geometry. */
export interface Locatable {
  geometry: Geometry | null;
  properties: { id: string };
}

export interface ProjectHit {
  id: string;
  /** Metres from the spot (or the parcel's edge) to the project; 0 inside or touching. */
  distanceM: number;
}

interface Entry {
  id: string;
  geometry: Geometry;
  parts: Float64Array[];
  bbox: [number, number, number, number];
}

export interface ProjectIndex {
  readonly size: number;
  /** @internal */ readonly entries: readonly Entry[];
  /** @internal */ readonly tree: Flatbush | null;
}

/** "Within about 1 km" of a spot, and "within 500 m" of a parcel. */
export const NEAR_SPOT_M = 1000;
export const NEAR_SITE_M = 500;

/** A lower bound of metres per degree (of latitude, and of longitude at Zhengzhou's 34–35°N ×1.2): search boxes never fall short. */
const M_PER_DEG_MIN = 90_000 * Math.cos((35 * Math.PI) / 180);

function bboxOf(parts: readonly Float64Array[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of parts) {
    for (let i = 0; i < p.length; i += 2) {
      x0 = Math.min(x0, p[i]);
      x1 = Math.max(x1, p[i]);
      y0 = Math.min(y0, p[i + 1]);
      y1 = Math.max(y1, p[i + 1]);
    }
  }
  return [x0, y0, x1, y1];
}

/** Build once when the projects load; unplaced projects (no geometry) are left out. */
export function createProjectIndex(projects: readonly Locatable[]): ProjectIndex {
  const entries: Entry[] = [];
  for (const p of projects) {
    if (!p?.geometry || !p.properties?.id) continue;
    const parts = flatParts(p.geometry);
    if (!parts.length) continue;
    entries.push({ id: p.properties.id, geometry: p.geometry, parts, bbox: bboxOf(parts) });
  }
  let tree: Flatbush | null = null;
  if (entries.length) {
    tree = new Flatbush(entries.length);
    for (const e of entries) tree.add(...e.bbox);
    tree.finish();
  }
  return { size: entries.length, entries, tree };
}

const isArea = (g: Geometry): g is Polygon | MultiPolygon => g.type === 'Polygon' || g.type === 'MultiPolygon';

const byDistance = (a: ProjectHit, b: ProjectHit): number => a.distanceM - b.distanceM || a.id.localeCompare(b.id);

/** Projects within `radiusM` of the spot, nearest first (at most `limit`). */
export function projectsNear(index: ProjectIndex, [lon, lat]: readonly [number, number], radiusM = NEAR_SPOT_M, limit = Infinity): ProjectHit[] {
  const { tree, entries } = index;
  if (!tree || !Number.isFinite(lon) || !Number.isFinite(lat) || !(radiusM >= 0)) return [];
  const reach = radiusM / M_PER_DEG_MIN;
  const hits: ProjectHit[] = [];
  for (const i of tree.search(lon - reach, lat - reach, lon + reach, lat + reach)) {
    const e = entries[i];
    const d = isArea(e.geometry) && booleanPointInPolygon([lon, lat], e.geometry) ? 0 : distanceToParts(e.parts, lon, lat);
    if (d <= radiusM) hits.push({ id: e.id, distanceM: d });
  }
  return hits.sort(byDistance).slice(0, limit);
}

/**
 * Projects inside, touching or within `radiusM` of an area (the user's parcel), nearest first.
 * Between two shapes that do not meet, the distance is the shortest from a vertex of one to the
 * other's edges, both ways round.
 */
export function projectsNearArea(index: ProjectIndex, area: Polygon | MultiPolygon, radiusM = NEAR_SITE_M): ProjectHit[] {
  const { tree, entries } = index;
  if (!tree) return [];
  const areaParts = flatParts(area);
  const [x0, y0, x1, y1] = bboxOf(areaParts);
  if (!Number.isFinite(x0)) return [];
  const reach = radiusM / M_PER_DEG_MIN;
  const hits: ProjectHit[] = [];
  for (const i of tree.search(x0 - reach, y0 - reach, x1 + reach, y1 + reach)) {
    const e = entries[i];
    let d = 0;
    if (!booleanIntersects(e.geometry, area)) {
      d = Infinity;
      for (const part of e.parts) for (let k = 0; k < part.length; k += 2) d = Math.min(d, distanceToParts(areaParts, part[k], part[k + 1]));
      for (const part of areaParts) for (let k = 0; k < part.length; k += 2) d = Math.min(d, distanceToParts(e.parts, part[k], part[k + 1]));
    }
    if (d <= radiusM) hits.push({ id: e.id, distanceM: d });
  }
  return hits.sort(byDistance);
}
