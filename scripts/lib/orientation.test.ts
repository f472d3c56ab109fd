import { describe, expect, it } from 'vitest';
import type { Place } from '../../src/data/types';
import { buildRoads, landmarks, orientationPlaces } from './orientation';

const place = (id: string, name: string, lon: number, lat: number, kind: Place['kind'] = 'junction', precisionM = 100): Place => ({ id, name, kind, lon, lat, precisionM, from: 'test' });
const places = new Map(
  [
    place('a', '甲路与乙路交叉口', 113.6, 34.7, 'junction', 80),
    place('b', '甲路与丙路交叉口', 113.62, 34.7, 'junction', 250),
    place('c', '甲路丁村', 113.65, 34.71, 'road-point', 120),
  ].map((p) => [p.id, p]),
);

describe('orientation roads from located places', () => {
  it('draws a road through its places in the order given, as precise as its worst place', () => {
    const { roads, problems } = buildRoads([{ name: '建设西路', places: ['a', 'b', 'c'] }], places);
    expect(problems).toEqual([]);
    const [road] = roads.features;
    expect(road.geometry.coordinates).toEqual([[113.6, 34.7], [113.62, 34.7], [113.65, 34.71]]);
    // Its English name is its Pinyin as the place-name rules write it, as the stations' are.
    expect(road.properties).toMatchObject({ id: 'road-jianshe-xilu', name: '建设西路', nameEn: 'Jianshe Xilu', precisionM: 250 });
  });

  it('names an unknown place and a one-place road as problems, and draws neither', () => {
    const { roads, problems } = buildRoads(
      [
        { name: '乙路', places: ['a', 'nowhere'] },
        { name: '丙路', places: ['b'] },
      ],
      places,
    );
    expect(roads.features).toEqual([]);
    expect(problems.map((p) => `${p.featureId}: ${p.problem}`)).toEqual([
      '乙路: unknown place "nowhere" (not in geodata/places)',
      '丙路: a road needs at least two located places',
    ]);
  });
});

describe('orientation search entries and landmarks', () => {
  it('a station is found with its lines (in both languages); a road at its middle place', () => {
    const { roads } = buildRoads([{ name: '甲路', places: ['a', 'b', 'c'] }], places);
    const stations = {
      type: 'FeatureCollection' as const,
      features: [{ type: 'Feature' as const, properties: { id: 's1', name: '碧沙岗', nameEn: 'Bishagang', lines: ['1号线', '2号线/城郊线'] }, geometry: { type: 'Point' as const, coordinates: [113.618, 34.756] } }],
    };
    const { landmarks: marks } = landmarks([place('w', '二七万达广场（大学南路8号）', 113.6, 34.7, 'facility')], { words: { w: '二七 万达 广场' } });
    const [station, road, landmark] = orientationPlaces({ stations, roads, landmarks: marks });
    expect(station).toMatchObject({ name: '碧沙岗', kind: 'station', detail: '1号线 · 2号线/城郊线', lon: 113.618 });
    // Its lines in English too, for the result line of an English search.
    expect(station.detailEn).toBe('Line 1 · Line 2 / Chengjiao Line');
    expect(road).toMatchObject({ name: '甲路', kind: 'road', lon: 113.62, lat: 34.7 });
    // A landmark is found by its label name and its English name.
    expect(landmark).toMatchObject({ id: 'w', name: '二七万达广场', nameEn: 'Erqi Wanda Guangchang', kind: 'place' });
  });

  it('labels landmarks by name without the bracket that says how they were located, and skips metro stations', () => {
    const list = [place('m', '二七万达广场（大学南路8号）', 113.6, 34.7, 'facility'), place('s', '市民中心站', 113.5, 34.8, 'facility'), place('j', '甲路与乙路交叉口', 113.6, 34.7)];
    expect(landmarks(list).landmarks.features.map((f) => f.properties.name)).toEqual(['二七万达广场']);
  });

  it('names every landmark in Pinyin, a published English name where one is recorded, and words where given', () => {
    const list = [
      place('w', '二七万达广场（大学南路8号）', 113.6, 34.7, 'facility'),
      place('t', '二七纪念塔', 113.66, 34.75, 'landmark'),
      place('c', '郑州长途汽车中心站（郑州汽车客运中心站）', 113.65, 34.7, 'landmark'),
      place('v', '周脑村', 113.6, 34.6, 'landmark'),
      place('r', '常庄水库', 113.56, 34.72, 'landmark'),
    ];
    const names = {
      established: { t: { en: 'Erqi Memorial Tower', source: 'test' } },
      words: { w: '二七 万达 广场', c: '郑州 长途 汽车 中心站' },
    };
    const { landmarks: marks, problems } = landmarks(list, names);
    expect(problems).toEqual([]);
    // 长途 read cháng (long-distance), not zhǎng; a village in one word; the reservoir's generic apart.
    expect(marks.features.map((f) => f.properties.nameEn)).toEqual(['Erqi Wanda Guangchang', 'Erqi Memorial Tower', 'Zhengzhou Changtu Qiche Zhongxinzhan', 'Zhounaocun', 'Changzhuang Shuiku']);
  });

  it('calls a word division that does not spell the name a problem', () => {
    const { problems } = landmarks([place('w', '二七万达广场', 113.6, 34.7, 'facility')], { words: { w: '二七 万达' } });
    expect(problems.map((p) => p.problem)).toEqual(['words "二七 万达" do not spell the name 二七万达广场']);
  });
});
