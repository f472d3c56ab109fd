import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildZones } from './build-zones';

let root: string;
const write = (file: string, data: unknown) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), JSON.stringify(data));
};
const place = (id: string, lon: number, lat: number) => ({ id, name: id, kind: 'estimated', lon, lat, precisionM: 50, from: 'test' });
const zone = (layer: string, point: string) => ({
  layer,
  level: 'erqi',
  title: { zh: '测试', en: 'Test' },
  geometry: 'point',
  features: [{ id: `${layer}-p`, name: '点', nameEn: 'P', statedAreaKm2: null, sources: [], drawing: { method: { zh: '测试', en: 't' }, precisionM: 1 }, point }],
});

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'geodata-'));
  write('admin/districts.geojson', { type: 'FeatureCollection', features: [] });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildZones', () => {
  it('writes one feature per line and removes layers whose zone file is gone', () => {
    write('places/a.json', { places: [place('p1', 113.6, 34.7)] });
    write('zones/good.json', zone('good', 'p1'));
    write('layers/stale.geojson', { type: 'FeatureCollection', features: [] });
    const { layers, problems } = buildZones(root);
    expect(problems).toEqual([]);
    expect(layers).toEqual(['good']);
    const text = readFileSync(join(root, 'layers/good.geojson'), 'utf8');
    expect(text.split('\n')[1]).toMatch(/^\{"type":"Feature".*"id":"good-p"/);
    expect(JSON.parse(text).features[0].geometry.coordinates).toEqual([113.6, 34.7]);
    expect(existsSync(join(root, 'layers/stale.geojson'))).toBe(false);
  });

  it('rejects a place id defined in two files and a layer named unlike its file', () => {
    write('places/a.json', { places: [place('p1', 113.6, 34.7)] });
    write('places/b.json', { places: [place('p1', 113.61, 34.71)] });
    write('zones/named.json', zone('other', 'p1'));
    const { problems } = buildZones(root);
    expect(problems).toEqual([
      { file: 'places/b.json', featureId: 'p1', problem: 'place id also defined in places/a.json' },
      { file: 'zones/named.json', featureId: '-', problem: '"layer" is "other" but the file name says "named"' },
    ]);
  });

  it('without write, names a stale, a missing and an orphaned layer file and the command that regenerates them, changing nothing', () => {
    write('places/a.json', { places: [place('p1', 113.6, 34.7), place('p2', 113.7, 34.8)] });
    write('zones/fresh.json', zone('fresh', 'p1'));
    write('zones/moved.json', zone('moved', 'p1'));
    write('zones/missing.json', zone('missing', 'p1'));
    expect(buildZones(root).problems).toEqual([]);
    rmSync(join(root, 'layers/missing.geojson'));
    write('zones/moved.json', zone('moved', 'p2'));
    write('layers/orphan.geojson', { type: 'FeatureCollection', features: [] });
    const moved = readFileSync(join(root, 'layers/moved.geojson'), 'utf8');
    const { problems } = buildZones(root, { write: false });
    const regenerate = 'run `npm run data:zones` and commit geodata/layers and geodata/edges';
    expect(problems).toEqual([
      { file: 'layers/missing.geojson', featureId: '-', problem: `is not what zones/missing.json gives (stale or missing): ${regenerate}` },
      { file: 'layers/moved.geojson', featureId: '-', problem: `is not what zones/moved.json gives (stale or missing): ${regenerate}` },
      { file: 'layers/orphan.geojson', featureId: '-', problem: `has no zone file: ${regenerate}` },
    ]);
    expect(readFileSync(join(root, 'layers/moved.geojson'), 'utf8')).toBe(moved);
    expect(existsSync(join(root, 'layers/missing.geojson'))).toBe(false);
    expect(existsSync(join(root, 'layers/orphan.geojson'))).toBe(true);
  });

  it('keeps the previous layer file when its recipes fail', () => {
    write('zones/broken.json', zone('broken', 'missing'));
    write('layers/broken.geojson', { previous: true });
    const { problems } = buildZones(root);
    expect(problems).toEqual([{ file: 'zones/broken.json', featureId: 'broken-p', problem: 'point: unknown place id "missing"' }]);
    expect(JSON.parse(readFileSync(join(root, 'layers/broken.geojson'), 'utf8'))).toEqual({ previous: true });
  });

  it('writes the edge classes of polygon and line layers beside them, and checks they are fresh', () => {
    write('places/a.json', { places: [place('p1', 113.6, 34.7), place('p2', 113.61, 34.7), place('p3', 113.61, 34.71)] });
    const ring = { ...zone('area', 'p1'), geometry: 'polygon', features: [{ ...zone('area', 'p1').features[0], point: undefined, ring: [{ place: 'p1' }, { place: 'p2' }, { place: 'p3' }] }] };
    write('zones/area.json', ring);
    write('zones/spot.json', zone('spot', 'p1'));
    expect(buildZones(root).problems).toEqual([]);
    const edges = JSON.parse(readFileSync(join(root, 'edges/area.geojson'), 'utf8'));
    // Three estimated places: one estimated run all round the triangle.
    expect(edges.features.map((f: { properties: unknown }) => f.properties)).toEqual([{ id: 'area-p', edge: 'estimated', precisionM: 50 }]);
    expect(existsSync(join(root, 'edges/spot.geojson'))).toBe(false); // points have no edges
    writeFileSync(join(root, 'edges/area.geojson'), '{}');
    expect(buildZones(root, { write: false }).problems).toEqual([
      { file: 'edges/area.geojson', featureId: '-', problem: 'is not what zones/area.json gives (stale or missing): run `npm run data:zones` and commit geodata/layers and geodata/edges' },
    ]);
  });
});
