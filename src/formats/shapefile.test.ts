import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { importFile } from './importFile';
import { IMPORT_LIMITS } from './limits';
import { shapefileFormat } from './shapefile';
import { buildDbf, buildShp } from './testing/shpFixture';
import { buildZip } from './testing/zipFixture';

// A 500 m square at 二七纪念塔 in CGCS2000 3° GK CM 114°E metres.
const GK114 = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs';
const [E, N] = proj4('EPSG:4326', GK114, [113.6604, 34.7533]);
const square: Position[] = [[E, N], [E, N + 500], [E + 500, N + 500], [E + 500, N], [E, N]]; // clockwise = outer
const ESRI_PRJ =
  'PROJCS["CGCS2000_3_Degree_GK_CM_114E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const GBK_ZHONGWEN = new Uint8Array([0xd6, 0xd0, 0xce, 0xc4]); // 中文 in GBK
const utf8 = (s: string) => new TextEncoder().encode(s);
const file = (name: string, bytes: ArrayBuffer) => ({ name, bytes });

function lonLatRing(result: Awaited<ReturnType<typeof importFile>>): Position[] {
  if (!result.ok) throw new Error(result.error.message.en);
  return (result.value.sites[0].geometry as Polygon).coordinates[0];
}

describe('zipped shapefile', () => {
  it('reprojects with the .prj and reads UTF-8 names named by the .cpg', async () => {
    const zip = buildZip([
      { name: 'sites.shp', data: buildShp([[square]]), deflate: true },
      { name: 'sites.dbf', data: buildDbf('NAME', [utf8('二七地块 A')]) },
      { name: 'sites.prj', data: ESRI_PRJ },
      { name: 'sites.cpg', data: 'UTF-8' },
    ]);
    const result = await importFile(file('sites.zip', zip));
    expect(result.ok && result.value.format).toBe('shapefile');
    expect(result.ok && result.value.sites[0].properties.name).toBe('二七地块 A');
    expect(result.ok && result.value.notes.map((n) => n.code)).toContain('shp-prj');
    const [lon, lat] = lonLatRing(result)[0];
    expect(lon).toBeCloseTo(113.6604, 4);
    expect(lat).toBeCloseTo(34.7533, 4);
  });

  it('without a .prj detects the GK metres from the numbers', async () => {
    const zip = buildZip([{ name: 'x.shp', data: buildShp([[square]]) }]);
    const result = await importFile(file('x.zip', zip));
    expect(result.ok && result.value.crs).toEqual({ kind: 'gauss-kruger', centralMeridian: 114, zonePrefix: 0 });
    expect(lonLatRing(result)[0][0]).toBeCloseTo(113.6604, 4);
  });

  it('reads GBK attribute text when no .cpg says otherwise', async () => {
    const zip = buildZip([
      { name: 'x.shp', data: buildShp([[square]]) },
      { name: 'x.dbf', data: buildDbf('NAME', [GBK_ZHONGWEN]) },
    ]);
    const read = await shapefileFormat.read(file('x.zip', zip), { limits: IMPORT_LIMITS });
    expect(read.features[0].properties).toEqual({ NAME: '中文' });
    expect(read.encoding).toEqual({ encoding: 'gb18030', reason: 'detected', undecodable: 0 });
  });

  it('says when the zip holds no shapefile', async () => {
    const result = await importFile(file('x.zip', buildZip([{ name: 'readme.txt', data: 'hello' }])));
    expect(result).toMatchObject({ ok: false, error: { code: 'zip-no-layer' } });
    expect(!result.ok && result.error.message.zh).toContain('.shp');
  });
});
