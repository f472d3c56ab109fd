import { describe, expect, it } from 'vitest';
import { mentionsByLine } from '../../src/data/planDoc';
import type { PlanFeature } from '../../src/data/types';
import { buildPlanDoc, mentionTerms } from './planDoc';

const feature = (id: string, name: string) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [113.6, 34.7] }, properties: { id, name } }) as unknown as PlanFeature;
const cite = { file: '001_78a782e63aa22335.txt', lines: '1-1' };

describe('buildPlanDoc', () => {
  const terms = mentionTerms({
    features: [feature('eq-board-oct', '华侨城文旅板块'), feature('erqi', '二七区')],
    texts: { 'eq-board-oct': { aliases: [{ name: '金水河源板块', source: cite }], projects: [{ name: '河南工艺美术馆项目', source: cite }] } },
    places: [{ id: 'erqi-square', name: '二七广场', lon: 113.66, lat: 34.75 }],
  });
  const doc = buildPlanDoc('001_78a782e63aa22335.txt', ['第一章 总则', '金水河源板块建设河南工艺美术馆项目，二七区二七广场。'], terms);
  const byLine = mentionsByLine(doc);

  it('links names, aliases, projects and places on the line they appear, longest first', () => {
    const line = doc.lines[1];
    expect(byLine.get(2)!.map((m) => `${line.slice(m.start, m.end)}=${m.target.kind}:${m.target.id}`)).toEqual([
      '金水河源板块=area:eq-board-oct',
      '河南工艺美术馆项目=project:eq-board-oct',
      '二七区=area:erqi',
      '二七广场=place:erqi-square',
    ]);
  });

  it('keeps the lines as they are and lists the headings', () => {
    expect(doc.lines).toHaveLength(2);
    expect(doc.headings).toEqual([{ line: 1, level: 1, text: '第一章 总则' }]);
    expect(byLine.has(1)).toBe(false);
  });
});
