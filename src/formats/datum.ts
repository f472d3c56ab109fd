/**
 * Coordinate systems of imported boundaries and their conversion to WGS-84.
 *
 * What files from Zhengzhou use: WGS-84 / CGCS2000 degrees (the same within
 * ~1 m), GCJ-02 degrees (Chinese web maps, shifted ~300–600 m), BD-09 (Baidu),
 * and CGCS2000 3° Gauss-Krüger metres with central meridian 114°E, either
 * without zone prefix (EPSG:4547, easting ≈ 380 000–520 000) or with it
 * (EPSG:4526, easting 38 380 000–38 520 000). Surveyors write X = northing
 * first, so the axes are often swapped. WGS-84 and GCJ-02 cannot be told apart
 * from the numbers: detection says WGS-84 and the user may choose otherwise.
 */
import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { Position } from 'geojson';
import { round6 } from '../lib/round6';
import type { Bilingual } from '../lib/bilingual';

export type Datum = 'wgs84' | 'gcj02' | 'bd09';

export type Crs =
  | { kind: 'lonlat'; datum: Datum }
  /** Transverse Mercator on GRS80; zonePrefix 0 = none, 38 = false easting 38 500 000. */
  | { kind: 'gauss-kruger'; centralMeridian: number; zonePrefix: number };

export interface CrsPreset {
  id: string;
  label: Bilingual;
  crs: Crs;
}

export const WGS84: Crs = { kind: 'lonlat', datum: 'wgs84' };
export const CGCS2000_GK_CM114: Crs = { kind: 'gauss-kruger', centralMeridian: 114, zonePrefix: 0 };
export const CGCS2000_GK_ZONE38: Crs = { kind: 'gauss-kruger', centralMeridian: 114, zonePrefix: 38 };

/** What the user can pick from when detection is wrong or cannot know (GCJ-02). */
export const CRS_PRESETS: readonly CrsPreset[] = [
  { id: 'wgs84', label: { zh: 'WGS-84 / CGCS2000 经纬度', en: 'WGS-84 / CGCS2000 lon/lat' }, crs: WGS84 },
  { id: 'gcj02', label: { zh: 'GCJ-02 经纬度（高德、腾讯地图）', en: 'GCJ-02 lon/lat (Amap, Tencent maps)' }, crs: { kind: 'lonlat', datum: 'gcj02' } },
  { id: 'bd09', label: { zh: 'BD-09 经纬度（百度地图）', en: 'BD-09 lon/lat (Baidu maps)' }, crs: { kind: 'lonlat', datum: 'bd09' } },
  { id: 'epsg4547', label: { zh: 'CGCS2000 3度带 中央经线114°（EPSG:4547）', en: 'CGCS2000 3° Gauss-Krüger CM 114°E (EPSG:4547)' }, crs: CGCS2000_GK_CM114 },
  { id: 'epsg4526', label: { zh: 'CGCS2000 3度带 第38带（带号前缀，EPSG:4526）', en: 'CGCS2000 3° Gauss-Krüger zone 38, prefixed (EPSG:4526)' }, crs: CGCS2000_GK_ZONE38 },
  { id: 'gk6-cm111', label: { zh: 'CGCS2000 6度带 中央经线111°', en: 'CGCS2000 6° Gauss-Krüger CM 111°E' }, crs: { kind: 'gauss-kruger', centralMeridian: 111, zonePrefix: 0 } },
];

/**
 * Zhengzhou's 12 districts span 112.71–114.21°E, 34.26–34.98°N
 * (geodata/admin/districts.geojson); the region adds about 20 km around them.
 */
export const ZHENGZHOU_REGION = { west: 112.5, south: 34.0, east: 114.5, north: 35.2 } as const;

export const inRegion = (p: Position): boolean =>
  p[0] >= ZHENGZHOU_REGION.west && p[0] <= ZHENGZHOU_REGION.east && p[1] >= ZHENGZHOU_REGION.south && p[1] <= ZHENGZHOU_REGION.north;

