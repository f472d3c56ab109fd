import { describe, expect, it } from 'vitest';
import { validateCollection } from './collections';
import { fc, feature, SEED, seeds, square } from './testing/fixtures';

const check = (f: unknown, admin = false) =>
  validateCollection('layers/erqi-four-zones.geojson', fc(f), { layer: admin ? 'admin-districts' : 'erqi-four-zones', admin, seeds }).map((p) => p.problem);

describe('validateCollection', () => {
  it('accepts a good feature', () => {
    expect(check(feature())).toEqual([]);
  });

  it('rejects what is not GeoJSON', () => {
    expect(check({ ...feature(), type: 'feature' })).toEqual(['GeoJSON: type must be "Feature"']);
    expect(validateCollection('x', { type: 'FeatureCollection' }, { layer: 'x' })[0].featureId).toBe('-');
    expect(check(feature({}, { type: 'Polygon', coordinates: [[]] }))[0]).toMatch(/^GeoJSON|not a GeoJSON Feature/);
  });

  it.each([
    [{ id: 'Erqi_New' }, /^id "Erqi_New" is not an ascii slug/],
    [{ id: 'erqi--new' }, /^id "erqi--new" is not an ascii slug/],
    [{ name: '' }, /^name "" must be non-empty Chinese/],
    [{ name: 'Erqi' }, /^name "Erqi" must be non-empty Chinese/],
    [{ nameEn: undefined }, /^nameEn must be/],
    [{ level: 'county' }, /^level "county" must be one of/],
    [{ layer: 'other' }, /^layer "other" does not match the file's layer "erqi-four-zones"/],
    [{ statedAreaKm2: '40' }, /^statedAreaKm2 "40" must be a positive number or null/],
    [{ statedAreaKm2: undefined }, /^statedAreaKm2 missing/],
    [{ district: 'Erqi District' }, /^district "Erqi District" must be a district id/],
    [{ sources: [] }, /^sources must be a non-empty list/],
    [{ sources: [{ file: 'erqi-plan.txt', lines: '2-2' }] }, /^sources\[0\]: file "erqi-plan.txt" is not a seed file name/],
    [{ sources: [{ file: SEED, lines: '2' }] }, /^sources\[0\]: lines "2" must be "<from>-<to>"/],
    [{ sources: [{ file: SEED, lines: '3-2' }] }, /^sources\[0\]: lines "3-2" is not a 1-based ascending range/],
    [{ sources: [{ file: SEED, lines: '2-9' }] }, /^sources\[0\]: lines "2-9" run past the end of 000_062be593f0ca59e2.txt \(3 lines\)/],
    [{ sources: [{ file: '009_0000000000000000.txt', lines: '1-1' }] }, /^sources\[0\]: no seed file 009_/],
    [{ drawing: { method: { zh: '', en: 'ring' }, precisionM: 250 } }, /^drawing.method must be \{ zh/],
    [{ drawing: { method: 'ring of junctions', precisionM: 250 } }, /^drawing.method must be \{ zh/],
    [{ drawing: { method: { zh: '路口连线', en: 'ring' }, precisionM: 250, note: 'English only' } }, /^drawing.note must be \{ zh/],
    [{ drawing: { method: { zh: '测试', en: 'm' }, precisionM: 0 } }, /^drawing.precisionM 0 must be > 0/],
    [{ drawing: undefined }, /^drawing must be/],
    [{ relations: [{ type: 'near', target: 'x', source: { file: SEED, lines: '1-1' } }] }, /^relations\[0\]: type "near" must be one of/],
    [{ relations: [{ type: 'inside', target: 'erqi-new-district', source: { file: SEED, lines: '1-1' } }] }, /^relations\[0\]: target is the feature itself/],
    [{ relations: [{ type: 'inside', target: 'erqi', source: { file: SEED } }] }, /^relations\[0\].source: lines undefined/],
  ])('rejects bad property %j', (props, message) => {
    const problems = check(feature(props));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each([
    ['an unclosed ring', [[[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.6, 34.71]]], /^GeoJSON: at 0: The first and last positions must be equivalent/],
    ['a ring of 3 positions', [[[113.6, 34.7], [113.61, 34.7], [113.6, 34.7]]], /^GeoJSON: at 0: coordinates must have at least four positions/],
    ['a clockwise exterior', [square()[0].slice().reverse()], /^polygon: exterior ring is clockwise/],
    ['a bow-tie', [[[113.6, 34.7], [113.61, 34.71], [113.61, 34.7], [113.6, 34.71], [113.6, 34.7]]], /^boundary crosses itself at 1 point\(s\): \[113\.605/],
    ['a point outside Zhengzhou', [[[116.4, 39.9], [116.41, 39.9], [116.41, 39.91], [116.4, 39.9]]], /^4 position\(s\) outside Zhengzhou's bbox/],
    ['7 decimals', [[[113.6, 34.7], [113.61, 34.7], [113.6100001, 34.71], [113.6, 34.71], [113.6, 34.7]]], /^1 position\(s\) with more than 6 decimals, first \[113.6100001,34.71\]/],
    ['an altitude', [[[113.6, 34.7, 100], [113.61, 34.7], [113.61, 34.71], [113.6, 34.71], [113.6, 34.7, 100]]], /^2 position\(s\) not \[lon, lat\]/],
  ])('rejects %s', (_, coordinates, message) => {
    const problems = check(feature({}, { type: 'Polygon', coordinates }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('rejects non-finite coordinates', () => {
    expect(check(feature({}, { type: 'Point', coordinates: [113.6, Infinity] }))).toEqual(['1 position(s) not finite numbers, first [113.6,null]']);
  });

  it('rejects other geometry types and short lines', () => {
    expect(check(feature({}, { type: 'MultiPoint', coordinates: [[113.6, 34.7]] }))[0]).toMatch(/^geometry type "MultiPoint" must be one of/);
    expect(check(feature({}, { type: 'LineString', coordinates: [[113.6, 34.7]] }))).not.toEqual([]);
  });

  it('lets a ring touch itself at a vertex, but not cross itself', () => {
    // Two squares joined at the corner 113.61, 34.71, walked as one ring (figure of eight at a vertex).
    const touching = [[[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.62, 34.71], [113.62, 34.72], [113.61, 34.72], [113.61, 34.71], [113.6, 34.71], [113.6, 34.7]]];
    expect(check(feature({}, { type: 'Polygon', coordinates: touching }))).toEqual([]);
  });

  it('accepts third-party citations on admin districts only', () => {
    const admin = feature({ layer: 'admin-districts', level: 'admin', statedAreaKm2: undefined, sources: [{ file: 'echarts.geojson', lines: 'all' }] });
    expect(check(admin, true)).toEqual([]);
    expect(check({ ...admin, properties: { ...admin.properties, sources: [{ file: '' }] } }, true)).toEqual(['sources[0] must be { file, lines }']);
  });
});
