/**
 * The projects as the map draws them: located or approximate, the projects a year lights, and
 * from which zoom each point is drawn (thinned at city zoom). Pure; no DOM or map.
 */
import { metresPerPixel } from '../export/scaleBar';
import type { ProjectFeature } from '../data/projects';

/** A project's place is "located" (a solid mark) at or under this precision; coarser ones are approximate (hollow). */
export const LOCATED_MAX_M = 250;

export const isLocated = (p: ProjectFeature): boolean => p.geometry !== null && p.properties.precisionM !== null && p.properties.precisionM <= LOCATED_MAX_M;

/**
 * How a project stands on the map, as its mark in every list shows it (ui/projects/ProjectSwatch.tsx): located
 * (solid), approximate (a ring) or not placed (not on the map at all: no ring, and nothing to fly to).
 */
export type ProjectPlace = 'located' | 'approximate' | 'unplaced';

export const placeOf = (p: ProjectFeature): ProjectPlace => (p.geometry === null ? 'unplaced' : isLocated(p) ? 'located' : 'approximate');

/** Ids of the projects with a schedule entry (built, started or planned) in that year. */
export function projectIdsOfYear(projects: readonly ProjectFeature[], year: number | null): string[] {
  if (year === null) return [];
  return projects.filter((p) => p.properties.schedule.some((s) => s.year === year)).map((p) => p.properties.id);
}

export interface ThinningOptions {
  /** The widest view thinned, and the zoom from which every point shows (street zoom). */
  fromZoom?: number;
  toZoom?: number;
  /** Two points drawn closer than this (screen pixels, MapLibre's 512-px tiles) at a zoom: the later one waits. */
  minPx?: number;
  /** A line shorter than this on screen at a zoom waits for a closer one. */
  minLinePx?: number;
}

/** A line's length in metres, on a plane around each segment. */
export function lineLengthM(coordinates: readonly (readonly number[])[]): number {
  let m = 0;
  for (let i = 1; i < coordinates.length; i++) m += groundDistanceM(coordinates[i - 1], coordinates[i]);
  return m;
}

/**
 * From which zoom each point project is drawn, so that at city zoom the marks do not pile up:
 * zoom by zoom, from `fromZoom`, a point joins once it lies `minPx` from every point already
 * drawn; located places before approximate ones, then in id order. A point drawn at one zoom is
 * drawn at every closer zoom; from `toZoom` all are. A line (a road work) is drawn from the zoom at
 * which it is `minLinePx` long, so a short street does not speckle the city view; areas always.
 */
export function thinningZooms(projects: readonly ProjectFeature[], options: ThinningOptions = {}): Map<string, number> {
  const { fromZoom = 10, toZoom = 14, minPx = 22, minLinePx = 24 } = options;
  const points = projects
    .filter((p) => p.geometry?.type === 'Point')
    .sort((a, b) => Number(isLocated(b)) - Number(isLocated(a)) || (a.properties.id < b.properties.id ? -1 : 1))
    .map((p) => ({ id: p.properties.id, at: (p.geometry as { coordinates: number[] }).coordinates }));
  const zooms = new Map<string, number>();
  const drawn: { at: number[] }[] = [];
  for (let z = fromZoom; z < toZoom; z++) {
    const mpp = metresPerPixel(34.75, z);
    const minM = minPx * mpp;
    for (const p of points) {
      if (zooms.has(p.id)) continue;
      const clear = drawn.every((q) => groundDistanceM(p.at, q.at) >= minM);
      if (clear) {
        zooms.set(p.id, z);
        drawn.push(p);
      }
    }
  }
  for (const p of points) if (!zooms.has(p.id)) zooms.set(p.id, toZoom);
  for (const p of projects) {
    if (p.geometry?.type !== 'LineString') continue;
    const m = lineLengthM(p.geometry.coordinates);
    let z = fromZoom;
    while (z < toZoom && m / metresPerPixel(34.75, z) < minLinePx) z++;
    zooms.set(p.properties.id, z);
  }
  return zooms;
}

/** Metres between two lon/lat points, on a plane around them (a few km at most matter here). */
function groundDistanceM(a: readonly number[], b: readonly number[]): number {
  const kx = Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180) * 111_195;
  return Math.hypot((a[0] - b[0]) * kx, (a[1] - b[1]) * 111_195);
}