export function crsLabel(crs: Crs): Bilingual {
  const preset = CRS_PRESETS.find((p) => sameCrs(p.crs, crs));
  if (preset) return preset.label;
  if (crs.kind === 'lonlat') return { zh: crs.datum, en: crs.datum };
  const prefix = crs.zonePrefix ? `, ${crs.zonePrefix}` : '';
  return { zh: `CGCS2000 高斯-克吕格 中央经线${crs.centralMeridian}°${prefix}`, en: `CGCS2000 Gauss-Krüger CM ${crs.centralMeridian}°E${prefix}` };
}

export const sameCrs = (a: Crs, b: Crs): boolean => JSON.stringify(a) === JSON.stringify(b);

// ---------- conversion ----------

export type Transform = (p: Position) => Position;

/** CGCS2000 3° Gauss-Krüger as a proj4 definition; zonePrefix 38 writes the zone number in front of x (false easting 38 500 000). */
export const gaussKrugerProj4 = (centralMeridian: number, zonePrefix: number): string =>
  `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${zonePrefix * 1_000_000 + 500_000} +y_0=0 +ellps=GRS80 +units=m +no_defs`;

const projCache = new Map<string, proj4.Converter>();
function gkConverter(centralMeridian: number, zonePrefix: number): proj4.Converter {
  const def = gaussKrugerProj4(centralMeridian, zonePrefix);
  let conv = projCache.get(def);
  if (!conv) projCache.set(def, (conv = proj4(def, 'EPSG:4326')));
  return conv;
}

/**
 * (x, y) as written in the file → WGS-84 [lon, lat] rounded to 6 decimals (≈0.1 m, the
 * project's rule). CGCS2000 is taken as WGS-84 (they differ by under a metre).
 */
export function makeTransform(crs: Crs, swapAxes: boolean): Transform {
  const toLonLat = ((): Transform => {
    if (crs.kind === 'gauss-kruger') {
      const conv = gkConverter(crs.centralMeridian, crs.zonePrefix);
      return (p) => conv.forward([p[0], p[1]]);
    }
    if (crs.datum === 'wgs84') return (p) => p;
    const from = crs.datum === 'gcj02' ? gcoord.GCJ02 : gcoord.BD09;
    return (p) => gcoord.transform([p[0], p[1]], from, gcoord.WGS84);
  })();
  return (p) => {
    const [lon, lat] = toLonLat(swapAxes ? [p[1], p[0]] : [p[0], p[1]]);
    return [round6(lon), round6(lat)];
  };
}

// ---------- detection ----------

export interface CrsGuess {
  crs: Crs;
  swapAxes: boolean;
  /** false: the numbers fit no known system; the guess is a default and the region check will say more. */
  recognised: boolean;
  reason: Bilingual;
}

type Reading = { crs: Crs; swapAxes: boolean; why: Bilingual } | null;

const isLon = (v: number) => v >= 73 && v <= 136; // China's extent
const isLat = (v: number) => v >= 3 && v <= 54;
const isEasting = (v: number) => v >= 100_000 && v < 1_000_000;
const isNorthing = (v: number) => v >= 1_000_000 && v < 6_500_000;
const isPrefixedEasting = (v: number) => v >= 13_000_000 && v < 46_000_000;

/** A prefixed easting's zone: 3° zones are 25–45 in China (CM = 3·zone), 6° zones 13–23 (CM = 6·zone − 3). */
function prefixedCrs(easting: number): Crs | null {
  const zone = Math.floor(easting / 1_000_000);
  if (zone >= 25 && zone <= 45) return { kind: 'gauss-kruger', centralMeridian: zone * 3, zonePrefix: zone };
  if (zone >= 13 && zone <= 23) return { kind: 'gauss-kruger', centralMeridian: zone * 6 - 3, zonePrefix: zone };
  return null;
}

function readPoint(x: number, y: number): Reading {
  if (isLon(x) && isLat(y)) return { crs: WGS84, swapAxes: false, why: { zh: '经度在前的经纬度', en: 'longitude/latitude degrees' } };
  if (isLat(x) && isLon(y)) return { crs: WGS84, swapAxes: true, why: { zh: '纬度在前的经纬度', en: 'latitude/longitude degrees (latitude first)' } };
  for (const [e, n, swap] of [[x, y, false], [y, x, true]] as const) {
    if (!isNorthing(n)) continue;
    const order = swap ? { zh: '，X（北坐标）在前', en: ', X = northing first' } : { zh: '', en: '' };
    if (isPrefixedEasting(e)) {
      const crs = prefixedCrs(e);
      if (crs) return { crs, swapAxes: swap, why: { zh: `带号前缀的高斯投影坐标${order.zh}`, en: `Gauss-Krüger metres with zone prefix${order.en}` } };
    }
    if (isEasting(e)) {
      return {
        crs: CGCS2000_GK_CM114,
        swapAxes: swap,
        why: { zh: `无带号的高斯投影坐标（按郑州所在的中央经线114°）${order.zh}`, en: `Gauss-Krüger metres without zone prefix (taken as Zhengzhou's CM 114°E)${order.en}` },
      };
    }
  }
  return null;
}

