import { describe, expect, it } from 'vitest';
import { listFiles, readJson } from './geodataFiles';
import type { DataProblem, PlacesFile } from '../src/data/types';
import { en } from '../src/i18n/en';
import { zh } from '../src/i18n/zh';

/** Gazetteer places whose coordinates were taken from OpenStreetMap (ODbL: the map must credit it). */
function osmPlaces(): string[] {
  const problems: DataProblem[] = [];
  const ids = listFiles('places', '.json').flatMap((file) => (readJson<PlacesFile>(file, problems)?.places ?? []).filter((p) => /^osm:/.test(p.from)).map((p) => p.id));
  expect(problems).toEqual([]);
  return ids;
}

describe('OpenStreetMap credit', () => {
  it('the map and every exported figure credit OpenStreetMap (ODbL) in both languages while any place is taken from it', () => {
    const ids = osmPlaces();
    // The 尖岗水库 shoreline and dam are taken from it today.
    expect(ids).toContain('jg-shore-19');
    expect(ids).toContain('eq-jiangang-dam');
    for (const text of [zh.attribution, en.attribution]) {
      expect(text).toContain('© OpenStreetMap');
      expect(text).toContain('ODbL');
    }
  });
});
