import { describe, expect, it } from 'vitest';
import { createSearchIndex, readSearchIndexFile, search, type PlaceLike } from '../../src/data/search';
import type { PlanCollection, PlanFeature, PlanText } from '../../src/data/types';
import type { Level } from '../../src/data/levels';
import type { ProjectFeature } from '../../src/data/projects';
import { buildSearchEntries, pinyinOf, searchIndexFile } from './searchIndex';

const cite = { file: '000_062be593f0ca59e2.txt', lines: '248-248' };

function f(id: string, name: string, nameEn: string, layer: string, level: Level): PlanFeature {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [113.6, 34.7] },
    properties: { id, name, nameEn, layer, level, sources: [cite], drawing: { method: { zh: '测试', en: 'test' }, precisionM: 100 } },
  };
}

const collection = (features: PlanFeature[]): PlanCollection => ({ type: 'FeatureCollection', features });

const districts = collection([
  f('erqi', '二七区', 'Erqi District', 'admin-districts', 'admin'),
  f('zhongyuan', '中原区', 'Zhongyuan District', 'admin-districts', 'admin'),
]);
const zones = collection([
  f('erqi-new-district', '二七新区', 'Erqi New District', 'erqi-four-zones', 'erqi'),
  f('erqi-commercial', '二七特色商业区', 'Erqi Special Commercial District', 'erqi-four-zones', 'erqi'),
  f('mazhai', '马寨产城融合示范区', 'Mazhai Industry-City Integration Demonstration Zone', 'erqi-four-zones', 'erqi'),
  f('yingtaogou', '樱桃沟西美示范区', 'Yingtaogou West-Beauty Demonstration Zone', 'erqi-four-zones', 'erqi'),
  f('erqi-business-circle', '二七商圈板块', 'Erqi Business Circle Board', 'erqi-six-cores', 'erqi'),
  f('health-core', '健康产业核心板块', 'Health Industry Core Board', 'erqi-six-cores', 'erqi'),
  f('fenghu', '凤湖智能新区板块', 'Fenghu Smart New Area Board', 'erqi-six-cores', 'erqi'),
]);
const text: Record<string, PlanText> = {
  'health-core': {
    aliases: [{ name: '康养产业板块', source: cite }],
    projects: [{ name: '河南省儿童医院郑州医院', source: cite }],
  },
  fenghu: { projects: [{ name: '凤湖智能新区基础设施', source: cite }] },
  'erqi-business-circle': { aliases: [{ name: '新二七中心板块', source: cite }] },
};
const places: PlaceLike[] = [
  { id: 'erqi-square', name: '二七广场', lon: 113.6604, lat: 34.7533 },
  { id: 'zhengzhou-station', name: '郑州火车站', lon: 113.651, lat: 34.746 },
  { id: 'changjiang-x-daxue', name: '长江路与大学路交叉口', lon: 113.64, lat: 34.72 },
];

// As the app gets it: built here, written as JSON, read back in the browser.
const file = JSON.parse(JSON.stringify(searchIndexFile([districts, zones], text, places)));
const index = createSearchIndex(readSearchIndexFile(file));
const ids = (query: string, limit = 10) => search(index, query, limit).map((r) => r.entry.target.id);

describe('buildSearchEntries', () => {
  it('makes entries for names, English names, aliases, projects and places', () => {
    const entries = buildSearchEntries([districts, zones], text, places);
    const health = entries.filter((e) => e.target.id === 'health-core');
    expect(health.map((e) => [e.field, e.text])).toEqual([
      ['name', '健康产业核心板块'],
      ['name', 'Health Industry Core Board'],
      ['alias', '康养产业板块'],
      ['project', '河南省儿童医院郑州医院'],
    ]);
    expect(entries.filter((e) => e.field === 'place')).toHaveLength(3);
  });

  it('takes a feature listed in two collections once', () => {
    const entries = buildSearchEntries([districts, districts], {}, []);
    expect(entries.filter((e) => e.target.id === 'erqi' && e.field === 'name')).toHaveLength(2); // zh + en
  });
});

describe('search.json', () => {
  it('carries the pinyin of Chinese texts, made at build time', () => {
    const entries = file.entries as { text: string; pinyin?: string }[];
    expect(entries.find((e) => e.text === '二七广场')?.pinyin).toBe('er qi guang chang');
    expect(entries.find((e) => e.text === 'Erqi District')?.pinyin).toBeUndefined();
    expect(pinyinOf('长江路与大学路交叉口')).toBe('chang jiang lu yu da xue lu jiao cha kou');
  });

  it('an unknown format is refused, not half-read', () => {
    expect(() => readSearchIndexFile({ version: 2, entries: [] })).toThrow(/search.json/);
    expect(() => readSearchIndexFile([])).toThrow(/search.json/);
  });
});

