/**
 * Draws a named road's renovation as a line from points known to lie on it (`npm run data:projects`, recipe
 * `road`): the points inside the district whose plan names the road (a same-name road in another district is never
 * taken), outliers off the road's axis dropped, a stretch far along the axis from the main one left out (a namesake
 * in the same district, or a stretch beyond a gap too long to bridge), then ordered along the road's principal axis and
 * averaged in overlapping windows into a polyline. Its precision holds for every part of the line: the larger of the
 * points' spread off the line (90th percentile of their distances from it) and the farthest any part of the line lies
 * from the nearest point (where the line bridges a gap between points or runs to an end), never less than the sources'
 * own error. Pure: the caller passes the points and the district.
 */
import type { Geometry, Position } from 'geojson';
import { distanceToM } from './poiMatch';

export interface RoadPoint {
  lon: number;
  lat: number;
  /** Which reference and record: 'road-evidence: 陇海中路 amap_poi:陇海中路56号' … */
  from: string;
}

/** Points further off the axis than max(this, 3 × the median offset) are not on this road. */
export const OFF_AXIS_FLOOR_M = 250;
/** Past this p90 offset from a straight axis the road bends too much to be ordered along one axis. */
export const MAX_BEND_M = 400;
/** Beyond this the points mark a corridor, not a road. */
export const MAX_ROAD_PRECISION_M = 300;
/**
 * A gap this long along the axis with no point separates two stretches: a namesake in the same district, or a stretch
 * the evidence does not cover (an urban road has a stop or an address every few hundred metres); only one is drawn.
 * Not bridged: the middle of a line across it would lie half the gap or more from any point known to lie on the road,
 * near MAX_ROAD_PRECISION_M once the points' own offset from the line is added.
 */
export const MAX_GAP_M = 500;
/** A vertex every this many metres along the axis, the mean of the points within this distance of it. */
export const BIN_M = 250;
/** At least this many points, spanning at least MIN_EXTENT_M, make a line. */
export const MIN_POINTS = 3;
export const MIN_EXTENT_M = 300;
/** Stops and addresses sit 10–60 m off the centreline (../shared/README.md): a line is never better than this. */
export const MIN_ROAD_PRECISION_M = 60;
/** The line is measured against the points every this many metres along it (and at every vertex). */
export const COVER_STEP_M = 2;

const M_PER_DEG_LAT = 110_574;
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const ceil10 = (v: number) => Math.ceil(v / 10) * 10;

/** A local plane in metres around the points' mean (equirectangular: errors far below a road's width at city scale). */
function frame(points: readonly { lon: number; lat: number }[]) {
  const lon0 = points.reduce((s, p) => s + p.lon, 0) / points.length;
  const lat0 = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const kx = M_PER_DEG_LAT * Math.cos((lat0 * Math.PI) / 180);
  return {
    xy: (p: { lon: number; lat: number }): [number, number] => [(p.lon - lon0) * kx, (p.lat - lat0) * M_PER_DEG_LAT],
    lonlat: ([x, y]: [number, number]): Position => [round6(lon0 + x / kx), round6(lat0 + y / M_PER_DEG_LAT)],
  };
}

export interface AxisOrder {
  /** The points in order along the axis, each with its position along it, its signed offset (left +) and distance off it (metres). */
  points: { p: RoadPoint; alongM: number; sideM: number; offM: number }[];
  /** The axis' bearing, degrees clockwise from north, 0–180. */
  bearingDeg: number;
  /** The position `alongM` along the axis and `sideM` off it (left +). */
  toLonLat: (alongM: number, sideM: number) => Position;
}

/** Orders points along their principal axis (the direction of greatest spread, through their mean). */
export function orderAlongAxis(points: readonly RoadPoint[]): AxisOrder {
  if (!points.length) return { points: [], bearingDeg: 0, toLonLat: () => [0, 0] };
  const f = frame(points);
  const xy = points.map(f.xy);
  const mx = xy.reduce((s, [x]) => s + x, 0) / xy.length;
  const my = xy.reduce((s, [, y]) => s + y, 0) / xy.length;
  let sxx = 0, syy = 0, sxy = 0;
  for (const [x, y] of xy) { sxx += (x - mx) ** 2; syy += (y - my) ** 2; sxy += (x - mx) * (y - my); }
  const theta = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const [dx, dy] = [Math.cos(theta), Math.sin(theta)];
  const out = points.map((p, i) => {
    const [x, y] = [xy[i][0] - mx, xy[i][1] - my];
    const sideM = -dy * x + dx * y;
    return { p, alongM: x * dx + y * dy, sideM, offM: Math.abs(sideM) };
  });
  out.sort((a, b) => a.alongM - b.alongM);
  const bearing = ((90 - (theta * 180) / Math.PI) % 180 + 180) % 180;
  return { points: out, bearingDeg: Math.round(bearing), toLonLat: (a, side) => f.lonlat([mx + a * dx - side * dy, my + a * dy + side * dx]) };
}

