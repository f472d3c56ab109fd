import { describe, expect, it } from 'vitest';
import { area, bbox, booleanClockwise } from '@turf/turf';
import type { LineString, Point, Polygon, Position } from 'geojson';
import { buildLayer, RecipeError } from './build';
import type { Districts } from './context';
import type { Place, ZoneFile, ZoneRecipe } from '../../../src/data/types';

// A square "erqi" district 0.02° on a side, vertices counter-clockwise from the
// south-west corner, and a square "zhongyuan" sharing its west edge.
const square = (w: number, s: number, e: number, n: number): Position[] => [[w, s], [e, s], [e, n], [w, n], [w, s]];
const districts: Districts = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { id: 'erqi' }, geometry: { type: 'Polygon', coordinates: [square(113.6, 34.7, 113.62, 34.72)] } },
    { type: 'Feature', properties: { id: 'zhongyuan' }, geometry: { type: 'Polygon', coordinates: [square(113.58, 34.7, 113.6, 34.72)] } },
  ],
};

const place = (id: string, lon: number, lat: number): Place => ({ id, name: id, kind: 'estimated', lon, lat, precisionM: 50, from: 'test' });
const places: Place[] = [
  place('centre', 113.61, 34.71),
  place('east-out', 113.621, 34.71), // just outside the east edge
  place('north-out', 113.61, 34.721), // just outside the north edge
  place('far-west', 113.59, 34.71),
  place('a', 113.61, 34.705),
  place('b', 113.63, 34.705),
  place('c', 113.63, 34.715),
  place('d', 113.61, 34.715),
  place('long-decimals', 113.612345678, 34.709876543),
];

const base = (id: string): Omit<ZoneRecipe, 'ring'> => ({
  id,
  name: '测试区',
  nameEn: 'Test zone',
  statedAreaKm2: 1,
  sources: [{ file: '000_062be593f0ca59e2.txt', lines: '1-2' }],
  drawing: { method: { zh: '测试', en: 'test' }, precisionM: 100 },
});

const zone = (features: ZoneRecipe[], geometry: ZoneFile['geometry'] = 'polygon'): ZoneFile => ({
  layer: 'test-layer',
  level: 'erqi',
  title: { zh: '测试', en: 'Test' },
  geometry,
  style: { color: '#0072b2', fillOpacity: 0.15, visibleByDefault: true, order: 10 },
  features,
});

const build = (r: ZoneRecipe, geometry: ZoneFile['geometry'] = 'polygon') => buildLayer(zone([r], geometry), places, districts).features[0];

const exterior = (g: unknown) => (g as Polygon).coordinates[0];

function problemsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RecipeError);
    return (e as RecipeError).problems.map((p) => `${p.layer} › ${p.featureId}: ${p.problem}`);
  }
  throw new Error('expected a RecipeError');
}

