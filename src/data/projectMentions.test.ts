import { describe, expect, it } from 'vitest';
import { mentionsByLine, type LineMention, type PlanDoc } from './planDoc';
import { lineSegments } from './planSearch';
import { findLoose, mergeLineMentions, projectMentions, projectTarget, withProjectLinks, withProjectMentions, WHOLE_QUOTE_MAX } from './projectMentions';
import type { ProjectProps } from './projects';

// A made-up plan text (NOT plan data): line 3 is blank, line 4's name is cut by the printed line break.
const FILE = '000-test.txt';
const LINES = [
  '专栏5 重点项目',
  '推进二七万达城市综合体、杉杉奥莱二期建设，打造商业新地标。',
  '',
  '建设郑州杉杉国际名品时尚',
  '中心项目，完善配套。',
  '实施马寨、凤湖新区社区商业中心改造。',
];

type P = Pick<ProjectProps, 'id' | 'name' | 'shortNames' | 'quotes'>;
const project = (id: string, name: string, text: string, lines: string, shortNames: string[] = [], file = FILE): P => ({
  id,
  name,
  shortNames,
  quotes: [{ text, source: { file, lines } }],
});
const words = (m: { line: number; start: number; end: number }) => LINES[m.line - 1].slice(m.start, m.end);

describe('projectMentions: a project’s name where it quotes the plan', () => {
  it('links the name inside the quoted words of the cited line', () => {
    const wanda = project('prj-wanda', '二七万达城市综合体', '推进二七万达城市综合体、杉杉奥莱二期建设', '2-2');
    const [m] = projectMentions(FILE, LINES, [wanda]);
    expect(m).toMatchObject({ line: 2, projectId: 'prj-wanda' });
    expect(words(m)).toBe('二七万达城市综合体');
  });

  it('cuts a name the printed line break splits into a link on each line, both to the record', () => {
    const ss = project('prj-shanshan', '郑州杉杉国际名品时尚中心项目', '建设郑州杉杉国际名品时尚中心项目', '4-5', ['杉杉']);
    const ms = projectMentions(FILE, LINES, [ss]);
    expect(ms.map(words)).toEqual(['郑州杉杉国际名品时尚', '中心项目']);
    expect(ms.map((m) => m.line)).toEqual([4, 5]);
  });

  it('falls back to a short name, and to a short quote that words the name otherwise', () => {
    const outlet = project('prj-outlet', '杉杉奥特莱斯二期', '杉杉奥莱二期建设', '2-2', ['杉杉奥莱二期']);
    const centre = project('prj-centre', '马寨、凤湖新区社区商业中心', '凤湖新区社区商业中心', '6-6');
    const ms = projectMentions(FILE, LINES, [outlet, centre]);
    expect(ms.map(words)).toEqual(['杉杉奥莱二期', '凤湖新区社区商业中心']);
  });

  it('a long quote without any of the names links nothing rather than a whole sentence', () => {
    const text = '推进二七万达城市综合体、杉杉奥莱二期建设，打造商业新地标。';
    expect(text.length).toBeLessThanOrEqual(WHOLE_QUOTE_MAX); // short enough: linked whole
    expect(projectMentions(FILE, LINES, [project('prj-x', '商业新地标建设工程', text, '2-2')]).map(words)).toEqual([text]);
    const long = `${text}${'完善配套。'.repeat(5)}`;
    const lines = [...LINES.slice(0, 1), long];
    expect(projectMentions(FILE, lines, [project('prj-x', '商业新地标建设工程', long, '2-2')])).toEqual([]);
  });

  it('a name outside the quoted words is not taken, nor a quote of another file, nor lines past the end', () => {
    // 二七万达 stands on line 2, but the (short) quote is the part after it: that is linked, not the name before it.
    const p = project('prj-wanda', '二七万达城市综合体', '杉杉奥莱二期建设', '2-2');
    expect(projectMentions(FILE, LINES, [p]).map(words)).toEqual(['杉杉奥莱二期建设']);
    expect(projectMentions(FILE, LINES, [project('prj-w', '二七万达城市综合体', '二七万达城市综合体', '2-2', [], '001-other.txt')])).toEqual([]);
    expect(projectMentions(FILE, LINES, [project('prj-w', '二七万达城市综合体', '二七万达城市综合体', '90-91')])).toEqual([]);
    expect(projectMentions(FILE, LINES, [project('prj-w', '二七万达城市综合体', '二七万达城市综合体', 'x')])).toEqual([]);
  });

  it('reads past white space the printed text puts inside a name, and quotes that elide words (…)', () => {
    const lines = ['推进二七商业', ' 地下综合管廊、107辅道综合管廊建设。', '依托华联片区、延陵街以东片区，强力招引大商名企，建设高端商业综合体。'];
    const tunnel = project('prj-tunnel', '二七商业地下综合管廊', '二七商业地下综合管廊', '1-2');
    const mall = project('prj-mall', '依托华联片区、延陵街以东片区…建设高端商业综合体', '依托华联片区、延陵街以东片区…建设高端商业综合体', '3-3');
    const ms = projectMentions(FILE, lines, [tunnel, mall]);
    expect(ms.map((m) => [m.line, lines[m.line - 1].slice(m.start, m.end)])).toEqual([
      [1, '二七商业'],
      [2, ' 地下综合管廊'],
      // A name that elides words: its first part, the words that set it apart.
      [3, '依托华联片区、延陵街以东片区'],
    ]);
    expect(findLoose('甲乙丙丁', '乙…丁')).toEqual([1, 4]);
    expect(findLoose('甲乙丙丁', '丁…乙')).toBeNull();
    expect(findLoose('甲乙丙丁', '…')).toBeNull();
  });

  it('a name inside another project’s quoted name is linked inside it: each word goes to the shorter, more specific link', () => {
    const whole = project('prj-whole', '郑州杉杉国际名品时尚中心项目', '郑州杉杉国际名品时尚中心项目', '4-5');
    const part = project('prj-part', '杉杉国际名品', '杉杉国际名品', '4-4');
    const ms = projectMentions(FILE, LINES, [part, whole]);
    const line4 = mergeLineMentions([], ms.filter((m) => m.line === 4));
    const pieces = lineSegments(LINES[3], line4).map((seg) => [seg.text, seg.target?.id]);
    expect(pieces).toEqual([
      ['建设', undefined],
      ['郑州', 'prj-whole'],
      ['杉杉国际名品', 'prj-part'],
      ['时尚', 'prj-whole'],
    ]);
    // The same words quoted by one project twice are one link.
    expect(projectMentions(FILE, LINES, [{ ...part, quotes: [...part.quotes, ...part.quotes] }])).toHaveLength(1);
  });

  it('a name standing twice in the quote is linked where no longer link already holds it', () => {
    const lines = ['★交通道路：景东二路（林荫南路-萍湖路，定制房周边道路）、紫云路、萍湖路、明晖路等建设项目'];
    const jingdong = project('prj-jingdong', '景东二路（林荫南路-萍湖路，定制房周边道路）', '★交通道路：…景东二路…等建设项目', '1-1');
    const pinghu = project('prj-pinghu', '萍湖路', '★交通道路：…萍湖路…等建设项目', '1-1');
    const ms = projectMentions(FILE, lines, [pinghu, jingdong]);
    const pinghuAt = ms.find((m) => m.projectId === 'prj-pinghu')!;
    expect(lines[0].slice(pinghuAt.start, pinghuAt.end)).toBe('萍湖路');
    expect(pinghuAt.start).toBe(lines[0].indexOf('紫云路、萍湖路') + 4);
  });
});

