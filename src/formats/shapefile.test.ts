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

describe('shapefile headers are held against the real bytes', () => {
  const zipOf = (shp: Uint8Array, dbf?: Uint8Array) =>
    buildZip([{ name: 'x.shp', data: shp, deflate: true }, ...(dbf ? [{ name: 'x.dbf', data: dbf, deflate: true }] : [])]);

  it('a .dbf claiming 4,294,967,295 records is read for the rows it holds, at once, with a note', async () => {
    const dbf = buildDbf('NAME', [utf8('甲')]);
    new DataView(dbf.buffer).setUint32(4, 0xffffffff, true);
    const started = performance.now();
    const r = await importFile(file('x.zip', zipOf(buildShp([[square]]), dbf)));
    expect(performance.now() - started).toBeLessThan(5000); // it used to loop until cancelled
    expect(r.ok && r.value.sites[0].properties.name).toBe('甲');
    expect(r.ok && r.value.notes.find((n) => n.code === 'dbf-count')?.message.zh).toBe('「x.dbf」文件头声称有 4,294,967,295 条记录，实际只有 1 条；已按实际读取');
  });

  it('a .shp header claiming 2 GB is not believed, and a record running past the end stops reading there', async () => {
    const shp = buildShp([[square], [square.map(([x, y]) => [x + 1000, y])]]);
    new DataView(shp.buffer).setInt32(24, 1_000_000_000, false); // 2 GB in 16-bit words
    const view = new DataView(shp.buffer);
    const second = 100 + 8 + view.getInt32(104, false) * 2;
    view.setInt32(second + 4, 0x7fffffff, false); // the second record claims 4 GB
    const r = await importFile(file('x.zip', zipOf(shp)));
    expect(r.ok && r.value.sites).toHaveLength(1);
    const codes = r.ok ? r.value.notes.map((n) => n.code) : [];
    expect(codes).toEqual(expect.arrayContaining(['shp-length', 'shp-damaged-tail']));
  });

  it('a negative record length does not send the reader in circles', async () => {
    const shp = buildShp([[square]]);
    new DataView(shp.buffer).setInt32(104, -4, false);
    const r = await importFile(file('x.zip', zipOf(shp)));
    expect(r).toMatchObject({ ok: false, error: { code: 'shp-damaged', message: { en: '"x.shp" is damaged from its first record and cannot be read' } } });
  });

  it('stops reading at the vertex cap, before the points are read', async () => {
    const many = Array.from({ length: 2001 }, (_, i) => [E + 300 * Math.cos(i / 318), N + 300 * Math.sin(i / 318)]);
    many.push(many[0]);
    const r = await importFile(file('x.zip', zipOf(buildShp([[many]]))), { limits: { maxVertices: 1000 } });
    expect(r).toMatchObject({ ok: false, error: { code: 'too-many-vertices', message: { zh: '顶点超过 1,000 的上限，已停止读取；请先简化边界' } } });
  });

  it('reads a KML packed in a zip (KMZ) as a KML', async () => {
    const kml = '<kml><Placemark><name>塔</name><Polygon><outerBoundaryIs><LinearRing><coordinates>113.66,34.75 113.67,34.75 113.67,34.76 113.66,34.75</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>';
    const r = await importFile(file('site.kmz', buildZip([{ name: 'doc.kml', data: kml, deflate: true }])));
    expect(r.ok && [r.value.format, r.value.sites[0].properties.name]).toEqual(['kmz', '塔']);
  });
});
