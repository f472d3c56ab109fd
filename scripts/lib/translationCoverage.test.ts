import { describe, expect, it } from 'vitest';
import { translationCoverage } from './translationCoverage';

const source = { file: '000_062be593f0ca59e2.txt', lines: '1-1' };

describe('translationCoverage', () => {
  it('counts the plan words that carry an English translation and names the rest', () => {
    const report = translationCoverage({
      a: {
        positioning: { text: '新二七', en: 'New Erqi', source },
        boundaryText: { text: '北至太康路', source },
        projects: [{ name: '华润二期', nameEn: 'China Resources phase 2', source }, { name: '华联组团', source }],
        results: [{ text: '入驻企业900多家', en: 'Over 900 companies', year: 2020, source }],
      },
      b: {},
    });
    expect(report.positioning).toEqual({ total: 1, translated: 1 });
    expect(report.boundaryText).toEqual({ total: 1, translated: 0 });
    expect(report.projectNames).toEqual({ total: 2, translated: 1 });
    expect(report.results).toEqual({ total: 1, translated: 1 });
    expect(report.untranslated).toEqual([{ feature: 'a', what: ['boundary words', '华联组团'] }]);
  });
});
