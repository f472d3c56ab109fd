import { describe, expect, it } from 'vitest';
import type { Seeds } from './citations';
import type { PlanText } from '../../../src/data/types';
import { projectCoverage, validateProjectInventory, type ProjectInventory } from './projects';

const PLAN = '000_062be593f0ca59e2.txt';
const REPORT = '004_7726e0e1890838e6.txt';
const seeds: Seeds = {
  [PLAN]: ['★重点项目：新二七双塔、绿地滨湖国际城、运河城国际广场。', '“一轴两园三区”：“一轴”为大学南路中央健康轴'],
  [REPORT]: ['总部经济板块入驻企业900多家。'],
};
const cite = (file: string, lines: string) => ({ file, lines });
const inventory: ProjectInventory = {
  passages: [
    { feature: 'eq-board-hq', source: cite(PLAN, '1-1'), mentions: [{ name: '新二七双塔' }, { name: '绿地滨湖国际城' }, { name: '运河城国际广场' }] },
    { feature: 'eq-board-hq', source: cite(REPORT, '1-1'), mentions: [{ name: '总部经济板块入驻企业900多家', as: 'result' }] },
    { feature: 'eq-board-health', source: cite(PLAN, '2-2'), mentions: [{ name: '大学南路中央健康轴', as: 'layout' }] },
  ],
  untied: [{ name: '运河城国际广场', source: cite(PLAN, '1-1'), why: { zh: '测试', en: 'test' } }],
};
const project = (name: string, file = PLAN, lines = '1-1') => ({ name, source: cite(file, lines) });

describe('validateProjectInventory', () => {
  const ids = new Set(['eq-board-hq', 'eq-board-health']);
  it('accepts mentions quoted from their passage', () => {
    expect(validateProjectInventory(inventory, ids, seeds)).toEqual([]);
  });

  it('names a misquote, an unknown feature, a bad kind and a missing reason', () => {
    const bad = {
      passages: [
        { feature: 'eq-board-hq', source: cite(PLAN, '1-1'), mentions: [{ name: '新二七三塔' }, { name: '运河城国际广场', as: 'statistic' }] },
        { feature: 'eq-board-nowhere', source: cite(PLAN, '1-1'), mentions: [{ name: '新二七双塔' }] },
      ],
      untied: [{ name: '凤湖生态休闲区', source: cite(PLAN, '1-1') }],
    };
    expect(validateProjectInventory(bad, ids, seeds).map((p) => `${p.featureId}: ${p.problem}`)).toEqual([
      `eq-board-hq: passages[0].mentions[0]: "新二七三塔" is not in ${PLAN} lines 1-1`,
      'eq-board-hq: passages[0].mentions[1]: as "statistic" must be one of project, result, layout',
      'eq-board-nowhere: passages[1]: feature "eq-board-nowhere" is no feature id',
      '-: untied[0]: why must be { zh, en }',
      `-: untied[0]: "凤湖生态休闲区" is not in ${PLAN} lines 1-1`,
    ]);
  });
});

describe('projectCoverage', () => {
  it('counts what the lists hold, and calls a statistic, a layout structure or an untied project in a list misfiled', () => {
    const text: Record<string, PlanText> = {
      'eq-board-hq': {
        projects: [project('新二七双塔'), project('运河城国际广场'), project('总部经济板块入驻企业900多家', REPORT), project('尔兰总部港', PLAN)],
      },
      'eq-board-health': { projects: [project('大学南路中央健康轴', PLAN, '2-2')] },
    };
    const report = projectCoverage(inventory, text, new Set());
    const hq = report.features.find((c) => c.feature === 'eq-board-hq')!;
    expect(hq.projects).toEqual({ total: 3, found: 2, missing: ['绿地滨湖国际城 (000)'] });
    expect(hq.results).toEqual({ total: 1, found: 0, missing: ['总部经济板块入驻企业900多家 (004)'] });
    expect(hq.misfiled).toEqual(['运河城国际广场', '总部经济板块入驻企业900多家']);
    expect(hq.unknown).toEqual(['尔兰总部港 (000)']);
    expect(report.features.find((c) => c.feature === 'eq-board-health')!.misfiled).toEqual(['大学南路中央健康轴']);
    expect(report.layouts).toEqual({ total: 1, found: 0, missing: ['eq-board-health: 大学南路中央健康轴'] });
  });

  it('finds a project only in the document the passage cites, a result when the results quote it, a structure when a layer draws it', () => {
    const text: Record<string, PlanText> = {
      'eq-board-hq': {
        projects: [project('新二七双塔', REPORT), project('绿地滨湖 国际城'), project('运河城国际广场')],
        results: [{ text: '总部经济板块入驻企业900多家', year: 2020, source: cite(REPORT, '1-1') }],
      },
    };
    const report = projectCoverage({ passages: inventory.passages }, text, new Set(['大学南路中央健康轴']));
    expect(report.projects).toEqual({ total: 3, found: 2, missing: ['eq-board-hq: 新二七双塔 (000)'] });
    expect(report.results.found).toBe(1);
    expect(report.layouts.found).toBe(1);
    expect(report.misfiled).toBe(0);
  });
});
