import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Position } from 'geojson';
import type { PlanFeature, PlanGeometry } from '../../src/data/types';
import { labelBoxPx, labelTextPx } from '../../src/data/labels';
import { chooseLabelPoints, fitZoom, OVERVIEW_ZOOM, validateShortNames, type LabelLayer } from './labelPoints';

const feature = (id: string, name: string, geometry: PlanGeometry, nameEn = id): PlanFeature => ({
  type: 'Feature',
  properties: { id, name, nameEn, layer: 'x', level: 'erqi', sources: [{ file: 'x', lines: '1-1' }], drawing: { method: { zh: '测试', en: 'test' }, precisionM: 100 } },
  geometry,
});
/** A lon/lat rectangle km wide and tall around a centre (near Zhengzhou: 1° lon ≈ 91.5 km, 1° lat ≈ 111 km). */
const rect = (lon: number, lat: number, wKm: number, hKm: number): PlanGeometry => {
  const dx = wKm / 2 / 91.5;
  const dy = hKm / 2 / 111;
  return { type: 'Polygon', coordinates: [[[lon - dx, lat - dy], [lon + dx, lat - dy], [lon + dx, lat + dy], [lon - dx, lat + dy], [lon - dx, lat - dy]]] };
};
const layer = (id: string, order: number, features: PlanFeature[], over: Partial<LabelLayer> = {}): LabelLayer => ({
  id,
  level: 'erqi',
  geometry: 'polygon',
  order,
  visibleByDefault: true,
  data: { type: 'FeatureCollection', features },
  ...over,
});
const pointOf = (out: ReturnType<typeof chooseLabelPoints>, layerId: string, id: string): Position =>
  out.get(layerId)!.features.find((f) => f.properties.id === id)!.geometry.coordinates;

/** Metres per px at the overview zoom near 34.7° N. */
const MPP = (40075016.7 * Math.cos((34.7 * Math.PI) / 180)) / 512 / 2 ** OVERVIEW_ZOOM;
/** Whether two names' boxes, centred on their points, overlap at the overview zoom. */
function collide(a: Position, b: Position, textA: string, textB: string): boolean {
  const [ba, bb] = [labelBoxPx(textA, 12), labelBoxPx(textB, 12)];
  const dx = Math.abs(a[0] - b[0]) * 91500;
  const dy = Math.abs(a[1] - b[1]) * 111000;
  return dx < ((ba.width + bb.width) / 2) * MPP && dy < ((ba.height + bb.height) / 2) * MPP;
}

