import { describe, expect, it } from 'vitest';
import { parseProjects, placementCount, projectCollectionProblems, projectsOfFeature, type ProjectFeature } from './projects';

const cite = { file: '000_062be593f0ca59e2.txt', lines: '613-613' };
const placed = (over: Partial<ProjectFeature['properties']> = {}, geometry: ProjectFeature['geometry'] = { type: 'Point', coordinates: [113.645, 34.652] }): ProjectFeature => ({
  type: 'Feature',
  geometry,
  properties: {
    id: 'prj-shanshan', name: '郑州杉杉国际名品时尚中心项目', nameEn: 'Shanshan outlet', shortNames: ['杉杉'], kind: 'commerce', features: ['eq-board-health'],
    quotes: [{ text: '郑州杉杉国际名品时尚中心项目', source: cite }], schedule: [], namesPlace: true, placed: true, precisionM: 150,
    evidence: { zh: '58 个兴趣点的中位数', en: 'median of 58 POIs' }, unplacedReason: null, findings: [], ...over,
  },
});
const unplaced = (id: string, namesPlace: boolean): ProjectFeature => ({
  type: 'Feature', geometry: null,
  properties: { ...placed().properties, id, namesPlace, placed: false, precisionM: null, evidence: null, unplacedReason: { zh: '规划未给地点', en: 'The plan names no site' } },
});
const fc = (...features: ProjectFeature[]) => ({ type: 'FeatureCollection', features });

describe('projects bundle', () => {
  it('accepts placed and unplaced projects and counts placed of placeable', () => {
    const data = fc(placed(), unplaced('prj-schools', false), unplaced('prj-powerline', true));
    expect(projectCollectionProblems(data)).toEqual([]);
    expect(placementCount(parseProjects(data).features.map((f) => f.properties))).toEqual({ placed: 1, placeable: 2 });
  });

  it('refuses a stand-in position for an unplaced project and a placed one without evidence', () => {
    const fake = unplaced('prj-fake', true);
    fake.geometry = { type: 'Point', coordinates: [113.64, 34.65] };
    const problems = projectCollectionProblems(fc(fake, placed({ id: 'prj-bare', evidence: null, precisionM: 0 })));
    expect(problems).toContain('prj-fake: not placed, but has a geometry: an unplaced project has geometry null (never a stand-in position)');
    expect(problems.some((p) => p.startsWith('prj-bare: placed: precisionM'))).toBe(true);
    expect(problems.some((p) => p.startsWith('prj-bare: placed: evidence'))).toBe(true);
  });

  it('refuses positions outside Zhengzhou, unknown kinds, statuses and duplicate ids', () => {
    const swapped = placed({}, { type: 'Point', coordinates: [34.65, 113.64] });
    const odd = placed({ id: 'prj-odd', kind: 'casino' as never, schedule: [{ year: 2040, status: 'done' as never, text: 'x', source: cite }] });
    const problems = projectCollectionProblems(fc(swapped, odd, placed({ id: 'prj-odd' })));
    expect(problems).toContain('prj-shanshan: Point: coordinates must be [lon, lat] inside Zhengzhou (WGS-84)');
    expect(problems.some((p) => p.includes('kind "casino"'))).toBe(true);
    expect(problems.some((p) => p.includes('schedule[0]: year must be null or 2000–2035'))).toBe(true);
    expect(problems.some((p) => p.includes('schedule[0]: status'))).toBe(true);
    expect(problems).toContain('prj-odd: id used twice');
  });

  it('parseProjects throws one clear message for a broken file', () => {
    expect(() => parseProjects({ type: 'Feature' })).toThrow('projects.geojson: expected a GeoJSON FeatureCollection');
    expect(() => parseProjects(fc(placed({ name: '' })))).toThrow(/prj-shanshan: name must be a non-empty string/);
  });

  it('lists a board\'s projects placed first', () => {
    const data = parseProjects(fc(unplaced('prj-a', true), placed({ id: 'prj-b' }), placed({ id: 'prj-c', features: ['eq-board-oct'] })));
    expect(projectsOfFeature(data, 'eq-board-health').map((f) => f.properties.id)).toEqual(['prj-b', 'prj-a']);
  });
});
