import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGeodata } from './build-geodata';

const SEED = '000_062be593f0ca59e2.txt';
let dir: string;
const root = () => join(dir, 'geodata');
const out = () => join(dir, 'public-data');
const write = (file: string, data: unknown) => {
  mkdirSync(join(root(), file, '..'), { recursive: true });
  writeFileSync(join(root(), file), typeof data === 'string' ? data : JSON.stringify(data));
};
const run = () => buildGeodata({ root: root(), out: out(), seedsDir: join(dir, 'seeds'), writeLayers: true });

const district = {
  type: 'Feature',
  properties: {
    id: 'erqi', name: '二七区', nameEn: 'Erqi District', layer: 'admin-districts', level: 'admin',
    sources: [{ file: 'test-districts', lines: 'all' }], drawing: { method: { zh: '测试', en: 'test' }, precisionM: 100 },
  },
  geometry: { type: 'Polygon', coordinates: [[[113.6, 34.7], [113.62, 34.7], [113.62, 34.72], [113.6, 34.72], [113.6, 34.7]]] },
};
const style = (order: number) => ({ color: '#0072b2', fillOpacity: 1, visibleByDefault: true, order });
const adminHeader = { layer: 'admin-districts', level: 'admin', title: { zh: '行政区划', en: 'Districts' }, geometry: 'polygon', style: { ...style(0), fillOpacity: 0 }, aliases: ['ad'] };
const zone = (layer: string, level: string, zh: string) => ({
  layer, level, title: { zh, en: layer }, geometry: 'point', style: style(10),
  features: [{
    id: `${layer}-centre`, name: '中心', nameEn: 'Centre', statedAreaKm2: null,
    sources: [{ file: SEED, lines: '1-1' }], drawing: { method: { zh: '测试', en: 'at the square' }, precisionM: 50 }, point: 'square',
  }],
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-geodata-'));
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', SEED), '二七广场商圈\n第二行\n');
  write('admin/districts.geojson', { type: 'FeatureCollection', features: [district] });
  write('admin/layer.json', adminHeader);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('buildGeodata', () => {
  it('fails naming the district whose ring touches itself (invalid in PostGIS and QGIS)', () => {
    const pinched = [[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.62, 34.71], [113.62, 34.72], [113.61, 34.72], [113.61, 34.71], [113.6, 34.71], [113.6, 34.7]];
    write('admin/districts.geojson', { type: 'FeatureCollection', features: [{ ...district, geometry: { type: 'Polygon', coordinates: [pinched] } }] });
    const { problems, manifest } = run();
    expect(manifest).toBeUndefined();
    expect(problems).toContainEqual(expect.objectContaining({ file: 'admin/districts.geojson', featureId: 'erqi', problem: expect.stringContaining('invalid by OGC rules') }));
  });

  it('passes with only the districts and no zones folder', () => {
    const { problems, manifest } = run();
    expect(problems).toEqual([]);
    expect(manifest?.layers).toEqual([{
      id: 'admin-districts', level: 'admin', title: { zh: '行政区划', en: 'Districts' }, geometry: 'polygon',
      style: { color: '#0072b2', fillOpacity: 0, visibleByDefault: true, order: 0 }, aliases: ['ad'], file: 'admin-districts.geojson', featureCount: 1,
      labels: 'admin-districts.labels.geojson',
    }]);
    expect(JSON.parse(readFileSync(join(out(), 'admin-districts.geojson'), 'utf8')).features[0].properties.id).toBe('erqi');
    // Where the district is named, chosen by the build: one point, inside it.
    const labels = JSON.parse(readFileSync(join(out(), 'admin-districts.labels.geojson'), 'utf8'));
    expect(labels.features.map((f: { properties: { id: string } }) => f.properties.id)).toEqual(['erqi']);
    expect(JSON.parse(readFileSync(join(out(), 'atlas.json'), 'utf8')).version).toBe(1);
  });

  it('orders layers city, erqi, zhongyuan, admin and merges the text', () => {
    write('places/p.json', { places: [{ id: 'square', name: '二七广场', kind: 'landmark', lon: 113.61, lat: 34.71, precisionM: 50, from: 'test' }] });
    write('zones/b-erqi.json', zone('b-erqi', 'erqi', '二七'));
    write('zones/a-zhongyuan.json', zone('a-zhongyuan', 'zhongyuan', '中原'));
    write('zones/c-city.json', zone('c-city', 'city', '郑州'));
    write('text/b-erqi.json', { 'b-erqi-centre': { positioning: { text: '二七广场商圈', source: { file: SEED, lines: '1-1' } } } });
    write('text/a-zhongyuan.json', { 'a-zhongyuan-centre': {} });
    write('text/c-city.json', { 'c-city-centre': {} });
    const { problems, manifest } = run();
    expect(problems).toEqual([]);
    expect(manifest?.layers.map((l) => l.id)).toEqual(['c-city', 'b-erqi', 'a-zhongyuan', 'admin-districts']);
    expect(manifest?.layers[1]).toMatchObject({ title: { zh: '二七', en: 'b-erqi' }, geometry: 'point', file: 'b-erqi.geojson', featureCount: 1 });
    expect(manifest?.text['b-erqi-centre'].positioning?.text).toBe('二七广场商圈');
    expect(Object.keys(manifest?.text ?? {})).toHaveLength(3);
    expect(existsSync(join(out(), 'c-city.geojson'))).toBe(true);
    // The search index holds the gazetteer's places with their pinyin, ready for the browser.
    const search = JSON.parse(readFileSync(join(out(), 'search.json'), 'utf8'));
    expect(search.entries.find((e: { text: string }) => e.text === '二七广场')).toMatchObject({
      field: 'place',
      pinyin: 'er qi guang chang',
      target: { kind: 'place', id: 'square', placeKind: 'place' },
    });
  });

  it('carries each layer\'s style and link names from its header into the manifest', () => {
    write('places/p.json', { places: [{ id: 'square', name: '二七广场', kind: 'landmark', lon: 113.61, lat: 34.71, precisionM: 50, from: 'test' }] });
    write('zones/b-erqi.json', { ...zone('b-erqi', 'erqi', '二七'), style: { color: '#d55e00', fillOpacity: 0.2, visibleByDefault: false, order: 20 }, aliases: ['be', 'bold'] });
    write('text/b-erqi.json', { 'b-erqi-centre': {} });
    const { problems, manifest } = run();
    expect(problems).toEqual([]);
    expect(manifest?.layers.find((l) => l.id === 'b-erqi')).toMatchObject({
      style: { color: '#d55e00', fillOpacity: 0.2, visibleByDefault: false, order: 20 },
      aliases: ['be', 'bold'],
    });
    expect(manifest?.layers.find((l) => l.id === 'admin-districts')?.aliases).toEqual(['ad']);
  });

  it('fails naming a layer without a style, an alias two layers share and a districts layer without its header', () => {
    write('places/p.json', { places: [{ id: 'square', name: '二七广场', kind: 'landmark', lon: 113.61, lat: 34.71, precisionM: 50, from: 'test' }] });
    const { style: _, ...unstyled } = zone('a-erqi', 'erqi', '二七');
    write('zones/a-erqi.json', { ...unstyled, aliases: ['e4'] });
    write('zones/b-erqi.json', { ...zone('b-erqi', 'erqi', '二七'), aliases: ['e4'] });
    write('text/a-erqi.json', { 'a-erqi-centre': {} });
    write('text/b-erqi.json', { 'b-erqi-centre': {} });
    rmSync(join(root(), 'admin/layer.json'));
    const { problems, manifest } = run();
    expect(manifest).toBeUndefined();
    expect(problems.map((p) => `${p.file} › ${p.problem}`)).toEqual([
      'admin/layer.json › missing: the districts layer needs its header (layer, level, title, geometry, style)',
      'zones/a-erqi.json › style must be { "color": "#rrggbb", "fillOpacity": 0–1, "visibleByDefault": true|false, "order": <number> }',
      'zones/b-erqi.json › alias "e4" is also used by layer a-erqi',
    ]);
  });

  it('fails, writing nothing, on a text id without a feature or a misquoted seed', () => {
    write('text/ghost.json', { nobody: {} });
    write('places/p.json', { places: [{ id: 'square', name: '二七广场', kind: 'landmark', lon: 113.61, lat: 34.71, precisionM: 50, from: 'test' }] });
    write('zones/b-erqi.json', zone('b-erqi', 'erqi', '二七'));
    write('text/b-erqi.json', { 'b-erqi-centre': { positioning: { text: '二七广场', source: { file: SEED, lines: '2-2' } } } });
    const { problems, manifest } = run();
    expect(manifest).toBeUndefined();
    expect(problems.map((p) => `${p.file} › ${p.featureId}: ${p.problem}`)).toEqual([
      `text/b-erqi.json › b-erqi-centre: positioning: "二七广场" is not found verbatim in ${SEED} lines 2-2`,
      'text/ghost.json › -: no layer "ghost" (zones/ghost.json) for this text file',
      'text/ghost.json › nobody: text entry for an id that no layer feature has',
    ]);
    expect(existsSync(join(out(), 'atlas.json'))).toBe(false);
  });

  it('names each broken file once: the districts, a zone file and a places file', () => {
    write('admin/districts.geojson', '{ "type": ');
    write('zones/bad.json', '{ "layer": ');
    write('places/p.json', { nope: 1 });
    const problems = run().problems.map((p) => `${p.file} › ${p.featureId}: ${p.problem.split(':')[0]}`);
    expect(problems.filter((p) => /^(admin|zones|places)\//.test(p))).toEqual([
      'places/p.json › -: expected { "places"',
      'admin/districts.geojson › -: cannot read JSON',
      'zones/bad.json › -: cannot read JSON',
    ]);
  });

  it('reports broken JSON and recipe errors with their file', () => {
    write('zones/bad.json', '{ "layer": ');
    write('zones/b-erqi.json', zone('b-erqi', 'erqi', '二七'));
    const problems = run().problems.map((p) => `${p.file} › ${p.featureId}: ${p.problem}`);
    // Both files are named, whatever order the builder met them in.
    expect(problems).toContainEqual(expect.stringMatching(/^zones\/b-erqi.json › b-erqi-centre: point: unknown place id "square"/));
    expect(problems).toContainEqual(expect.stringMatching(/^zones\/bad.json › -: cannot read JSON/));
  });

  it('holds the layout inventory to the built features and the layers\' notDrawn lists', () => {
    write('places/p.json', { places: [{ id: 'square', name: '二七广场', kind: 'landmark', lon: 113.61, lat: 34.71, precisionM: 50, from: 'test' }] });
    write('zones/b-erqi.json', { ...zone('b-erqi', 'erqi', '二七'), notDrawn: [{ name: '第二行', why: { zh: '无', en: 'none' }, source: { file: SEED, lines: '2-2' } }] });
    write('text/b-erqi.json', { 'b-erqi-centre': {} });
    const entity = (feature: string) => ({ name: '二七广场', source: { file: SEED, lines: '1-1' }, feature });
    const gap = { name: '第二行', source: { file: SEED, lines: '2-2' }, notDrawnIn: 'b-erqi' };
    write('layouts.json', { layouts: [{ id: 'l', name: '商圈', source: { file: SEED, lines: '1-1' }, entities: [entity('b-erqi-centre'), gap] }] });
    expect(run().problems).toEqual([]);

    write('layouts.json', { layouts: [{ id: 'l', name: '商圈', source: { file: SEED, lines: '1-1' }, entities: [entity('b-erqi-gone')] }] });
    const { problems, manifest } = run();
    expect(manifest).toBeUndefined();
    expect(problems.map((p) => `${p.file} › ${p.featureId}: ${p.problem}`)).toEqual([
      'layouts.json › l: entities[0]: feature "b-erqi-gone" is not a built feature id',
      'layouts.json › -: layer "b-erqi" lists "第二行" as not drawn, but no layout entity names it (add it with "notDrawnIn": "b-erqi")',
    ]);
  });
});
