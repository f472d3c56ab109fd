/**
 * Every export format read back by a real consumer: GDAL's ogr2ogr (Debian's
 * gdal-bin, installed by .ci/run; scripts/check-gdal.mjs says how when it is missing),
 * from committed geodata layers and the planner's own items. Checked: the feature
 * count, attributes (Chinese in UTF-8 and GBK), the coordinate system, and areas
 * within 0.1 % of the drawn area the export states (projected exports in their own
 * system; WGS-84 ones projected by GDAL to EPSG:4547). Then the app's own import
 * reads the exports it can read (GeoJSON, KML, KMZ, Shapefile) back within 1 cm.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceM } from '../analysis/measure';
import { proposalItem, siteItem, sketchItem } from '../data/testing/userItemFixtures';
import type { AtlasLayer, LayerHeader, LayerInfo, PlanCollection } from '../data/types';
import { importFile } from '../formats/importFile';
import { polygonsOf } from '../lib/polygons';
import type { ExportCrsId } from './exportCrs';
import { planLayerExport, proposalEdgesExport, proposalsExport, sitesExport, sketchesExport, type ExportLayer } from './exportLayers';
import { diffProposal } from '../analysis/proposalDiff';
import type { ProposalItem } from '../data/userItems';
import { exportFormat } from './formats/registry';
import type { ExportFormatId, ExportOptions } from './formats/writer';
import type { TextEncodingId } from './textEncoding';

const GDAL_HINT = 'GDAL (ogr2ogr) not found: install it with "sudo apt-get install -y gdal-bin" (.ci/run does).';

function ogr(args: string[]): string {
  return execFileSync('ogr2ogr', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

const geodata = (path: string) => JSON.parse(readFileSync(new URL(`../../geodata/${path}`, import.meta.url), 'utf8'));

function planLayer(id: string): AtlasLayer {
  const h = geodata(`zones/${id}.json`) as LayerHeader;
  const data = geodata(`layers/${id}.geojson`) as PlanCollection;
  const info: LayerInfo = { id, level: h.level, title: h.title, geometry: h.geometry, style: h.style, file: `${id}.geojson`, featureCount: data.features.length };
  return { info, data };
}

let dir = '';
let layers: ExportLayer[] = [];
/** The features of every exported layer by id, to compare against. */
let byId = new Map<string, Feature<Geometry, Record<string, unknown>>>();