/** Reads the numbers of up to ~200 sample points and takes the majority reading. */
export function detectCrs(points: readonly Position[]): CrsGuess {
  const step = Math.max(1, Math.floor(points.length / 200));
  const votes = new Map<string, { reading: NonNullable<Reading>; count: number }>();
  for (let i = 0; i < points.length; i += step) {
    const r = readPoint(points[i][0], points[i][1]);
    if (!r) continue;
    const key = JSON.stringify([r.crs, r.swapAxes]);
    const entry = votes.get(key) ?? { reading: r, count: 0 };
    entry.count++;
    votes.set(key, entry);
  }
  const best = [...votes.values()].sort((a, b) => b.count - a.count)[0];
  if (!best) {
    return {
      crs: WGS84,
      swapAxes: false,
      recognised: false,
      reason: { zh: '坐标数值不像经纬度或高斯投影坐标，暂按 WGS-84 经纬度处理', en: 'The numbers look like neither degrees nor Gauss-Krüger metres; read as WGS-84 lon/lat' },
    };
  }
  const { crs, swapAxes, why } = best.reading;
  const datumNote =
    crs.kind === 'lonlat'
      ? { zh: '；按 WGS-84 处理（若来自高德/腾讯地图请选 GCJ-02，数值上无法区分）', en: '; read as WGS-84 (choose GCJ-02 if it came from Amap/Tencent: the numbers cannot tell)' }
      : { zh: '；按 CGCS2000 处理', en: '; read as CGCS2000' };
  return { crs, swapAxes, recognised: true, reason: { zh: why.zh + datumNote.zh, en: why.en + datumNote.en } };
}

export interface CrsAlternative {
  crs: Crs;
  swapAxes: boolean;
  label: Bilingual;
}

/**
 * Other readings under which the points land in Zhengzhou, for the message when
 * the chosen one puts them elsewhere (wrong axis order, zone, central meridian).
 */
export function alternativesInRegion(points: readonly Position[], tried: { crs: Crs; swapAxes: boolean }): CrsAlternative[] {
  const step = Math.max(1, Math.floor(points.length / 50));
  const sample = points.filter((_, i) => i % step === 0);
  const candidates: Crs[] = [...CRS_PRESETS.map((p) => p.crs)];
  for (const p of sample.slice(0, 1)) {
    for (const v of [p[0], p[1]]) {
      const prefixed = prefixedCrs(v);
      if (prefixed && !candidates.some((c) => sameCrs(c, prefixed))) candidates.push(prefixed);
    }
  }
  // Datum shifts are under 1 km: list only the datum already in use (or WGS-84), not all three.
  const datum = tried.crs.kind === 'lonlat' ? tried.crs.datum : 'wgs84';
  const out: CrsAlternative[] = [];
  for (const crs of candidates.filter((c) => c.kind !== 'lonlat' || c.datum === datum)) {
    for (const swapAxes of [false, true]) {
      if (sameCrs(crs, tried.crs) && swapAxes === tried.swapAxes) continue;
      const t = makeTransform(crs, swapAxes);
      const fits = sample.length > 0 && sample.every((p) => {
        const q = t(p);
        return Number.isFinite(q[0]) && Number.isFinite(q[1]) && inRegion(q);
      });
      if (fits) {
        const label = crsLabel(crs);
        const swapped = swapAxes ? { zh: '，交换 X/Y', en: ', X/Y swapped' } : { zh: '', en: '' };
        out.push({ crs, swapAxes, label: { zh: label.zh + swapped.zh, en: label.en + swapped.en } });
      }
    }
  }
  return out;
}