describe('ring with a border stretch', () => {
  it('walks the shorter way round the district between the projected points', () => {
    const f = build({ ...base('ne'), ring: [{ place: 'centre' }, { border: 'erqi', from: 'east-out', to: 'north-out' }] });
    const ring = exterior(f.geometry);
    // centre → east edge (projected) → NE corner → north edge (projected) → back to centre.
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual([113.61, 34.71]);
    expect(ring[1][0]).toBe(113.62);
    expect(ring[1][1]).toBeCloseTo(34.71, 5);
    expect(ring[2]).toEqual([113.62, 34.72]);
    expect(ring[3][0]).toBeCloseTo(113.61, 5);
    expect(ring[3][1]).toBeCloseTo(34.72, 5);
    expect(ring[4]).toEqual(ring[0]);
    // A quarter of the district: about 0.01° × 0.01° ≈ 1.02 km².
    expect(area(f) / 1e6).toBeCloseTo(1.017, 2);
    expect(f.properties.drawing.vertices).toEqual(['centre', 'east-out', 'north-out']);
  });

  it('takes the long way when `via` lies on it, wrapping past the ring start', () => {
    const f = build({ ...base('long'), ring: [{ place: 'centre' }, { border: 'erqi', from: 'east-out', to: 'north-out', via: 'far-west' }] });
    const ring = exterior(f.geometry);
    const corners = ring.filter((p) => [113.6, 113.62].includes(p[0]) && [34.7, 34.72].includes(p[1]));
    // SE, SW, NW corners visited (the ring is then rewound counter-clockwise); NE corner not.
    expect(corners).toEqual([[113.6, 34.72], [113.6, 34.7], [113.62, 34.7]]);
    expect(f.properties.drawing.vertices).toEqual(['centre', 'east-out', 'far-west', 'north-out']);
    expect(area(f) / 1e6).toBeCloseTo(3 * 1.017, 1);
  });

  it('writes a closed counter-clockwise ring even when the steps go clockwise', () => {
    const f = build({ ...base('cw'), ring: [{ place: 'a' }, { place: 'd' }, { place: 'c' }, { place: 'b' }] });
    const ring = exterior(f.geometry);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(booleanClockwise(ring)).toBe(false);
  });

  it('rounds to 6 decimals and drops consecutive duplicates', () => {
    const f = build({ ...base('round'), ring: [{ place: 'long-decimals' }, { place: 'a' }, { place: 'a' }, { lonlat: [113.62, 34.71], why: 'test' }] });
    const ring = exterior(f.geometry);
    expect(ring).toHaveLength(4);
    expect(ring).toContainEqual([113.612346, 34.709877]);
  });
});

describe('other recipes', () => {
  it('clips a ring to a district', () => {
    const f = build({ ...base('clip'), ring: [{ place: 'a' }, { place: 'b' }, { place: 'c' }, { place: 'd' }], clip: 'erqi' });
    // The ring spans 113.61–113.63; the district ends at 113.62.
    const [w, s, e, n] = bbox(f);
    expect([w, s, e, n]).toEqual([113.61, 34.705, 113.62, 34.715]);
    expect(booleanClockwise(exterior(f.geometry))).toBe(false);
  });

  it('unions whole districts', () => {
    const f = build({ ...base('both'), districts: ['erqi', 'zhongyuan'] });
    expect(f.geometry.type).toBe('Polygon');
    expect(bbox(f)).toEqual([113.58, 34.7, 113.62, 34.72]);
    expect(area(f) / 1e6).toBeCloseTo(4 * 2 * 1.017, 0);
  });

  it('draws a circle of the given radius round a place', () => {
    const f = build({ ...base('circle'), circle: { place: 'centre', radiusM: 800 } });
    expect(area(f) / (Math.PI * 800 * 800)).toBeGreaterThan(0.99);
    expect(area(f) / (Math.PI * 800 * 800)).toBeLessThan(1.001);
    expect(f.properties.drawing.vertices).toEqual(['centre']);
  });

  it('builds lines and points', () => {
    const line = build({ ...base('line'), line: [{ place: 'a' }, { place: 'b' }] }, 'line');
    expect((line.geometry as LineString).coordinates).toEqual([[113.61, 34.705], [113.63, 34.705]]);
    const pt = build({ ...base('pt'), point: 'long-decimals' }, 'point');
    expect((pt.geometry as Point).coordinates).toEqual([113.612346, 34.709877]);
  });

  it('writes the contract properties with the layer and level of the file', () => {
    const f = build({ ...base('props'), district: 'erqi', circle: { place: 'centre', radiusM: 100 } });
    expect(f.properties).toMatchObject({ id: 'props', name: '测试区', layer: 'test-layer', level: 'erqi', statedAreaKm2: 1, district: 'erqi' });
    expect(f.properties.drawing).toMatchObject({ method: { zh: '测试', en: 'test' }, precisionM: 100 });
  });
});

