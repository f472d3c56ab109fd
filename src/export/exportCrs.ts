/**
 * The coordinate systems exports are written in: WGS-84 lon/lat, and CGCS2000 3°
 * Gauss-Krüger zone 38 (central meridian 114°E, which holds all of Zhengzhou) with the
 * zone number in front of x (EPSG:4526, as 国土 land systems write it) or without it
 * (EPSG:4547). Coordinates are taken as CGCS2000 = WGS-84, as on import
 * (formats/datum.ts): the two frames differ by centimetres to decimetres here.
 */
import type { Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { gaussKrugerProj4 } from '../formats/datum';
import type { Bilingual } from '../lib/bilingual';

export type ExportCrsId = 'wgs84' | 'gk38' | 'gk';

export interface ExportCrs {
  id: ExportCrsId;
  label: Bilingual;
  epsg: number;
  /** ESRI-style WKT for a shapefile's .prj (what ArcGIS, QGIS and GDAL read). */
  prj: string;
  /** lon/lat → x, y in this system (metres for Gauss-Krüger, 0.1 mm rounding). */
  project: (p: Position) => Position;
  projected: boolean;
}

const CGCS2000_GEOG =
  'GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';

const gkPrj = (name: string, falseEasting: number) =>
  `PROJCS["${name}",${CGCS2000_GEOG},PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",${falseEasting.toFixed(1)}],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;

const round4 = (v: number) => Math.round(v * 1e4) / 1e4;

function gauss(zonePrefix: number): (p: Position) => Position {
  const forward = proj4('EPSG:4326', gaussKrugerProj4(114, zonePrefix));
  return (p) => {
    const [x, y] = forward.forward([p[0], p[1]]);
    return [round4(x), round4(y)];
  };
}

export const EXPORT_CRS: readonly ExportCrs[] = [
  {
    id: 'wgs84',
    label: { zh: 'WGS-84 经纬度（EPSG:4326）', en: 'WGS-84 lon/lat (EPSG:4326)' },
    epsg: 4326,
    prj: 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
    project: (p) => [p[0], p[1]],
    projected: false,
  },
  {
    id: 'gk38',
    label: { zh: 'CGCS2000 高斯 38 带，x 含带号（EPSG:4526）', en: 'CGCS2000 3° Gauss-Krüger zone 38, zone number in x (EPSG:4526)' },
    epsg: 4526,
    prj: gkPrj('CGCS2000_3_Degree_GK_Zone_38', 38_500_000),
    project: gauss(38),
    projected: true,
  },
  {
    id: 'gk',
    label: { zh: 'CGCS2000 高斯 114°E，x 无带号（EPSG:4547）', en: 'CGCS2000 3° Gauss-Krüger CM 114°E, no zone number (EPSG:4547)' },
    epsg: 4547,
    prj: gkPrj('CGCS2000_3_Degree_GK_CM_114E', 500_000),
    project: gauss(0),
    projected: true,
  },
];

export const exportCrs = (id: ExportCrsId): ExportCrs => EXPORT_CRS.find((c) => c.id === id)!;

/** A geometry with every position projected. */
export function projectGeometry<G extends Geometry>(g: G, project: (p: Position) => Position): G {
  const map = (c: unknown): unknown => (typeof (c as unknown[])[0] === 'number' ? project(c as Position) : (c as unknown[]).map(map));
  if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map((x) => projectGeometry(x, project)) };
  return { ...g, coordinates: map((g as Exclude<Geometry, { type: 'GeometryCollection' }>).coordinates) } as G;
}
