import { describe, expect, it } from 'vitest';
import { validatePlaces } from './places';

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