describe('merging with the build’s links', () => {
  const area: LineMention = { start: 2, end: 6, target: { kind: 'area', id: 'eq-board-shangquan' } };
  const place: LineMention = { start: 20, end: 24, target: { kind: 'place', id: 'p1', lon: 113.6, lat: 34.7, name: '二期' } };

  it('the project record takes the words it covers; links elsewhere on the line stay', () => {
    const merged = mergeLineMentions([area, place], [{ line: 2, start: 2, end: 11, projectId: 'prj-wanda' }]);
    expect(merged.map((m) => m.target)).toEqual([place.target, projectTarget('prj-wanda')]); // shorter first
    expect(merged[1]).toMatchObject({ start: 2, end: 11 });
  });

  it('lines without a project keep their links as built', () => {
    const byLine = new Map([
      [2, [area]],
      [6, [place]],
    ]);
    const merged = withProjectMentions(byLine, [{ line: 4, start: 2, end: 12, projectId: 'prj-shanshan' }]);
    expect(merged.get(2)).toBe(byLine.get(2));
    expect(merged.get(6)).toBe(byLine.get(6));
    expect(merged.get(4)).toEqual([{ start: 2, end: 12, target: { kind: 'plannedProject', id: 'prj-shanshan' } }]);
  });
});

describe('withProjectLinks: the build links the projects in the document', () => {
  // The build's own links: 二七万达 as an area's listed project (line 2), a place on line 6.
  const doc: PlanDoc = {
    file: FILE,
    lines: LINES,
    headings: [],
    targets: [
      { kind: 'project', id: 'eq-board-shangquan' },
      { kind: 'place', id: 'p1', lon: 113.6, lat: 34.7, name: '马寨' },
    ],
    mentions: [2, 2, 8, 0, 6, 2, 4, 1],
  };
  const wanda = { ...project('prj-wanda', '二七万达城市综合体', '推进二七万达城市综合体、杉杉奥莱二期建设', '2-2'), kind: 'commerce' as const, placed: true };
  const ss = { ...project('prj-shanshan', '郑州杉杉国际名品时尚中心项目', '建设郑州杉杉国际名品时尚中心项目', '4-5'), kind: 'commerce' as const, placed: false };

  it('reads as the app merged it before: the record takes its words, other links stay, every line in order', () => {
    const linked = withProjectLinks(doc, [wanda, ss]);
    const expected = withProjectMentions(mentionsByLine(doc), projectMentions(FILE, LINES, [wanda, ss]), (id) => projectTarget(id, id === wanda.id ? wanda : ss));
    expect(mentionsByLine(linked)).toEqual(expected);
    expect(linked.lines).toBe(doc.lines);
    // The area's listed-project link under 二七万达 gave way; the place on line 6 stays.
    expect(linked.targets).not.toContainEqual({ kind: 'project', id: 'eq-board-shangquan' });
    expect(mentionsByLine(linked).get(6)).toEqual(mentionsByLine(doc).get(6));
  });

  it('names each project\'s kind and whether it is placed in its link, so the reader needs no project data', () => {
    const linked = withProjectLinks(doc, [wanda, ss]);
    expect(linked.targets).toContainEqual({ kind: 'plannedProject', id: 'prj-wanda', projectKind: 'commerce', placed: true });
    expect(linked.targets).toContainEqual({ kind: 'plannedProject', id: 'prj-shanshan', projectKind: 'commerce', placed: false });
    // Both lines of the name the line break cut link to the one target.
    const onLines = [4, 5].map((l) => mentionsByLine(linked).get(l)!.map((m) => m.target));
    expect(onLines).toEqual([[linked.targets.find((t) => t.id === 'prj-shanshan')], [linked.targets.find((t) => t.id === 'prj-shanshan')]]);
  });

  it('leaves a document no project quotes as built', () => {
    expect(withProjectLinks(doc, [{ ...wanda, quotes: [{ text: '另一份', source: { file: 'other.txt', lines: '1-1' } }] }])).toBe(doc);
  });
});
