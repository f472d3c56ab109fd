import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatStoryProblem, validateStories, validateStory, type StoryContext } from './stories';
import { checkStories } from '../../validate-stories';

const SEED = '000_062be593f0ca59e2.txt';
const ctx: StoryContext = {
  layerIds: new Set(['admin-districts', 'erqi-four-zones', 'erqi-six-boards']),
  featureLayer: new Map([
    ['erqi', 'admin-districts'],
    ['eq-zone-new-district', 'erqi-four-zones'],
    ['eq-board-shangquan', 'erqi-six-boards'],
  ]),
  seeds: { [SEED]: ['五、空间布局', '', '加快构建“四区联动、六核协同、多点支撑”的空间布局。', '', '二七新区：北至南三环两侧'] },
};

const step = (over: Record<string, unknown> = {}) => ({
  title: { zh: '四区联动', en: 'Four linked zones' },
  caption: { zh: '二七区的四个功能区。', en: "Erqi's four zones." },
  quote: { text: '“四区联动、六核协同、多点支撑”的空间布局', source: { file: SEED, lines: '3-3' } },
  sources: [{ file: SEED, lines: '1-5' }],
  camera: { center: [113.6, 34.68], zoom: 11.5 },
  layers: ['admin-districts', 'erqi-four-zones'],
  highlight: ['eq-zone-new-district'],
  ...over,
});
const story = (steps: unknown[], over: Record<string, unknown> = {}) => ({
  id: 'erqi-layout',
  title: { zh: '二七区空间布局', en: 'Erqi layout' },
  steps,
  ...over,
});
const FILE = 'stories/erqi-layout.json';
const problemsOf = (steps: unknown[], over?: Record<string, unknown>) => validateStory(FILE, story(steps, over), ctx);

describe('story validation', () => {
  it('accepts a well-formed story', () => {
    expect(problemsOf([step(), step({ highlight: undefined })])).toEqual([]);
  });

  it('names the step (1-based) and field of each problem', () => {
    const problems = problemsOf([step(), step({ camera: { center: [113.6, 34.68], zoom: 25 } })]);
    expect(problems).toEqual([{ file: FILE, step: 2, field: 'camera.zoom', problem: '25 must be a number from 7 to 18' }]);
    expect(formatStoryProblem(problems[0])).toBe('stories/erqi-layout.json › step 2 › camera.zoom: 25 must be a number from 7 to 18');
  });

  it('catches swapped coordinates, unknown layers and features, and highlights in hidden layers', () => {
    const problems = problemsOf([
      step({
        camera: { center: [34.68, 113.6], zoom: 11 },
        layers: ['admin-districts', 'erqi-six-cores'],
        highlight: ['eq-zone-new-district', 'no-such-area'],
      }),
    ]);
    const byField = Object.fromEntries(problems.map((p) => [p.field, p.problem]));
    expect(byField['camera.center']).toMatch(/outside Zhengzhou .*lon, lat order/);
    expect(byField['layers[1]']).toBe('unknown layer "erqi-six-cores"');
    expect(byField['highlight[0]']).toBe('"eq-zone-new-district" is in layer "erqi-four-zones", which this step does not show');
    expect(byField['highlight[1]']).toBe('unknown feature "no-such-area"');
  });

  it('takes a step year the timeline lists, and names one it does not', () => {
    const withYears = (steps: unknown[]) => validateStory(FILE, story(steps), { ...ctx, years: [2020, 2025, 2035] });
    expect(withYears([step({ year: 2025 })])).toEqual([]);
    expect(withYears([step({ year: 2024 }), step({ year: '2025' })]).map((p) => `${p.step} ${p.field}: ${p.problem}`)).toEqual([
      '1 year: 2024 is not a year of the timeline (2020, 2025, 2035)',
      '2 year: must be a year of the timeline, e.g. 2025',
    ]);
  });

  it('requires citations and checks them against the seed text', () => {
    const problems = problemsOf([
      step({ sources: [] }),
      step({ sources: [{ file: SEED, lines: '4-9' }] }),
      step({ quote: { text: '四区联动、六核引领', source: { file: SEED, lines: '3-3' } } }),
    ]);
    expect(problems.map(formatStoryProblem)).toEqual([
      'stories/erqi-layout.json › step 1 › sources: must cite the plan: a non-empty list of { file, lines }',
      `stories/erqi-layout.json › step 2 › sources[0]: lines "4-9" run past the end of ${SEED} (5 lines)`,
      `stories/erqi-layout.json › step 3 › quote.text: "四区联动、六核引领" is not found verbatim in ${SEED} lines 3-3`,
    ]);
  });

  it('keeps captions short and bilingual', () => {
    const problems = problemsOf([step({ caption: { zh: '长'.repeat(141), en: '' } })]);
    expect(problems.map((p) => `${p.field}: ${p.problem}`)).toEqual(['caption.zh: is 141 characters; keep it to 140', 'caption.en: must be English text']);
  });

  it('reports a story without steps, or whose id does not match its file name', () => {
    expect(problemsOf([], { id: 'erqi' }).map(formatStoryProblem)).toEqual([
      'stories/erqi-layout.json › id: "erqi" must match the file name "erqi-layout"',
      'stories/erqi-layout.json › steps: must be a non-empty list of steps',
    ]);
    expect(validateStory(FILE, [1, 2])).toEqual([{ file: FILE, step: null, field: '', problem: 'must be a JSON object { id, title, steps }' }]);
  });

  it('reports one id used by two files', () => {
    const problems = validateStories([
      { file: 'stories/a.json', data: story([step()], { id: 'a' }) },
      { file: 'stories/b.json', data: story([step()], { id: 'a' }) },
    ]);
    expect(problems.map(formatStoryProblem)).toContain('stories/b.json › id: "a" is also the id of stories/a.json');
  });
});

describe('the shipped stories', () => {
  it('validate against the built layers and the seeds, three or more of them', () => {
    const { problems, stories } = checkStories();
    expect(problems.map(formatStoryProblem)).toEqual([]);
    expect(stories.length).toBeGreaterThanOrEqual(3);
    expect(stories.map((s) => s.id)).toEqual(expect.arrayContaining(['erqi-layout', 'zhongyuan-cores', 'city-structure']));
  });
});

describe('scripts/validate-stories.ts', () => {
  it('exits 1 on a broken story file, naming the file, step and problem', () => {
    const root = mkdtempSync(join(tmpdir(), 'stories-'));
    try {
      cpSync('geodata/zones', join(root, 'zones'), { recursive: true });
      cpSync('geodata/admin', join(root, 'admin'), { recursive: true });
      mkdirSync(join(root, 'stories'));
      const good = JSON.parse(readFileSync('geodata/stories/erqi-layout.json', 'utf8'));
      good.id = 'broken';
      good.steps[1].camera.zoom = 30;
      good.steps[2].highlight = ['eq-zone-nowhere'];
      writeFileSync(join(root, 'stories/broken.json'), JSON.stringify(good));
      const run = spawnSync('npx', ['tsx', 'scripts/validate-stories.ts', '--root', root], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`${root}/stories/broken.json › step 2 › camera.zoom: 30 must be a number from 7 to 18`);
      expect(run.stderr).toContain(`${root}/stories/broken.json › step 3 › highlight[0]: unknown feature "eq-zone-nowhere"`);
      expect(run.stderr).toContain('stories failed: 2 problem(s)');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
