import { describe, expect, it } from 'vitest';
import { buildProjectBundle, type ProjectSource } from './projectList';

const FILE = '000_062be593f0ca59e2.txt';
const seeds = { [FILE]: ['', '重点推进郑州杉杉国际名品时尚中心项目。', '2021年完成。'] };
const ctx = { featureIds: new Set(['eq-board-health']), placeIds: new Set(['erqi-square']), seeds };
const project = (over: Partial<ProjectSource> = {}): ProjectSource => ({
  id: 'prj-shanshan', name: '郑州杉杉国际名品时尚中心项目', nameEn: 'Shanshan outlet', shortNames: [], kind: 'commerce', features: ['eq-board-health'],
  quotes: [{ text: '郑州杉杉国际名品时尚中心项目', source: { file: FILE, lines: '2-2' } }], schedule: [],
  place: { poi: { words: ['杉杉奥莱'], district: '二七区' } }, ...over,
});
const evidence = (recipe: unknown) => ({
  about: '', projects: { 'prj-shanshan': { recipe, geometry: { type: 'Point', coordinates: [113.645, 34.652] }, precisionM: 120, evidence: { zh: '证据', en: 'evidence' }, findings: [], detail: {} } },
});

describe('project list and evidence (data:build)', () => {
  it('assembles a placed project from fresh evidence', () => {
    const p = project();
    const { problems, bundle } = buildProjectBundle({ projects: [p] }, evidence(p.place), ctx);
    expect(problems).toEqual([]);
    expect(bundle!.features[0].properties).toMatchObject({ placed: true, precisionM: 120, namesPlace: true });
  });

  it('fails on a misquote, an unknown feature and a recipe whose evidence is stale', () => {
    const bad = project({ quotes: [{ text: '杉杉奥特莱斯', source: { file: FILE, lines: '2-2' } }], features: ['eq-board-nowhere'] });
    expect(buildProjectBundle({ projects: [bad] }, evidence(bad.place), ctx).problems.map((p) => p.problem)).toEqual([
      'feature "eq-board-nowhere" is no feature id',
      `quotes[0]: "杉杉奥特莱斯" is not found verbatim in ${FILE} lines 2-2`,
    ]);
    const stale = buildProjectBundle({ projects: [project()] }, evidence({ poi: { words: ['杉杉'], district: '二七区' } }), ctx);
    expect(stale.bundle).toBeUndefined();
    expect(stale.problems[0].problem).toMatch(/stale/);
  });

  it('needs a reason for a project with no recipe, and gives it no position', () => {
    const none = project({ place: null });
    expect(buildProjectBundle({ projects: [none] }, { projects: {} }, ctx).problems[0].problem).toMatch(/say why/);
    const why = { zh: '规划未给地点', en: 'The plan names no site' };
    const { bundle } = buildProjectBundle({ projects: [{ ...none, unplaced: { namesPlace: false, why } }] }, { projects: {} }, ctx);
    expect(bundle!.features[0]).toMatchObject({ geometry: null, properties: { placed: false, namesPlace: false, unplacedReason: why } });
  });
});

describe('road recipes', () => {
  const problemsOf = (place: unknown) => buildProjectBundle({ projects: [project({ place: place as ProjectSource['place'] })] }, evidence(place), ctx).problems.map((p) => p.problem);

  it('accepts a road, a two-ended road and a junction, each in a named district', () => {
    expect(problemsOf({ road: { names: ['陇海路'], district: '二七区' } })).toEqual([]);
    expect(problemsOf({ between: { road: '景西一路', from: '郑少高速南辅道', to: '萍湖路', district: '二七区' } })).toEqual([]);
    expect(problemsOf({ junction: { roads: ['兴隆街', '福寿街'], district: '二七区' } })).toEqual([]);
  });

  it('refuses a loop given as two ends, a junction of a road with itself and a recipe with no district', () => {
    expect(problemsOf({ between: { road: '宜华环路', from: '椰风路', to: '椰风路', district: '二七区' } })).toEqual(['place.between: from and to are one junction (a loop has no two ends)']);
    expect(problemsOf({ junction: { roads: ['福寿街', '福寿街'], district: '二七区' } })).toEqual(['place.junction.roads must be two different road names']);
    expect(problemsOf({ road: { names: ['陇海路'] } })).toEqual(['place.road.district must name a district as the gazetteer spells it (二七区, 中原区 …)']);
  });
});

describe('the one list against the text lists', () => {
  it('fails when a text list holds a project no project of the list quotes for that feature', () => {
    const p = project();
    const texts = {
      'eq-board-health': { projects: [{ name: '郑州杉杉国际名品时尚中心项目', source: { file: FILE, lines: '2-2' } }, { name: '杉杉二期', source: { file: FILE, lines: '3-3' } }] },
    };
    const { problems } = buildProjectBundle({ projects: [p] }, evidence(p.place), { ...ctx, texts });
    expect(problems.map((x) => x.problem)).toEqual(['the text list\'s project "杉杉二期" (000:3-3) is quoted by no project tied to eq-board-health']);
  });
});
