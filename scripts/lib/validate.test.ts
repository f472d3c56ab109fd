import { describe, expect, it } from 'vitest';
import { isVerbatim, validateCollection, validateLinks, validatePlaces, validateText, validateZoneHeader, type Seeds } from './validate';

const SEED = '000_062be593f0ca59e2.txt';
const seeds: Seeds = {
  [SEED]: ['第一行', '“四区”即二七新区、二七特色商业区、马寨产城融合示范区和樱桃沟西美示范区。', '打造 国际化 现代化 新二七'],
};

/** A valid square around 113.6, 34.7, counter-clockwise. */
const square = () => [[[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.6, 34.71], [113.6, 34.7]]];

function feature(props: Record<string, unknown> = {}, geometry: unknown = { type: 'Polygon', coordinates: square() }) {
  // JSON has no undefined: a key set to undefined here stands for a missing key.
  const properties: Record<string, unknown> = {
    id: 'erqi-new-district',
    name: '二七新区',
    nameEn: 'Erqi New District',
    layer: 'erqi-four-zones',
    level: 'erqi',
    statedAreaKm2: 40,
    sources: [{ file: SEED, lines: '2-2' }],
    drawing: { method: { zh: '路口连线', en: 'ring of junctions' }, precisionM: 250 },
    ...props,
  };
  for (const k of Object.keys(properties)) if (properties[k] === undefined) delete properties[k];
  return { type: 'Feature', properties, geometry };
}
const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
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

describe('validatePlaces', () => {
  const place = { id: 'erqi-square', name: '二七广场', kind: 'landmark', lon: 113.6604, lat: 34.7533, precisionM: 50, from: 'metro-2025: 二七广场' };
  it('accepts a good place and rejects each bad field', () => {
    expect(validatePlaces('places/a.json', { places: [place] })).toEqual([]);
    const bad = validatePlaces('places/a.json', {
      places: [place, { ...place }, { ...place, id: 'x', kind: 'shop', from: '', precisionM: -1, lon: 120.1234567 }],
    }).map((p) => `${p.featureId}: ${p.problem}`);
    expect(bad).toEqual([
      'erqi-square: id used twice in this file',
      'x: kind "shop" must be one of junction, landmark, facility, road-point, shore-point, estimated',
      'x: from must name the reference the point was taken from',
      'x: precisionM -1 must be > 0',
      "x: 1 position(s) outside Zhengzhou's bbox [112.7, 34.2, 114.3, 35], first [120.1234567,34.7533]",
      'x: 1 position(s) with more than 6 decimals, first [120.1234567,34.7533]',
    ]);
  });
});