describe('Chinese', () => {
  it('finds substrings', () => {
    expect(ids('商业')).toEqual(['erqi-commercial']);
    expect(ids('示范区')).toEqual(['yingtaogou', 'mazhai']); // shorter name first
  });

  it('ranks exact name > prefix > substring', () => {
    // 二七区 is exact; 二七新区 / 二七商圈板块 / 二七特色商业区 start with 二七; nothing contains 二七区 elsewhere
    expect(ids('二七区')).toEqual(['erqi']);
    expect(ids('二七')).toEqual(['erqi', 'erqi-new-district', 'erqi-business-circle', 'erqi-commercial', 'erqi-square']);
    const results = search(index, '二七');
    expect(results.map((r) => r.rank)).toEqual([1, 1, 1, 1, 5]);
  });

  it('names beat aliases, aliases beat projects, projects beat places', () => {
    // 新区: name substring (二七新区, 凤湖智能新区板块) > project 凤湖智能新区基础设施 is the same feature (deduplicated)
    expect(ids('新区')).toEqual(['erqi-new-district', 'fenghu']);
    // 中心: only the alias 新二七中心板块 has it
    const alias = search(index, '中心');
    expect(alias.map((r) => [r.entry.target.id, r.entry.field, r.rank])).toEqual([['erqi-business-circle', 'alias', 3]]);
    // 医院 only in a project: the result points to the board the project belongs to
    const project = search(index, '医院');
    expect(project).toHaveLength(1);
    expect(project[0].entry.field).toBe('project');
    expect(project[0].entry.target).toMatchObject({ kind: 'feature', id: 'health-core' });
    expect(project[0].entry.title.zh).toBe('健康产业核心板块');
  });

  it('a project several areas list is one result, saying how many other areas list it', () => {
    const corridor = (id: string, name: string) => f(id, name, `${id} corridor`, 'zhongyuan-green-corridors', 'zhongyuan');
    const shared = { name: '稳步提升现有西三环、西四环、中原路、郑上路生态廊道建设水平', source: cite };
    const corridors = collection([corridor('zhongyuanlu', '中原路绿廊'), corridor('xisanhuan', '西三环绿廊'), corridor('xisihuan', '西四环绿廊')]);
    const sharedText: Record<string, PlanText> = { zhongyuanlu: { projects: [shared] }, xisanhuan: { projects: [shared] }, xisihuan: { projects: [shared] } };
    const corridorIndex = createSearchIndex(buildSearchEntries([corridors], sharedText, []));
    const results = search(corridorIndex, '中原路');
    // The corridor named for the road, then the sentence once (not once per corridor).
    expect(results.map((r) => [r.entry.target.id, r.entry.field])).toEqual([
      ['zhongyuanlu', 'name'],
      ['xisanhuan', 'project'],
    ]);
    expect(results[1].alsoIn).toBe(2);
    expect(search(corridorIndex, '西四环').filter((r) => r.entry.field === 'project')).toHaveLength(1);
  });

  it('a place result is a location', () => {
    const [station] = search(index, '火车站');
    expect(station.entry.target).toEqual({ kind: 'place', placeKind: 'place', id: 'zhengzhou-station', lon: 113.651, lat: 34.746 });
    expect(station.rank).toBe(5);
  });

  it('shows each feature once, by its best match', () => {
    // 康养 matches only the alias; 健康 the name; 凤湖 the name and a project of the same board
    expect(search(index, '凤湖').map((r) => [r.entry.target.id, r.entry.field])).toEqual([['fenghu', 'name']]);
  });
});