beforeAll(async () => {
  try {
    execFileSync('ogr2ogr', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error(GDAL_HINT);
  }
  dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
  layers = [
    planLayerExport(planLayer('erqi-six-boards')),
    planLayerExport(planLayer('city-pattern-axes')),
    planLayerExport(planLayer('erqi-centres')),
    sitesExport([await siteItem()]),
    sketchesExport([sketchItem(), { ...sketchItem('sketch-line'), name: '规划支路', geometry: { type: 'LineString', coordinates: [[113.62, 34.72], [113.63, 34.725]] } }]),
    proposalsExport([proposalItem()]),
    // The moved stretches of a proposal, as 我的数据 exports them: lines with their edge class and distance.
    proposalEdgesExport([proposalItem()], (p: ProposalItem) => diffProposal({ before: p.original, after: p.proposed, edges: [], statedAreaKm2: 1.23 })),
  ];
  byId = new Map(layers.flatMap((l) => l.features.map((f) => [String(f.properties.id), f] as const)));
});
afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

const featureCount = () => layers.reduce((n, l) => n + l.features.length, 0);
const polygonFeatures = () => layers.flatMap((l) => l.features).filter((f) => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon');

async function writeExport(format: ExportFormatId, crs: ExportCrsId, encoding: TextEncodingId): Promise<string> {
  const options: ExportOptions = { crs, encoding, stem: `atlas-${format}-${crs}-${encoding}` };
  const file = await exportFormat(format).write(layers, options);
  const path = join(dir, file.name);
  writeFileSync(path, file.bytes);
  return path;
}

/** ogrinfo's summary of every layer: names, fields, the spatial reference as WKT. */
const gdalInfo = (source: string): string => execFileSync('ogrinfo', ['-ro', '-so', '-al', source], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Layer names GDAL finds in a source. */
function gdalLayers(source: string): string[] {
  return [...gdalInfo(source).matchAll(/^Layer name: (.+)$/gm)].map((m) => m[1]);
}

/**
 * Every feature GDAL reads from a source (all its layers), as GeoJSON, with extra ogr2ogr arguments (e.g. -t_srs).
 * KML's <name> is GDAL's "Name" field: read as name.
 */
function gdalRead(source: string, extra: string[] = []): Feature<Geometry, Record<string, unknown>>[] {
  return gdalLayers(source).flatMap((layer) =>
    ((JSON.parse(ogr(['-f', 'GeoJSON', '/vsistdout/', source, layer, ...extra])) as FeatureCollection).features as Feature<Geometry, Record<string, unknown>>[]).map((f) =>
      'Name' in f.properties && !('name' in f.properties) ? { ...f, properties: { ...f.properties, name: f.properties.Name } } : f,
    ),
  );
}



/** Planar area (shoelace) of a polygon in its coordinates' units, holes subtracted. */
function planarArea(g: Geometry): number {
  const ring = (r: Position[]) => Math.abs(r.reduce((s, p, i) => (i + 1 < r.length ? s + p[0] * r[i + 1][1] - r[i + 1][0] * p[1] : s), 0)) / 2;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return 0;
  return polygonsOf(g).reduce((s, [outer, ...holes]) => s + ring(outer) - holes.reduce((h, r) => h + ring(r), 0), 0);
}

function expectAreasMatch(read: Feature<Geometry, Record<string, unknown>>[]): void {
  const polygons = read.filter((f) => f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'));
  expect(polygons).toHaveLength(polygonFeatures().length);
  for (const f of polygons) {
    // A proposal's outline is the proposed one; drawn_km2 is the plan's outline it would replace.
    const stated = Number(f.properties.kind === 'proposal' ? f.properties.prop_km2 : f.properties.drawn_km2);
    expect(stated).toBeGreaterThan(0);
    expect(Math.abs(planarArea(f.geometry) / 1e6 - stated) / stated, String(f.properties.name)).toBeLessThan(0.001);
  }
}

/** A text as a DBF field holds it: at most 254 bytes in its encoding, cut at a character boundary. */
function dbfText(text: string, encoding: TextEncodingId): string {
  const size = (t: string) => (encoding === 'gbk' ? [...t].reduce((n, c) => n + (c.charCodeAt(0) < 128 ? 1 : 2), 0) : new TextEncoder().encode(t).length);
  let chars = [...text];
  while (size(chars.join('')) > 254) chars = chars.slice(0, -1);
  return chars.join('');
}

function expectAttributes(read: Feature<Geometry, Record<string, unknown>>[], dbf?: TextEncodingId, renamedKeys = false): void {
  expect(read).toHaveLength(featureCount());
  const text = (t: unknown) => (dbf ? dbfText(String(t), dbf) : t);
  for (const f of read) {
    const mine = byId.get(String(f.properties.id))!;
    expect(mine, String(f.properties.id)).toBeDefined();
    expect(f.properties.name).toBe(mine.properties.name);
    expect(f.properties.kind).toBe(mine.properties.kind);
    if (mine.properties.kind === 'plan') {
      expect(f.properties.citation).toBe(text(mine.properties.citation));
      expect(f.properties.cite_zh).toBe(text(mine.properties.cite_zh));
      expect(Number(f.properties.prec_m)).toBe(mine.properties.prec_m);
      if (mine.properties.stated_km2 !== null) expect(Number(f.properties.stated_km2)).toBe(mine.properties.stated_km2);
    }
  }
  // The imported file's own attributes, named in Chinese. GDAL's LIBKML reader turns a field name that is not ASCII
  // into underscores (the KML holds <Data name="用途">, which Google Earth shows as it is): there, find the value.
  const site = read.find((f) => f.properties.kind === 'site')!;
  if (renamedKeys) expect(Object.values(site.properties)).toContain('商业');
  else expect(site.properties.用途).toBe('商业');
  expect(read.find((f) => f.properties.kind === 'sketch')?.properties.note).toBe('沿河绿带');
}

describe('GDAL reads every export', () => {
  it('GeoJSON: every feature, its attributes, and areas within 0.1 %', async () => {
    // Read once, projected by GDAL: attributes are read as they are, areas compared in metres.
    const read = gdalRead(await writeExport('geojson', 'wgs84', 'utf-8'), ['-t_srs', 'EPSG:4547']);
    expectAttributes(read);
    expectAreasMatch(read);
  });

  for (const format of ['kml', 'kmz'] as const) {
    it(`${format.toUpperCase()}: one folder per layer, attributes kept, areas within 0.1 %`, async () => {
      const written = await writeExport(format, 'wgs84', 'utf-8');
      const path = format === 'kmz' ? `/vsizip/${written}/doc.kml` : written;
      expect(gdalLayers(path).sort()).toEqual(layers.map((l) => `${l.title.zh} · ${l.title.en}`).sort());
      const read = gdalRead(path, ['-t_srs', 'EPSG:4547']);
      expectAttributes(read, undefined, true);
      expectAreasMatch(read);
    });
  }

  for (const [crs, encoding] of [['wgs84', 'utf-8'], ['gk38', 'gbk'], ['gk', 'utf-8'], ['gk', 'gbk']] as const) {
    it(`Shapefile ${crs} ${encoding}: .prj and .cpg read, Chinese attributes, areas in its own system within 0.1 %`, async () => {
      const zip = await writeExport('shapefile', crs, encoding);
      const source = `/vsizip/${zip}`;
      const srs = gdalInfo(source);
      // GDAL recognises the .prj as the EPSG system it is.
      expect(srs).toContain(`ID["EPSG",${{ wgs84: 4326, gk38: 4526, gk: 4547 }[crs]}]]`);
      if (crs !== 'wgs84') expect(srs).toContain(`PARAMETER["False easting",${crs === 'gk38' ? 38500000 : 500000},`);
      const read = gdalRead(source, crs === 'wgs84' ? ['-t_srs', 'EPSG:4547'] : []);
      expectAttributes(read, encoding);
      expectAreasMatch(read);
      // x (easting) with the zone number 38 in front, or without it.
      const x = (read.find((f) => f.geometry.type === 'Point')!.geometry as { coordinates: Position }).coordinates[0];
      if (crs === 'gk38') expect(x).toBeGreaterThan(38_400_000);
      if (crs === 'gk') expect(x).toBeLessThan(1_000_000);
    });
  }

  for (const encoding of ['utf-8', 'gbk'] as const) {
    it(`CSV with WKT (${encoding}, EPSG:4526): every row, attributes, areas within 0.1 %`, async () => {
      let path = await writeExport('csv', 'gk38', encoding);
      if (encoding === 'gbk') {
        // GDAL's CSV reader takes UTF-8: decoding the bytes as GBK first shows they are GBK.
        const text = new TextDecoder('gbk', { fatal: true }).decode(readFileSync(path));
        expect(text).toContain('二七商圈板块');
        path = path.replace(/\.csv$/, '-as-utf8.csv');
        writeFileSync(path, text);
      }
      const read = gdalRead(path, ['-oo', 'GEOM_POSSIBLE_NAMES=WKT', '-oo', 'KEEP_GEOM_COLUMNS=NO']);
      expectAttributes(read);
      expectAreasMatch(read);
    });
  }

  for (const [crs, encoding] of [['gk38', 'utf-8'], ['gk', 'gbk']] as const) {
    it(`DXF ${crs} ${encoding}: a CAD layer per layer, names as text, outlines' areas within 0.1 %`, async () => {
      const path = await writeExport('dxf', crs, encoding);
      const read = gdalRead(path);
      const texts = read.filter((f) => typeof f.properties.Text === 'string' && f.properties.Text !== '');
      const named = layers.flatMap((l) => l.features).filter((f) => typeof f.properties.name === 'string' && f.properties.name);
      expect(texts.map((t) => t.properties.Text).sort()).toEqual(named.map((f) => f.properties.name).sort());
      expect(new Set(read.map((f) => f.properties.Layer))).toEqual(new Set(layers.map((l) => l.title.zh)));
      // The six boards' outlines (no holes): each closed polyline's area against the board's drawn area.
      const boards = layers[0].features;
      expect(boards.every((f) => polygonsOf(f.geometry as never).every((p) => p.length === 1))).toBe(true);
      const outlines = read.filter((f) => f.properties.Layer === '六核协同' && f.geometry?.type === 'LineString');
      const ringArea = (g: Geometry) => planarArea({ type: 'Polygon', coordinates: [(g as { coordinates: Position[] }).coordinates] });
      const drawn = boards.reduce((s, f) => s + Number(f.properties.drawn_km2), 0);
      const read2 = outlines.reduce((s, f) => s + ringArea(f.geometry), 0) / 1e6;
      expect(Math.abs(read2 - drawn) / drawn).toBeLessThan(0.001);
      expect(outlines.length).toBe(boards.reduce((n, f) => n + polygonsOf(f.geometry as never).length, 0));
      if (crs === 'gk38') expect((outlines[0].geometry as { coordinates: Position[] }).coordinates[0][0]).toBeGreaterThan(38_000_000);
    });
  }
});

describe('the app reads its own exports back within 1 cm', () => {
  const cases: [ExportFormatId, ExportCrsId, TextEncodingId][] = [
    ['geojson', 'wgs84', 'utf-8'],
    ['kml', 'wgs84', 'utf-8'],
    ['kmz', 'wgs84', 'utf-8'],
    ['shapefile', 'gk38', 'gbk'],
    ['shapefile', 'gk', 'utf-8'],
  ];
  for (const [format, crs, encoding] of cases) {
    it(`${format} ${crs} ${encoding}`, async () => {
      // The moved stretches stay out: the fixture's proposal replaces the whole outline, so its one stretch is a
      // closed line, which an import rightly reads as an area (GDAL reads the layer in the tests above).
      const file = await exportFormat(format).write(layers.filter((l) => l.id !== 'proposal_edges'), { crs, encoding, stem: 'round-trip' });
      const read = await importFile({ name: file.name, bytes: file.bytes.slice().buffer as ArrayBuffer });
      if (!read.ok) throw new Error(read.error.message.en);
      const sites = read.value.sites;
      expect(sites).toHaveLength(polygonFeatures().length);
      for (const site of sites) {
        const mine = polygonFeatures().find((f) => f.properties.name === site.properties.name)!;
        expect(mine, site.properties.name).toBeDefined();
        const theirs = polygonsOf(site.geometry).flat(2);
        const ours = polygonsOf(mine.geometry as never).flat(2);
        expect(theirs.length).toBe(ours.length);
        // Rings may start elsewhere or run the other way: each vertex has its twin within 1 cm.
        for (const p of theirs) expect(Math.min(...ours.map((q) => distanceM(p, q)))).toBeLessThan(0.01);
      }
    });
  }
});