/** Splits the points into those inside the district (or within toleranceM of its drawn border) and the rest. */
export function clipToDistrict<T extends { lon: number; lat: number }>(points: readonly T[], district: Geometry, toleranceM: number): { inside: T[]; outside: T[] } {
  const inside: T[] = [];
  const outside: T[] = [];
  for (const p of points) (distanceToM([p.lon, p.lat], district) <= toleranceM ? inside : outside).push(p);
  return { inside, outside };
}

/** ± metres of a line drawn through points: the 90th percentile of their distances from it, at least the sources' floor. */
export function offAxisPrecision(points: readonly { lon: number; lat: number }[], line: Position[], floorM = MIN_ROAD_PRECISION_M): { p90M: number; precisionM: number } {
  const g: Geometry = { type: 'LineString', coordinates: line };
  const d = points.map((p) => distanceToM([p.lon, p.lat], g));
  const p90 = d.length ? quantile(d, 0.9) : 0;
  return { p90M: Math.round(p90), precisionM: Math.max(floorM, ceil10(p90)) };
}

/**
 * The farthest any part of the line lies from the nearest of the points (metres), and how far along the line that is:
 * where the line bridges a gap between points or runs to an end vertex. Measured at every vertex and every
 * COVER_STEP_M along each segment (in a local plane: error far below a metre at a road's scale).
 */
export function farthestFromPoints(line: readonly Position[], points: readonly { lon: number; lat: number }[]): { maxM: number; atM: number } {
  if (!line.length || !points.length) return { maxM: 0, atM: 0 };
  const f = frame(points);
  const pts = points.map(f.xy);
  const xy = line.map(([lon, lat]) => f.xy({ lon, lat }));
  const nearest = ([x, y]: [number, number]) => Math.sqrt(Math.min(...pts.map(([px, py]) => (px - x) ** 2 + (py - y) ** 2)));
  let maxM = nearest(xy[0]), atM = 0, walked = 0;
  for (let i = 1; i < xy.length; i++) {
    const [[x0, y0], [x1, y1]] = [xy[i - 1], xy[i]];
    const len = Math.hypot(x1 - x0, y1 - y0);
    const steps = Math.max(1, Math.ceil(len / COVER_STEP_M));
    for (let k = 1; k <= steps; k++) {
      const d = nearest([x0 + ((x1 - x0) * k) / steps, y0 + ((y1 - y0) * k) / steps]);
      if (d > maxM) [maxM, atM] = [d, walked + (len * k) / steps];
    }
    walked += len;
  }
  return { maxM: Math.round(maxM), atM: Math.round(atM) };
}

/** The longest stretch along the axis between two consecutive points (metres), with the two points; null for fewer than 2. */
export function longestGap(axis: AxisOrder): { m: number; between: [RoadPoint, RoadPoint] } | null {
  let best: { m: number; between: [RoadPoint, RoadPoint] } | null = null;
  for (let i = 1; i < axis.points.length; i++) {
    const m = axis.points[i].alongM - axis.points[i - 1].alongM;
    if (!best || m > best.m) best = { m: Math.round(m), between: [axis.points[i - 1].p, axis.points[i].p] };
  }
  return best;
}

export type RoadTrace =
  | {
      line: Position[];
      precisionM: number;
      used: RoadPoint[];
      /** Points outside the district: a same-name road elsewhere, or the road's stretch beyond the district. */
      outsideDistrict: RoadPoint[];
      offAxis: RoadPoint[];
      /** Points of other stretches along the axis, more than MAX_GAP_M from the one drawn. */
      otherStretches: RoadPoint[];
      lengthM: number;
      /** 90 % of the points lie within this of the line. */
      p90M: number;
      /** No part of the line lies farther than this from the nearest point (a gap bridged, an end vertex). */
      farthestM: number;
      /** The longest stretch along the road between two consecutive points. */
      gap: { m: number; between: [RoadPoint, RoadPoint] } | null;
      bearingDeg: number;
    }
  | { line: null; reason: 'none' | 'outside' | 'few' | 'short' | 'bends' | 'spread'; used: RoadPoint[]; outsideDistrict: RoadPoint[]; offAxis: RoadPoint[]; otherStretches: RoadPoint[]; p90M?: number; lengthM?: number };

