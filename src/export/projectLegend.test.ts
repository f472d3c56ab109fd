import { describe, expect, it } from 'vitest';
import { PROJECT_KIND_COLORS } from '../data/projectColors';
import { PROJECT_KIND_NAMES } from '../data/projects';
import { point, testProject } from '../analysis/testing/projectFixture';
import { layoutLegend, type LegendEntry } from './legendLayout';
import { projectLegendEntries, type ProjectLegendText } from './projectLegend';
import { measure } from './testing/fakeText';

const TEXT: ProjectLegendText = {
  title: '规划项目',
  kind: (k) => PROJECT_KIND_NAMES[k].zh,
  located: '实心：已定位',
  approximate: '空心：大致位置',
  precision: '圆圈：位置精度',
};

const mall = testProject('mall', point(113.65, 34.75), { kind: 'commerce', precisionM: 120 });
const clinic = testProject('clinic', point(113.66, 34.74), { kind: 'health', precisionM: 600 });
const road = testProject('road', { type: 'LineString', coordinates: [[113.6, 34.7], [113.61, 34.71]] }, { kind: 'transport', precisionM: 150 });
const school = testProject('school', null, { kind: 'education' });

describe('the 项目 layer in a legend', () => {
  it('one row per kind the placed projects have, in the map colour; unplaced kinds have none', () => {
    const rows = projectLegendEntries([school, road, clinic, mall], TEXT).filter((e) => !e.key);
    expect(rows.map((e) => e.label)).toEqual(['规划项目 · 商业', '规划项目 · 医疗康养', '规划项目 · 交通']);
    expect(rows.map((e) => e.color)).toEqual([PROJECT_KIND_COLORS.commerce, PROJECT_KIND_COLORS.health, PROJECT_KIND_COLORS.transport]);
    expect(rows.every((e) => e.kind === 'point')).toBe(true);
    expect(rows.map((e) => e.group)).toEqual([
      { title: '规划项目', label: '商业' },
      { title: '规划项目', label: '医疗康养' },
      { title: '规划项目', label: '交通' },
    ]);
  });

  it('keys to a located dot, an approximate ring and the ± precision circle, each only when the map has such marks', () => {
    const keys = (projects: Parameters<typeof projectLegendEntries>[0]) => projectLegendEntries(projects, TEXT).filter((e) => e.key).map((e) => [e.kind, e.label]);
    expect(keys([mall, clinic])).toEqual([
      ['point', '实心：已定位'],
      ['point-approx', '空心：大致位置'],
      ['point-precision', '圆圈：位置精度'],
    ]);
    expect(keys([mall])).toEqual([
      ['point', '实心：已定位'],
      ['point-precision', '圆圈：位置精度'],
    ]);
    // A road alone: no points, so no precision circle.
    expect(keys([road])).toEqual([['point', '实心：已定位']]);
    expect(projectLegendEntries([school], TEXT)).toEqual([]);
    expect(projectLegendEntries([], TEXT)).toEqual([]);
  });

  it('when room runs out the layers give way and the keys to the project marks stay, with the edge key', () => {
    const layers: LegendEntry[] = Array.from({ length: 12 }, (_, i) => ({ label: `图层 ${i + 1}`, color: '#000', kind: 'polygon' }));
    const edges: LegendEntry[] = (['located', 'estimated', 'mark', 'band'] as const).map((kind) => ({ label: kind, color: '#374151', kind }));
    const projectRows = projectLegendEntries([mall, clinic, road], TEXT);
    const l = layoutLegend([...layers, ...projectRows, ...edges], { title: '图例', maxWidth: 260, maxHeight: 260, measure });
    expect(l.hidden).toBeGreaterThan(0);
    const shown = l.items.map((i) => i.label);
    for (const key of ['实心：已定位', '空心：大致位置', '圆圈：位置精度', 'located', 'band']) expect(shown).toContain(key);
    expect(l.items.length + l.hidden).toBe(layers.length + projectRows.length + edges.length);
    for (const i of l.items) expect(i.y + l.rowHeight).toBeLessThanOrEqual(l.height);
  });
});
