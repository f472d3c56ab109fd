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
    const { roads, problems } = buildRoads([{ name: '甲路', nameEn: 'Jia Road', places: ['a', 'b', 'c'] }], places);
    expect(problems).toEqual([]);
    const [road] = roads.features;
    expect(road.geometry.coordinates).toEqual([[113.6, 34.7], [113.62, 34.7], [113.65, 34.71]]);
    expect(road.properties).toMatchObject({ id: 'road-jia-road', name: '甲路', nameEn: 'Jia Road', precisionM: 250 });
  });

  it('names an unknown place and a one-place road as problems, and draws neither', () => {
    const { roads, problems } = buildRoads(
      [
        { name: '乙路', nameEn: 'Yi Road', places: ['a', 'nowhere'] },
        { name: '丙路', nameEn: 'Bing Road', places: ['b'] },
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
    const { roads } = buildRoads([{ name: '甲路', nameEn: 'Jia Road', places: ['a', 'b', 'c'] }], places);
    const stations = {
      type: 'FeatureCollection' as const,
      features: [{ type: 'Feature' as const, properties: { id: 's1', name: '碧沙岗', nameEn: 'Bishagang', lines: ['1号线', '2号线/城郊线'] }, geometry: { type: 'Point' as const, coordinates: [113.618, 34.756] } }],
    };
    const { landmarks: marks } = landmarks([place('w', '二七万达广场（大学南路8号）', 113.6, 34.7, 'facility')], { w: 'Erqi Wanda Plaza' });
    const [station, road, landmark] = orientationPlaces({ stations, roads, landmarks: marks });
    expect(station).toMatchObject({ name: '碧沙岗', kind: 'station', detail: '1号线 · 2号线/城郊线', lon: 113.618 });
    // Its lines in English too, for the result line of an English search.
    expect(station.detailEn).toBe('Line 1 · Line 2 / Chengjiao Line');
    expect(road).toMatchObject({ name: '甲路', kind: 'road', lon: 113.62, lat: 34.7 });
    // A landmark is found by its label name and its English name.
    expect(landmark).toMatchObject({ id: 'w', name: '二七万达广场', nameEn: 'Erqi Wanda Plaza', kind: 'place' });
  });

  it('labels landmarks by name without the bracket that says how they were located, and skips metro stations', () => {
    const list = [place('m', '二七万达广场（大学南路8号）', 113.6, 34.7, 'facility'), place('s', '市民中心站', 113.5, 34.8, 'facility'), place('j', '甲路与乙路交叉口', 113.6, 34.7)];
    expect(landmarks(list).landmarks.features.map((f) => f.properties.name)).toEqual(['二七万达广场']);
  });

  it('gives landmarks their English names and lists those that have none', () => {
    const list = [place('w', '二七万达广场（大学南路8号）', 113.6, 34.7, 'facility'), place('t', '二七纪念塔', 113.66, 34.75, 'landmark')];
    const { landmarks: marks, missingEn } = landmarks(list, { w: 'Erqi Wanda Plaza' });
    expect(marks.features.map((f) => f.properties.nameEn)).toEqual(['Erqi Wanda Plaza', undefined]);
    expect(missingEn).toEqual(['t']);
  });
});