describe('label points chosen at build time', () => {
  it('names a board at its centre and the zone holding it clear of the board\'s name, both inside their shapes', () => {
    const zone = feature('zone', '示范区', rect(113.6, 34.7, 8, 6));
    const board = feature('board', '板块', rect(113.6, 34.7, 1.5, 1.5));
    const out = chooseLabelPoints([layer('zones', 10, [zone]), layer('boards', 20, [board])]);
    const [z, b] = [pointOf(out, 'zones', 'zone'), pointOf(out, 'boards', 'board')];
    expect(b[0]).toBeCloseTo(113.6, 3);
    expect(b[1]).toBeCloseTo(34.7, 3);
    expect(booleanPointInPolygon(z, zone.geometry as never)).toBe(true);
    expect(collide(z, b, '示范区', '板块')).toBe(false);
  });

  it('names one shape drawn for two plan areas twice, apart: the finer layer at the centre, the other above or below it', () => {
    // 樱桃沟西美示范区 and 足球小镇板块 are the same 8 km².
    const shape = rect(113.6, 34.62, 3.7, 4.4);
    const out = chooseLabelPoints([layer('zones', 10, [feature('yt', '樱桃沟示范区', shape)]), layer('boards', 20, [feature('fb', '足球小镇', shape)])]);
    const [z, b] = [pointOf(out, 'zones', 'yt'), pointOf(out, 'boards', 'fb')];
    expect(Math.abs(b[1] - 34.62)).toBeLessThan(0.001);
    expect(booleanPointInPolygon(z, shape as never)).toBe(true);
    expect(collide(z, b, '樱桃沟示范区', '足球小镇')).toBe(false);
  });

  it('names one shape drawn in two layers under one name once: the finer layer\'s label, the other its twin for when that layer is off', () => {
    // The city plan's 二七商圈 is the district's 二七商圈板块 (sameAs): one shape, one name.
    const shape = rect(113.66, 34.75, 1.2, 1.0);
    const out = chooseLabelPoints(
      [layer('city', 8, [feature('ct', '二七商圈', shape)], { level: 'city' }), layer('boards', 20, [feature('eq', '二七商圈板块', shape)])],
      { eq: { zh: '二七商圈', en: 'Business Circle' } },
    );
    const board = out.get('boards')!.features[0];
    const city = out.get('city')!.features[0];
    expect(board.properties.twinOf).toBeUndefined();
    expect(city.properties).toMatchObject({ id: 'ct', name: '二七商圈', twinOf: 'eq', twinLayer: 'boards' });
    expect(city.geometry.coordinates).toEqual(board.geometry.coordinates);
    // Its own names, not its twin's: the full name has no short form to fall back from.
    expect(city.properties.short).toBeUndefined();
    expect(city.properties.full).toBe(0);
  });

  it('names one shape twice when the two areas go by different names (樱桃沟西美示范区 and 足球小镇板块), and twice two shapes of one name', () => {
    const shape = rect(113.6, 34.62, 3.7, 4.4);
    const other = rect(113.7, 34.62, 3.7, 4.4);
    const out = chooseLabelPoints([
      layer('zones', 10, [feature('yt', '樱桃沟西美示范区', shape), feature('far', '二七商圈', other)]),
      layer('boards', 20, [feature('fb', '足球小镇板块', shape), feature('near', '二七商圈板块', rect(113.7, 34.62, 3.7, 4.3))]),
    ]);
    const twins = [...out.values()].flatMap((fc) => fc.features).filter((f) => f.properties.twinOf);
    expect(twins).toEqual([]);
  });

  it('keeps a district\'s name off its zones\' names, and two boards side by side apart', () => {
    const district = feature('d', '二七区', rect(113.6, 34.7, 16, 16));
    const zone = feature('z', '二七新区', rect(113.6, 34.7, 9, 7));
    const north = feature('n', '总部经济', rect(113.63, 34.722, 1.2, 0.8));
    const south = feature('s', '健康产业', rect(113.63, 34.708, 1.2, 2.1));
    const out = chooseLabelPoints([layer('admin', 0, [district], { level: 'admin' }), layer('zones', 10, [zone]), layer('boards', 20, [north, south])]);
    const [d, z] = [pointOf(out, 'admin', 'd'), pointOf(out, 'zones', 'z')];
    expect(collide(d, z, '二七区', '二七新区')).toBe(false);
    // The smaller board is named at its centre; the larger one's name moves away from it inside its shape.
    const [n, s] = [pointOf(out, 'boards', 'n'), pointOf(out, 'boards', 's')];
    expect(n[1]).toBeCloseTo(34.722, 3);
    expect(booleanPointInPolygon(s, south.geometry as never)).toBe(true);
    expect(34.708 - s[1]).toBeGreaterThan(0.002);
  });

  it('keeps clear only of what is on at first: a layer off at first does not push names about', () => {
    const zone = feature('zone', '示范区', rect(113.6, 34.7, 8, 6));
    const hidden = feature('h', '隐藏', rect(113.6, 34.7, 1, 1));
    const alone = pointOf(chooseLabelPoints([layer('zones', 10, [zone])]), 'zones', 'zone');
    const withHidden = pointOf(chooseLabelPoints([layer('zones', 10, [zone]), layer('off', 20, [hidden], { visibleByDefault: false })]), 'zones', 'zone');
    expect(withHidden).toEqual(alone);
  });

  it('says from which zoom the full name fits, and writes the short names given', () => {
    const small = feature('sm', '马寨产城融合示范区', rect(113.6, 34.7, 2, 2), 'Mazhai Industry–City Integration Demonstration Zone');
    const big = feature('bg', '马寨产城融合示范区', rect(113.6, 34.7, 20, 20), 'Mazhai Industry–City Integration Demonstration Zone');
    const short = { sm: { zh: '马寨', en: 'Mazhai' }, bg: { zh: '马寨' } };
    const out = chooseLabelPoints([layer('zones', 10, [small, big])], short);
    const props = (id: string) => out.get('zones')!.features.find((f) => f.properties.id === id)!.properties;
    expect(props('sm')).toMatchObject({ short: '马寨', shortEn: 'Mazhai' });
    expect(props('sm').full).toBeGreaterThan(props('bg').full);
    expect(props('sm').fullEn).toBeGreaterThanOrEqual(props('sm').full); // the English name is longer
    expect(props('bg').shortEn).toBeUndefined();
    expect(props('bg').fullEn).toBe(0); // no English short name: always the full one
  });

  it('fits a name from a later zoom the less room it has, never later than street zoom', () => {
    const px = labelTextPx({ level: 'erqi', geometry: 'polygon' });
    expect(fitZoom('二七新区', px, 2000, 34.7)).toBeLessThan(fitZoom('二七新区', px, 200, 34.7));
    expect(fitZoom('二七新区', px, 200, 34.7)).toBeLessThan(fitZoom('二七文化创意园区核心板块', px, 200, 34.7));
    expect(fitZoom('二七文化创意园区核心板块', px, 1, 34.7)).toBe(13);
  });
});

describe('geodata/labels.json', () => {
  const features = new Map<string, PlanFeature>([
    ['zone', feature('zone', '马寨产城融合示范区', rect(113.6, 34.7, 2, 2), 'Mazhai zone')],
    ['pt', feature('pt', '海为科创中心', { type: 'Point', coordinates: [113.6, 34.7] })],
    ['corridor', feature('corridor', '陇海铁路绿廊', { type: 'LineString', coordinates: [[113.5, 34.7], [113.6, 34.7]] })],
  ]);
  const problems = (data: unknown) => validateShortNames('labels.json', data, features).map((p) => `${p.featureId}: ${p.problem}`);

  it('accepts short names of drawn areas and lines in either language', () => {
    expect(problems({ zone: { zh: '马寨', en: 'Mazhai' } })).toEqual([]);
    expect(problems({ corridor: { zh: '陇海绿廊' } })).toEqual([]);
    expect(problems({ zone: { zh: '马寨' } })).toEqual([]);
  });

  it('names what is wrong: an unknown id, a point, a name no shorter, an empty entry', () => {
    expect(problems([])).toEqual(['-: must be an object of feature id → { "zh": short name, "en": short name }']);
    expect(problems({ nope: { zh: 'x' } })).toEqual(['nope: no drawn feature has this id']);
    expect(problems({ pt: { zh: '海为' } })).toEqual(['pt: short names are for areas and lines (points are named in full)']);
    expect(problems({ zone: { en: 'Mazhai zone!' } })).toEqual(['zone: "en" short name "Mazhai zone!" is not shorter than the full name "Mazhai zone"']);
    expect(problems({ zone: {} })).toEqual(['zone: must give a short name in "zh", "en" or both']);
    expect(problems({ zone: { zh: ' ' } })).toEqual(['zone: "zh" must be a non-empty short name']);
  });
});
