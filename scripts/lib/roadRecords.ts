/**
 * Which reference records lie on a named road, and where two named roads meet (`npm run data:projects`, recipes
 * `road`, `between`, `junction`). The records come from ../shared/reference (drawing aids, never shipped): the road
 * evidence points, the street addresses (kind address and junction), the 2013 bus stops named `<road><cross street>`
 * and the POI addresses `<road>…号` / `A与B交叉口`. Pure: the caller passes the parsed records.
 */
import { distance } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { clipToDistrict, median as med, quantile, type RoadPoint } from './roadTrace';

/** A district by the name the recipes use, with its drawn border. */
export interface District {
  name: string;
  geometry: Geometry;
  /** How far a point may lie outside the drawn border and still count as inside (the border's own precision). */
  toleranceM: number;
}

export interface RoadRecords {
  /** road-evidence points: `road` + how it was derived. */
  evidence: { road: string; label: string; lon: number; lat: number }[];
  /** street addresses: kind address (road) or junction (road × crossRoad). */
  addresses: { road: string; crossRoad?: string; address: string; lon: number; lat: number }[];
  /** 2013 bus stops by name (…站 or not). */
  stops: { name: string; lon: number; lat: number }[];
  /** Commercial-map POI addresses. */
  pois: { address: string; lon: number; lat: number }[];
}

const HAN = /\p{Script=Han}/u;
/** Words that may stand before a road name in an address (an admin prefix), unlike a longer road name's first characters. */
const PREFIX_END = /(?:街道|办事处|区|镇|乡|市|省|县)$/;

/**
 * The names a plan's road name goes by in the references: itself and its East/Middle/West sections (陇海路 is
 * 陇海西路 and 陇海中路 in 二七区). South/North forms are other roads in Zhengzhou (大学南路, 嵩山南路) and are not taken.
 */
export function roadNameVariants(name: string): string[] {
  const m = name.match(/^(.+?)(大道|路|街)$/);
  if (!m || /[东西南北中]$/.test(m[1])) return [name];
  return [name, ...['东', '中', '西'].map((d) => `${m[1]}${d}${m[2]}`)];
}

/** Does `text` hold `name` as a whole road name at `at` (not the tail of a longer name: 南人和路 is not 人和路)? */
function standsAlone(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.slice(0, at);
  return !HAN.test(before[before.length - 1]) || PREFIX_END.test(before) || /[与和、至]$/.test(before);
}

function findName(text: string, name: string, after: RegExp): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (standsAlone(text, at) && after.test(text.slice(at + name.length))) return true;
  }
  return false;
}

const NUMBER = /^\d+(?:-\d+)*号/;
const JUNCTION_AFTER = /^(?:与|和)/;
const STOP_SUFFIX = /站$/;

/** Every record that lies on the road (any of its names), labelled with its reference. */
export function pointsOnRoad(names: readonly string[], r: RoadRecords): RoadPoint[] {
  const all = names.flatMap(roadNameVariants);
  const has = (s: string | undefined) => !!s && all.includes(s);
  const out: RoadPoint[] = [];
  for (const e of r.evidence) if (has(e.road)) out.push({ lon: e.lon, lat: e.lat, from: `road-evidence: ${e.road} ${e.label}` });
  for (const a of r.addresses) if (has(a.road) || has(a.crossRoad)) out.push({ lon: a.lon, lat: a.lat, from: `addresses: ${a.address}` });
  for (const s of r.stops) {
    const n = s.name.replace(STOP_SUFFIX, '');
    if (all.some((v) => n.length > v.length && (n.startsWith(v) || (n.endsWith(v) && /(?:路|街|道)$/.test(n.slice(0, -v.length)))))) out.push({ lon: s.lon, lat: s.lat, from: `bus-stops-2013: ${s.name}` });
  }
  for (const p of r.pois) {
    if (all.some((v) => findName(p.address, v, NUMBER) || findName(p.address, v, JUNCTION_AFTER) || p.address.includes(`与${v}`))) out.push({ lon: p.lon, lat: p.lat, from: `poi-addresses: ${p.address}` });
  }
  return onceEach(out);
}