describe('errors name layer, feature and problem', () => {
  it('reports an unknown place id', () => {
    expect(problemsOf(() => build({ ...base('bad'), ring: [{ place: 'a' }, { place: 'nowhere' }, { place: 'c' }] }))).toEqual([
      'test-layer › bad: step 2 place: unknown place id "nowhere"',
    ]);
  });

  it('reports a lonlat without why, an unknown district and a missing recipe, all at once', () => {
    const problems = problemsOf(() =>
      buildLayer(
        zone([
          { ...base('no-why'), ring: [{ place: 'a' }, { place: 'b' }, { lonlat: [113.62, 34.71] } as never] },
          { ...base('no-district'), districts: ['atlantis'] },
          base('nothing') as ZoneRecipe,
        ]),
        places,
        districts,
      ),
    );
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe('test-layer › no-why: step 3 lonlat: "why" is required for an explicit vertex');
    expect(problems[1]).toMatch(/^test-layer › no-district: districts: unknown district id "atlantis"/);
    expect(problems[2]).toMatch(/^test-layer › nothing: no geometry recipe/);
  });

  it('rejects a lonlat precisionM that is not a positive number of metres', () => {
    for (const precisionM of [0, -50, '300', Number.NaN]) {
      expect(problemsOf(() => build({ ...base('bad-precision'), ring: [{ place: 'a' }, { place: 'b' }, { lonlat: [113.62, 34.71], why: 't', precisionM } as never] })))
        .toEqual([`test-layer › bad-precision: step 3 lonlat: "precisionM" must be a positive number of metres, got ${JSON.stringify(precisionM)}`]);
    }
    expect(() => build({ ...base('good-precision'), ring: [{ place: 'a' }, { place: 'b' }, { lonlat: [113.62, 34.71], why: 't', precisionM: 300 }] })).not.toThrow();
  });

  it('rejects two recipes, a recipe of the wrong geometry and unknown keys', () => {
    expect(problemsOf(() => build({ ...base('two'), point: 'a', circle: { place: 'a', radiusM: 5 } })))
      .toEqual(['test-layer › two: exactly one geometry recipe allowed, found point + circle']);
    expect(problemsOf(() => build({ ...base('kind'), point: 'a' })))
      .toEqual(['test-layer › kind: "point" makes a point, but the layer\'s geometry is polygon']);
    expect(problemsOf(() => build({ ...base('typo'), point: 'a', statedArea: 3 } as ZoneRecipe, 'point')))
      .toEqual(['test-layer › typo: unknown key(s) "statedArea"']);
    expect(problemsOf(() => build({ ...base('ring-mark'), ring: [{ place: 'a' }, { place: 'b' }, { place: 'c' }], mark: true })))
      .toEqual(['test-layer › ring-mark: "mark" is only `true`, with "line" (a line that only strings named places together)']);
  });

  it('reports a clip that leaves nothing', () => {
    expect(problemsOf(() => build({ ...base('away'), ring: [{ lonlat: [113.7, 34.8], why: 't' }, { lonlat: [113.71, 34.8], why: 't' }, { lonlat: [113.71, 34.81], why: 't' }], clip: 'erqi' })))
      .toEqual(['test-layer › away: clip: the ring does not overlap district "erqi"']);
  });
});

describe('includes: places the plan\'s words put inside the area', () => {
  const erqi = (includes: unknown, gazetteer = places) =>
    buildLayer(zone([{ ...base('named'), districts: ['erqi'], includes } as ZoneRecipe]), gazetteer, districts).features[0];

  it('builds when the named places lie inside, or outside by no more than their precision', () => {
    expect(erqi(['centre']).properties.id).toBe('named');
    // east-out lies about 91 m east of the district: within ±200 m it does not contradict the drawing.
    const vague = places.map((p) => (p.id === 'east-out' ? { ...p, precisionM: 200 } : p));
    expect(erqi(['centre', 'east-out'], vague).properties.id).toBe('named');
  });

  it('fails when a named place lies outside beyond its precision, and on what it cannot check', () => {
    expect(problemsOf(() => erqi(['centre', 'east-out']))).toEqual([
      expect.stringMatching(/^test-layer › named: includes: "east-out" lies 9\d m outside the drawn area, beyond its ±50 m$/),
    ]);
    expect(problemsOf(() => erqi(['nowhere']))).toEqual(['test-layer › named: includes: unknown place id "nowhere"']);
    expect(problemsOf(() => erqi([]))).toEqual(['test-layer › named: "includes" must be a non-empty list of place ids']);
    expect(problemsOf(() => build({ ...base('line'), line: [{ place: 'a' }, { place: 'b' }], includes: ['a'] }, 'line')))
      .toEqual(['test-layer › line: "includes" needs an area']);
  });
});