/** The line of a road through the points known to lie on it, inside one district (see the module comment). */
export function traceRoad(points: readonly RoadPoint[], district: Geometry, toleranceM: number): RoadTrace {
  const { inside, outside } = clipToDistrict(points, district, toleranceM);
  const fail = (reason: Extract<RoadTrace, { line: null }>['reason'], used: RoadPoint[], offAxis: RoadPoint[] = [], otherStretches: RoadPoint[] = [], extra: { p90M?: number; lengthM?: number } = {}): RoadTrace =>
    ({ line: null, reason, used, outsideDistrict: outside, offAxis, otherStretches, ...extra });
  if (!points.length) return fail('none', []);
  if (!inside.length) return fail('outside', []);
  if (inside.length < MIN_POINTS) return fail('few', inside);

  // Off the axis: a shop-name prefix read as a road, a namesake across the district.
  const first = orderAlongAxis(inside);
  const limit = Math.max(OFF_AXIS_FLOOR_M, 3 * median(first.points.map((q) => q.offM)));
  const onAxis = first.points.filter((q) => q.offM <= limit).map((q) => q.p);
  const offAxis = first.points.filter((q) => q.offM > limit).map((q) => q.p);
  if (onAxis.length < MIN_POINTS) return fail('few', onAxis, offAxis);

  // Stretches along the axis: keep the one with the most points.
  const ordered = orderAlongAxis(onAxis);
  const runs: (typeof ordered.points)[] = [[]];
  ordered.points.forEach((q, i) => {
    if (i && q.alongM - ordered.points[i - 1].alongM > MAX_GAP_M) runs.push([]);
    runs[runs.length - 1].push(q);
  });
  const main = runs.reduce((a, b) => (b.length > a.length ? b : a));
  const otherStretches = runs.filter((r) => r !== main).flat().map((q) => q.p);
  const used = main.map((q) => q.p);
  if (used.length < MIN_POINTS) return fail('few', used, offAxis, otherStretches);

  const axis = orderAlongAxis(used);
  const lengthM = Math.round(axis.points[axis.points.length - 1].alongM - axis.points[0].alongM);
  if (lengthM < MIN_EXTENT_M) return fail('short', used, offAxis, otherStretches, { lengthM });
  const bend = Math.round(quantile(axis.points.map((q) => q.offM), 0.9));
  if (bend > MAX_BEND_M) return fail('bends', used, offAxis, otherStretches, { p90M: bend, lengthM });

  // Vertices every BIN_M along the axis, from the first point's station to the last's, each off the axis by the mean
  // offset of the points within BIN_M of it (overlapping windows, so kerb-side points on both sides average towards
  // the centreline and one stray point does not zigzag the line).
  const start = axis.points[0].alongM;
  const stations = [...Array.from({ length: Math.ceil(lengthM / BIN_M) }, (_, k) => start + k * BIN_M), start + lengthM];
  const line: Position[] = [];
  for (const at of stations) {
    const near = axis.points.filter((q) => Math.abs(q.alongM - at) <= BIN_M);
    if (!near.length) continue;
    const v = axis.toLonLat(at, near.reduce((s, q) => s + q.sideM, 0) / near.length);
    const last = line[line.length - 1];
    if (!last || last[0] !== v[0] || last[1] !== v[1]) line.push(v);
  }
  if (line.length < 2) return fail('short', used, offAxis, otherStretches, { lengthM });
  const spread = offAxisPrecision(used, line);
  if (spread.precisionM > MAX_ROAD_PRECISION_M) return fail('spread', used, offAxis, otherStretches, { p90M: spread.p90M, lengthM });
  const farthestM = farthestFromPoints(line, used).maxM;
  const precisionM = Math.max(spread.precisionM, ceil10(farthestM));
  return { line, precisionM, used, outsideDistrict: outside, offAxis, otherStretches, lengthM, p90M: spread.p90M, farthestM, gap: longestGap(axis), bearingDeg: axis.bearingDeg };
}