/** One restaurant can be in the POI file and in the street-address or road-evidence files: count it once. */
function onceEach(points: RoadPoint[]): RoadPoint[] {
  const seen = new Set<string>();
  return points.filter((p) => {
    const k = `${p.lon.toFixed(5)},${p.lat.toFixed(5)}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
}

/** Records that name both roads as meeting: junction addresses, stops named A+B or B+A, POI addresses 'A与B…'. */
export function junctionRecords(a: string, b: string, r: RoadRecords): RoadPoint[] {
  const va = roadNameVariants(a);
  const vb = roadNameVariants(b);
  const pair = (x?: string, y?: string) => !!x && !!y && ((va.includes(x) && vb.includes(y)) || (vb.includes(x) && va.includes(y)));
  const out: RoadPoint[] = [];
  for (const s of r.addresses) if (pair(s.road, s.crossRoad)) out.push({ lon: s.lon, lat: s.lat, from: `addresses: ${s.address}` });
  for (const s of r.stops) {
    const n = s.name.replace(STOP_SUFFIX, '');
    if (va.some((x) => vb.some((y) => n === x + y || n === y + x))) out.push({ lon: s.lon, lat: s.lat, from: `bus-stops-2013: ${s.name}` });
  }
  for (const p of r.pois) {
    if (va.some((x) => vb.some((y) => [`${x}与${y}`, `${y}与${x}`, `${x}和${y}交叉`, `${y}和${x}交叉`].some((w) => p.address.includes(w))))) out.push({ lon: p.lon, lat: p.lat, from: `poi-addresses: ${p.address}` });
  }
  return onceEach(out);
}

/** Never closer than this: a junction is a crossing tens of metres wide, and an address says 向南50米 … of it. */
export const MIN_JUNCTION_PRECISION_M = 100;
/** Records spreading wider than this are no one crossing (two roads can meet twice, or a name is misread). */
export const MAX_JUNCTION_PRECISION_M = 400;
const JUNCTION_OUTLIER_M = 300;

export type Junction =
  | { position: Position; precisionM: number; used: RoadPoint[]; outsideDistrict: number; outliers: number; spreadM: number }
  | { position: null; reason: 'none' | 'outside' | 'spread'; used: RoadPoint[]; outsideDistrict: number; spreadM?: number };

const metres = (a: Position, b: Position) => distance(a, b, { units: 'meters' });

/** Where two roads meet inside the district: the median of the records naming both, outliers dropped. */
export function locateJunction(records: readonly RoadPoint[], district: Geometry, toleranceM: number): Junction {
  const { inside, outside } = clipToDistrict(records, district, toleranceM);
  if (!records.length) return { position: null, reason: 'none', used: [], outsideDistrict: 0 };
  if (!inside.length) return { position: null, reason: 'outside', used: [], outsideDistrict: outside.length };
  const centreOf = (ps: RoadPoint[]): Position => [Math.round(med(ps.map((p) => p.lon)) * 1e6) / 1e6, Math.round(med(ps.map((p) => p.lat)) * 1e6) / 1e6];
  let centre = centreOf(inside);
  const d0 = inside.map((p) => metres([p.lon, p.lat], centre));
  const limit = Math.max(JUNCTION_OUTLIER_M, 3 * med(d0));
  const used = inside.filter((_, i) => d0[i] <= limit);
  centre = centreOf(used);
  const spreadM = used.length > 1 ? Math.round(quantile(used.map((p) => metres([p.lon, p.lat], centre)), 0.8)) : 0;
  const precisionM = Math.max(MIN_JUNCTION_PRECISION_M, Math.ceil(spreadM / 10) * 10);
  if (precisionM > MAX_JUNCTION_PRECISION_M) return { position: null, reason: 'spread', used, outsideDistrict: outside.length, spreadM };
  return { position: centre, precisionM, used, outsideDistrict: outside.length, outliers: inside.length - used.length, spreadM };
}