describe('sameAs recipes', () => {
  it('copies the geometry and reference points of a feature built in another layer', () => {
    const twinLayer = buildLayer(
      { layer: 'twin-a', level: 'erqi', title: { zh: '甲', en: 'A' }, geometry: 'polygon', features: [{ ...baseRecipe('orig'), ring: [{ place: 'a' }, { place: 'b' }, { place: 'c' }] }] } as never,
      samePlaces,
      sameDistricts,
    );
    const built = new Map(twinLayer.features.map((f) => [f.properties.id, f]));
    const copy = buildLayer(
      { layer: 'twin-b', level: 'city', title: { zh: '乙', en: 'B' }, geometry: 'polygon', features: [{ ...baseRecipe('copy'), sameAs: 'orig' }] } as never,
      samePlaces,
      sameDistricts,
      built,
    );
    expect(copy.features[0].geometry).toEqual(twinLayer.features[0].geometry);
    expect(copy.features[0].properties.drawing.vertices).toEqual(['a', 'b', 'c']);
    expect(copy.features[0].properties.layer).toBe('twin-b');
  });

  it('names an unknown twin', () => {
    expect(() =>
      buildLayer({ layer: 'twin-b', level: 'city', title: { zh: '乙', en: 'B' }, geometry: 'polygon', features: [{ ...baseRecipe('copy'), sameAs: 'missing' }] } as never, samePlaces, sameDistricts),
    ).toThrow(/unknown or not yet built feature "missing"/);
  });
});

describe('union recipes', () => {
  const layer = (features: unknown[]) => ({ layer: 'whole', level: 'city', title: { zh: '整体', en: 'Whole' }, geometry: 'polygon', features }) as never;
  const parts = [
    { ...baseRecipe('west'), ring: [{ lonlat: [113.6, 34.7], why: 't' }, { lonlat: [113.61, 34.7], why: 't' }, { lonlat: [113.61, 34.71], why: 't' }, { lonlat: [113.6, 34.71], why: 't' }] },
    { ...baseRecipe('east'), ring: [{ lonlat: [113.62, 34.7], why: 't' }, { lonlat: [113.63, 34.7], why: 't' }, { lonlat: [113.63, 34.71], why: 't' }, { lonlat: [113.62, 34.71], why: 't' }] },
  ];

  it('draws a whole as its named parts, built earlier in the same file', () => {
    const fc = buildLayer(layer([...parts, { ...baseRecipe('whole'), union: ['west', 'east'] }]), samePlaces, sameDistricts);
    const whole = fc.features[2];
    expect(whole.geometry.type).toBe('MultiPolygon'); // the parts do not touch: no invented land between them
    expect(area(whole) / 1e6).toBeCloseTo((area(fc.features[0]) + area(fc.features[1])) / 1e6, 3);
  });

  it('refuses a part that is not built yet or not an area', () => {
    expect(problemsOf(() => buildLayer(layer([{ ...baseRecipe('whole'), union: ['west', 'east'] }, ...parts]), samePlaces, sameDistricts)))
      .toEqual(['whole › whole: union: unknown or not yet built feature "west"']);
    const point = { ...baseRecipe('spot'), point: 'a' };
    const line = buildLayer({ layer: 'spots', level: 'city', title: { zh: '点', en: 'P' }, geometry: 'point', features: [point] } as never, samePlaces, sameDistricts);
    const built = new Map(line.features.map((f) => [f.properties.id, f]));
    expect(problemsOf(() => buildLayer(layer([parts[0], { ...baseRecipe('whole'), union: ['west', 'spot'] }]), samePlaces, sameDistricts, built)))
      .toEqual(['whole › whole: union: "spot" is not an area']);
  });
});

