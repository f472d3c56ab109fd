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

describe('names broken across lines', () => {
  const terms = mentionTerms({
    features: [feature('zy-sci-city', '中原科技城'), feature('erqi', '二七区')],
    texts: {},
    places: [{ id: 'erqi-square', name: '二七广场', lon: 113.66, lat: 34.75 }],
  });
  const piecesOf = (lines: string[]) => {
    const doc = buildPlanDoc('003_f6b26a26c27aa93e.txt', lines, terms);
    return [...mentionsByLine(doc)].flatMap(([line, list]) => list.map((m) => `${line}:${lines[line - 1].slice(m.start, m.end)}=${m.target.id}`));
  };

  it('links both halves of a name the printed line break cut, across a blank line too', () => {
    expect(piecesOf(['加快建设中原科', '', '技城，推动二七', '广场改造。'])).toEqual(['1:中原科=zy-sci-city', '3:技城=zy-sci-city', '3:二七=erqi-square', '4:广场=erqi-square']);
  });

  it('does not join a heading, a table row or a paragraph two blank lines away to the next line', () => {
    expect(piecesOf(['中原科\t1', '技城'])).toEqual([]);
    expect(piecesOf(['第一章 中原科', '技城'])).toEqual([]);
    expect(piecesOf(['建设中原科', '', '', '技城'])).toEqual([]);
  });

  it('gives a place link its whole name, whichever half is followed', () => {
    const doc = buildPlanDoc('003_f6b26a26c27aa93e.txt', ['推动二七', '广场改造。'], terms);
    expect(doc.targets).toEqual([{ kind: 'place', id: 'erqi-square', lon: 113.66, lat: 34.75, name: '二七广场' }]);
  });
});
