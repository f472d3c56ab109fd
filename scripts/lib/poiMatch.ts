/**
 * Places a project from reference POIs (`npm run data:projects`): the POIs whose name or address holds one of
 * the recipe's words, in the district the plan puts the project in (a same-name place in another district is
 * never taken: 杉杉奥莱 has outlets in 二七区 and in 中牟县) and near the board the plan ties it to; their median,
 * with outliers dropped; the precision from their spread. Pure: the caller passes the POIs and the board.
 */
import { booleanPointInPolygon, distance, point, pointToLineDistance, pointToPolygonDistance } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export interface Poi {
  name: string;
  address: string;
  district: string;
  lon: number;
  lat: number;
}

export interface PoiQuery {
  words: string[];
  district: string;
  /** Words that rule a POI out (another place that shares the words). */
  exclude?: string[];
  /** The board, zone or centre the plan ties the project to, and how far from it a POI may lie (metres). */
  near?: { geometry: Geometry; withinM: number };
}

/** One POI's own position error (commercial-map POIs after datum conversion, see ../shared/README.md). */
export const POI_PRECISION_M = 150;
/** Never closer than this: even many POIs in one mall mark a site, not a door. */
export const MIN_PRECISION_M = 100;
/** A spread wider than this is no one place: the project is left unplaced rather than put between sites. */
export const MAX_PRECISION_M = 500;
/** A POI further than max(this, 3 × the median distance) from the median is an outlier. */
export const OUTLIER_FLOOR_M = 300;

export interface PoiMatch {
  /** Matched the words anywhere in Zhengzhou. */
  matched: number;
  /** Same words, other districts: not taken. */
  otherDistricts: Record<string, number>;
  /** In the district but too far from the board. */
  tooFar: number;
  /** Taken into the median. */
  used: Poi[];
  /** Dropped as outliers (too far from the others' median). */
  outliers: Poi[];
  /** The median of the used POIs; null when none is left or they spread too wide. */
  position: Position | null;
  /** 80th percentile of the used POIs' distances from the median, metres. */
  spreadM: number | null;
  /** ± metres: the spread or POI_PRECISION_M/√n, whichever is larger, at least MIN_PRECISION_M; null when not placed. */
  precisionM: number | null;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};
const metres = (a: Position, b: Position) => distance(a, b, { units: 'meters' });
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const medianOf = (pois: Poi[]): Position => [round6(median(pois.map((p) => p.lon))), round6(median(pois.map((p) => p.lat)))];

/** Distance from a position to a geometry in metres: 0 inside a polygon. */
export function distanceToM(pos: Position, g: Geometry): number {
  const pt = point(pos);
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const f: Feature<Polygon | MultiPolygon> = { type: 'Feature', properties: {}, geometry: g };
    return booleanPointInPolygon(pt, f) ? 0 : Math.abs(pointToPolygonDistance(pt, f, { units: 'meters' }));
  }
  if (g.type === 'LineString') return pointToLineDistance(pt, g, { units: 'meters' });
  if (g.type === 'MultiLineString') return Math.min(...g.coordinates.map((c) => pointToLineDistance(pt, { type: 'LineString', coordinates: c }, { units: 'meters' })));
  if (g.type === 'Point') return metres(pos, g.coordinates);
  throw new Error(`distanceToM: ${g.type} not supported`);
}

const holds = (p: Poi, words: string[]) => words.some((w) => p.name.includes(w) || p.address.includes(w));

export function matchPois(pois: readonly Poi[], q: PoiQuery): PoiMatch {
  const matched = pois.filter((p) => holds(p, q.words) && !holds(p, q.exclude ?? []));
  const otherDistricts: Record<string, number> = {};
  for (const p of matched) if (p.district !== q.district) otherDistricts[p.district] = (otherDistricts[p.district] ?? 0) + 1;
  const inDistrict = matched.filter((p) => p.district === q.district);
  const near = q.near ? inDistrict.filter((p) => distanceToM([p.lon, p.lat], q.near!.geometry) <= q.near!.withinM) : inDistrict;
  const out: PoiMatch = { matched: matched.length, otherDistricts, tooFar: inDistrict.length - near.length, used: near, outliers: [], position: null, spreadM: null, precisionM: null };
  if (!near.length) return out;

  // Outliers: further from the median than 3 × the median distance (never less than the floor).
  let centre = medianOf(near);
  const dists = near.map((p) => metres([p.lon, p.lat], centre));
  const limit = Math.max(OUTLIER_FLOOR_M, 3 * median(dists));
  out.used = near.filter((_, i) => dists[i] <= limit);
  out.outliers = near.filter((_, i) => dists[i] > limit);
  centre = medianOf(out.used);
  const spread = out.used.length > 1 ? quantile(out.used.map((p) => metres([p.lon, p.lat], centre)), 0.8) : 0;
  out.spreadM = Math.round(spread);
  // A lone POI is as good as its own error; several agree to about that error over √n, or to their spread.
  const precision = Math.max(MIN_PRECISION_M, Math.ceil(Math.max(spread, POI_PRECISION_M / Math.sqrt(out.used.length)) / 10) * 10);
  if (precision > MAX_PRECISION_M) return out;
  out.position = centre;
  out.precisionM = precision;
  return out;
}