describe('pinyin', () => {
  it('full pinyin finds 二七…, best match first', () => {
    expect(ids('erqiqu')[0]).toBe('erqi');
    const erqi = ids('erqi');
    expect(erqi[0]).toBe('erqi'); // shortest name among the prefix matches
    expect(erqi).toEqual(expect.arrayContaining(['erqi-new-district', 'erqi-commercial', 'erqi-business-circle', 'erqi-square']));
  });

  it('initials find 二七…', () => {
    expect(ids('eq')[0]).toBe('erqi');
    expect(ids('eqq')).toEqual(['erqi']);
    const r = search(index, 'eqq')[0];
    expect([r.quality, r.via]).toEqual(['exact', 'initials']);
    expect(ids('eqxq')).toEqual(['erqi-new-district']);
  });

  it('pinyin with spaces, capitals or a typed ü', () => {
    expect(ids('Er Qi Xin')).toEqual(['erqi-new-district']);
    expect(ids('zhengzhouhuoche')).toEqual(['zhengzhou-station']);
    expect(ids('yingtao')).toEqual(['yingtaogou']);
  });

  it('full pinyin inside a name matches only from a syllable start', () => {
    expect(ids('guangchang')).toEqual(['erqi-square']); // 二七广场: 广场 starts a syllable
    expect(ids('qiguang')).toEqual(['erqi-square']); // qi·guang
    expect(ids('rqiguang')).toEqual([]); // starts inside the syllable er
  });

  it('polyphonic characters are read in context (长江路 is chang-jiang)', () => {
    expect(ids('changjiang')).toEqual(['changjiang-x-daxue']);
  });
});

describe('English', () => {
  it('is case-insensitive and matches inside names', () => {
    expect(ids('ERQI NEW')).toEqual(['erqi-new-district']);
    expect(ids('demonstration')).toEqual(['yingtaogou', 'mazhai']);
    expect(search(index, 'zhongyuan district')[0]).toMatchObject({ rank: 0, quality: 'exact', via: 'text' });
  });

  it('a single letter matches only at the start, not inside every word', () => {
    const h = ids('h');
    expect(h).toEqual(['health-core']);
  });
});

describe('limits and odd input', () => {
  it('respects the limit and ignores empty or blank queries', () => {
    expect(ids('二七', 2)).toHaveLength(2);
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(search(index, '二七', 0)).toEqual([]);
  });

  it('treats full-width input like half-width and never throws on junk', () => {
    expect(ids('ＥＲＱＩ')[0]).toBe('erqi');
    for (const junk of ['<script>', '%%%', '\u0000', '🙂', '.*', '(', '\\', 'a'.repeat(500)]) {
      expect(() => search(index, junk)).not.toThrow();
    }
    expect(ids('.*')).toEqual([]); // not a regular expression
  });
});

describe('planned projects', () => {
  const project = (id: string, name: string, shortNames: string[], board: string): ProjectFeature => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [113.6, 34.65] },
    properties: {
      id,
      name,
      nameEn: `${id} en`,
      shortNames,
      kind: 'commerce',
      features: [board],
      quotes: [{ text: name, source: cite }],
      schedule: [],
      namesPlace: true,
      placed: true,
      precisionM: 100,
      evidence: { zh: '测试', en: 'test' },
      unplacedReason: null,
      findings: [],
    },
  });
  // Made-up projects with the plan's naming pattern (full name, common short names).
  const projects = [
    project('prj-wanda', '二七万达城市综合体', ['二七万达', '万达广场'], 'erqi-business-circle'),
    project('prj-shanshan', '郑州杉杉国际名品时尚中心', ['杉杉奥莱', '杉杉'], 'health-core'),
  ];
  // The health board's record also lists the outlet under its short name.
  const listed: Record<string, PlanText> = { ...text, 'health-core': { projects: [{ name: '杉杉奥莱', source: cite }, { name: '河南省儿童医院郑州医院', source: cite }] } };
  const built = JSON.parse(JSON.stringify(searchIndexFile([districts, zones], listed, places, projects)));
  const withProjects = createSearchIndex(readSearchIndexFile(built));
  const first = (q: string) => search(withProjects, q, 5)[0];

  it('finds a project by a short name and leads to the project, not to its board', () => {
    expect(first('杉杉').entry.target).toEqual({ kind: 'project', id: 'prj-shanshan', projectKind: 'commerce', feature: 'health-core', placed: true });
    expect(first('杉杉').entry.title.zh).toBe('郑州杉杉国际名品时尚中心');
    expect(first('二七万达').entry.target.id).toBe('prj-wanda');
    expect(first('erqiwanda').entry.target.id).toBe('prj-wanda');
  });

  it('drops a record’s project line that names a planned project, keeps the others', () => {
    expect(search(withProjects, '杉杉奥莱', 10).map((r) => r.entry.target.id)).toEqual(['prj-shanshan']);
    expect(first('儿童医院').entry.target).toMatchObject({ kind: 'feature', id: 'health-core' });
  });
});