const samePlaces = [
  { id: 'a', name: '甲', kind: 'junction', lon: 113.6, lat: 34.7, precisionM: 10, from: 'test' },
  { id: 'b', name: '乙', kind: 'junction', lon: 113.61, lat: 34.7, precisionM: 10, from: 'test' },
  { id: 'c', name: '丙', kind: 'junction', lon: 113.61, lat: 34.71, precisionM: 10, from: 'test' },
] as never;
const sameDistricts = { type: 'FeatureCollection', features: [] } as never;
const baseRecipe = (id: string) => ({ id, name: '测试', nameEn: 'Test', statedAreaKm2: null, sources: [{ file: '000_062be593f0ca59e2.txt', lines: '1-1' }], drawing: { method: { zh: '测试', en: 'test' }, precisionM: 10 } });

describe('fit: an estimated edge placed from the stated area', () => {
  // Square a–b–c–d (0.02° × 0.01°, about 2 km²): its east side b–c is an estimated edge.
  const fit = { places: ['b', 'c'], bearingDeg: 90, bandM: 1500, edge: { zh: '东边（估计）', en: 'east edge (estimated)' } };
  const fitted = (statedAreaKm2: number, extra: Partial<ZoneRecipe> = {}) =>
    ({ ...base('fitted'), statedAreaKm2, ring: [{ place: 'a' }, { place: 'b' }, { place: 'c' }, { place: 'd' }], fit, ...extra }) as ZoneRecipe;

  it('moves only the estimated edge, within its band, until the drawn area is the stated one', () => {
    const f = build(fitted(1.5));
    expect(area(f.geometry) / 1e6).toBeCloseTo(1.5, 2);
    expect(f.properties.drawing.fit).toMatchObject({ clamped: false, bandM: 1500 });
    expect(f.properties.drawing.fit!.offsetM).toBeLessThan(0); // the east side came west
    const ring = exterior(f.geometry);
    expect(ring).toContainEqual([113.61, 34.705]); // a and d stay
    expect(ring).toContainEqual([113.61, 34.715]);
  });

  it('stops at the band and says so when the stated area is out of reach', () => {
    const f = build(fitted(10));
    expect(f.properties.drawing.fit).toMatchObject({ offsetM: 1500, clamped: true });
    expect(area(f.geometry) / 1e6).toBeLessThan(10);
  });

  it('draws a neighbour built later on the same fitted line', () => {
    const neighbour = { ...base('neighbour'), statedAreaKm2: null, ring: [{ place: 'b' }, { place: 'east-out' }, { place: 'c' }] } as ZoneRecipe;
    const [a, b] = buildLayer(zone([fitted(1.5), neighbour]), places, districts).features;
    const movedB = exterior(a.geometry).find((p) => p[1] === 34.705 && p[0] !== 113.61);
    expect(exterior(b.geometry)).toContainEqual(movedB);
  });

  it('never moves a located place, nor one another feature already drew with', () => {
    const located = places.map((p) => (p.id === 'b' ? { ...p, kind: 'junction' as const } : p));
    expect(() => buildLayer(zone([fitted(1.5)]), located, districts)).toThrow(/"b" is junction, and located places never move/);
    const first = { ...base('first'), statedAreaKm2: null, ring: [{ place: 'b' }, { place: 'east-out' }, { place: 'c' }] } as ZoneRecipe;
    expect(problemsOf(() => buildLayer(zone([first, fitted(1.5)]), places, districts))).toEqual([
      'test-layer › fitted: fit: "b" was already drawn with by first; fit the edge in the feature built first',
    ]);
  });
});