describe('validateZoneHeader', () => {
  const style = { color: '#0072b2', fillOpacity: 0.12, visibleByDefault: true, order: 10 };
  const header = { layer: 'erqi-four-zones', level: 'erqi', title: { zh: '四区联动', en: 'Four linked zones' }, geometry: 'polygon', style, aliases: ['e4'], features: [] };
  it('accepts a good header and rejects each bad field', () => {
    expect(validateZoneHeader('zones/erqi-four-zones.json', header)).toEqual([]);
    const bad = {
      layer: 'Four Zones', level: 'town', title: { zh: 'Four', en: '' }, geometry: 'area',
      style: { color: 'blue', fillOpacity: 2, visibleByDefault: 'yes', order: 'top', dash: 2 }, aliases: ['E-4'], features: {},
    };
    expect(validateZoneHeader('zones/x.json', bad).map((p) => p.problem.split(' ')[0])).toEqual([
      'layer', 'level', 'title', 'geometry', 'style:', 'style.color', 'style.fillOpacity', 'style.visibleByDefault', 'style.order', 'alias', 'features',
    ]);
    const { style: _, ...unstyled } = header;
    expect(validateZoneHeader('zones/erqi-four-zones.json', unstyled).map((p) => p.problem)).toEqual([expect.stringMatching(/^style must be \{ "color"/)]);
  });

  it('accepts places the plan names but the data cannot draw, when named verbatim with a reason', () => {
    const why = { zh: '无法定位', en: 'cannot be located' };
    const ok = { ...header, notDrawn: [{ name: '樱桃沟西美示范区', why, source: { file: SEED, lines: '2-2' } }] };
    expect(validateZoneHeader('zones/erqi-four-zones.json', ok, seeds)).toEqual([]);
    const misquoted = { ...header, notDrawn: [{ name: '樱桃沟东美示范区', why, source: { file: SEED, lines: '2-2' } }] };
    expect(validateZoneHeader('zones/erqi-four-zones.json', misquoted, seeds).map((p) => p.problem)).toEqual([
      `notDrawn[0]: name "樱桃沟东美示范区" is not in ${SEED} lines 2-2`,
    ]);
    const noReason = { ...header, notDrawn: [{ name: '樱桃沟西美示范区', source: { file: SEED, lines: '2-2' } }] };
    expect(validateZoneHeader('zones/erqi-four-zones.json', noReason, seeds).map((p) => p.problem)).toEqual(['notDrawn[0]: why must be { zh, en }']);
  });
});

describe('validateText', () => {
  const cite = (lines: string) => ({ file: SEED, lines });
  it('accepts verbatim quotes with their line ranges', () => {
    const text = {
      'erqi-new-district': {
        aliases: [{ name: '二七新区', source: cite('2-2') }],
        boundaryText: { text: '二七新区、二七特色商业区……樱桃沟西美示范区', source: cite('2-2') },
        positioning: { text: '打造国际化现代化新二七', source: cite('3-3') },
        projects: [{ name: '马寨产城融合示范区', nameEn: 'Mazhai demonstration zone', note: { zh: '2020年起', en: 'since 2020' }, source: cite('1-2') }],
        results: [{ text: '国际化现代化', en: 'international and modern', year: 2020, source: cite('3-3') }],
      },
      'empty-entry': {},
    };
    expect(validateText('text/erqi-four-zones.json', text, seeds)).toEqual([]);
  });

  it('rejects quotes not in the cited lines, bad citations and unknown keys', () => {
    const problems = validateText('text/x.json', {
      a: { positioning: { text: '打造国际化都市', source: cite('3-3') } },
      b: { boundaryText: { text: '二七新区', source: cite('3-3') } },
      c: { projects: [{ name: '项目', source: { file: SEED, lines: '1' } }] },
      d: { aliases: [{ name: '', source: cite('1-1') }] },
      e: { summary: 'x' },
      f: [],
    }, seeds).map((p) => `${p.featureId}: ${p.problem}`);
    expect(problems).toEqual([
      'a: positioning: "打造国际化都市" is not found verbatim in 000_062be593f0ca59e2.txt lines 3-3',
      'b: boundaryText: "二七新区" is not found verbatim in 000_062be593f0ca59e2.txt lines 3-3',
      'c: projects[0].source: lines "1" must be "<from>-<to>"',
      'd: aliases[0]: text must be a non-empty string',
      'e: unknown key(s) summary (allowed: aliases, boundaryText, positioning, projects, results)',
      'f: entry must be an object (possibly {})',
    ]);
  });

  it('checks results like other plan text: verbatim, cited, with a sane year', () => {
    const problems = validateText('text/x.json', {
      a: { results: [{ text: '新二七建成', year: 2020, source: cite('3-3') }] },
      b: { results: [{ text: '新二七', year: 1920, source: cite('3-3') }] },
      c: { results: [{ text: '新二七', year: 2020.5, source: cite('3-3') }] },
      d: { results: [{ text: '新二七', source: cite('3-3') }] },
    }, seeds).map((p) => `${p.featureId}: ${p.problem}`);
    expect(problems).toEqual([
      'a: results[0]: "新二七建成" is not found verbatim in 000_062be593f0ca59e2.txt lines 3-3',
      'b: results[0]: year 1920 must be a whole year from 2000 to 2035',
      'c: results[0]: year 2020.5 must be a whole year from 2000 to 2035',
    ]);
  });

  it('wants notes in both languages, each written in its own language, and translations in English', () => {
    const project = (extra: object) => ({ projects: [{ name: '新二七', source: cite('3-3'), ...extra }] });
    const problems = validateText('text/x.json', {
      zhOnly: project({ note: { zh: '专栏14' } }),
      plain: project({ note: '专栏14' }),
      englishInZh: project({ note: { zh: '2020 work plan (001): 抓好', en: '2020 work plan' } }),
      chineseInEn: project({ note: { zh: '专栏14', en: 'Box 14 专栏' } }),
      nameEn: project({ nameEn: '新二七' }),
      positioning: { positioning: { text: '新二七', en: '', source: cite('3-3') } },
      alias: { aliases: [{ name: '新二七', nameEn: 'New Erqi', source: cite('3-3') }] },
    }, seeds).map((p) => `${p.featureId}: ${p.problem}`);
    expect(problems).toEqual([
      'zhOnly: projects[0].note must be { zh, en } with both languages',
      'plain: projects[0].note must be { zh, en } with both languages',
      'englishInZh: projects[0].note.zh "2020 work plan (001): 抓好" contains English words: write it in Chinese (the line belongs in the citation)',
      'chineseInEn: projects[0].note.en "Box 14 专栏" contains Chinese characters: write it in English',
      'nameEn: projects[0].nameEn "新二七" contains Chinese characters: write it in English',
      'positioning: positioning.en must be a non-empty English string',
      'alias: aliases[0]: only name and source are allowed',
    ]);
  });

  it('matches ellipses in order only', () => {
    expect(isVerbatim('樱桃沟……二七新区', seeds[SEED].slice(1, 2))).toBe(false);
    expect(isVerbatim('二七新区…樱桃沟', seeds[SEED].slice(1, 2))).toBe(true);
  });
});

describe('validateLinks', () => {
  const district = feature({ id: 'erqi', layer: 'admin-districts', level: 'admin' });
  const zoneA = feature({ district: 'erqi', relations: [{ type: 'inside', target: 'erqi', source: { file: SEED, lines: '1-1' } }] });
  const layers = (a: unknown[], b: unknown[] = []) => [
    { file: 'admin/districts.geojson', layer: 'admin-districts', data: fc(district), admin: true },
    { file: 'layers/erqi-four-zones.geojson', layer: 'erqi-four-zones', data: fc(...a) },
    { file: 'layers/other.geojson', layer: 'other', data: fc(...b) },
  ];
  const text = (data: unknown, layer = 'erqi-four-zones') => ({ file: `text/${layer}.json`, layer, data });

  it('accepts consistent files', () => {
    expect(validateLinks({ collections: layers([zoneA]), texts: [text({ 'erqi-new-district': {} })] })).toEqual([]);
  });

  it('finds duplicate ids, unknown districts and relation targets, and missing or stray text', () => {
    const stray = feature({ id: 'stray', district: 'atlantis', relations: [{ type: 'overlaps', target: 'nowhere', source: { file: SEED, lines: '1-1' } }] });
    const problems = validateLinks({
      collections: layers([zoneA, stray], [feature({ layer: 'other' })]),
      texts: [text({ 'erqi-new-district': {}, ghost: {} }), text({ stray: {} }, 'other')],
    }).map((p) => `${p.file} › ${p.featureId}: ${p.problem}`);
    expect(problems).toEqual([
      'layers/other.geojson › erqi-new-district: id also used in layers/erqi-four-zones.geojson',
      'layers/erqi-four-zones.geojson › stray: district "atlantis" is not an admin district id',
      'layers/erqi-four-zones.geojson › stray: relations[0]: target "nowhere" is no feature id',
      'text/erqi-four-zones.json › ghost: text entry for an id that no layer feature has',
      'text/other.json › stray: the feature is in layer "erqi-four-zones": move this entry to text/erqi-four-zones.json',
    ]);
  });

  it('flags a text file named after no layer', () => {
    const problems = validateLinks({ collections: layers([zoneA]), texts: [text({ 'erqi-new-district': {} }), text({}, 'typo')] });
    expect(problems).toEqual([{ file: 'text/typo.json', featureId: '-', problem: 'no layer "typo" (zones/typo.json) for this text file' }]);
  });

  it('asks for a text entry for every plan feature', () => {
    expect(validateLinks({ collections: layers([zoneA]), texts: [] })).toEqual([
      { file: 'text/erqi-four-zones.json', featureId: 'erqi-new-district', problem: 'no text entry for this feature (add at least {})' },
    ]);
  });
});
