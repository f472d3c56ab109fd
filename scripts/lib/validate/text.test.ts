import { describe, expect, it } from 'vitest';
import { isVerbatim } from './citations';
import { validateText } from './text';
import { SEED, seeds } from './testing/fixtures';

describe('validateText', () => {
  const cite = (lines: string) => ({ file: SEED, lines });
  it('accepts verbatim quotes with their line ranges', () => {
    const text = {
      'erqi-new-district': {
        aliases: [{ name: '二七新区', source: cite('2-2') }],
        boundaryText: { text: '二七新区、二七特色商业区……樱桃沟西美示范区', source: cite('2-2') },
        positioning: { text: '打造国际化现代化新二七', source: cite('3-3') },
        projects: [{ name: '马寨产城融合示范区', nameEn: 'Mazhai demonstration zone', note: { zh: '2020年起', en: 'since 2020' }, source: cite('1-2') }],
        results: [{ text: '国际化现代化', en: 'international and modern', year: 2020, source: cite('3-3') }],
      },
      'empty-entry': {},
    };
    expect(validateText('text/erqi-four-zones.json', text, seeds)).toEqual([]);
  });

  it('rejects quotes not in the cited lines, bad citations and unknown keys', () => {
    const problems = validateText('text/x.json', {
      a: { positioning: { text: '打造国际化都市', source: cite('3-3') } },
      b: { boundaryText: { text: '二七新区', source: cite('3-3') } },
      c: { projects: [{ name: '项目', source: { file: SEED, lines: '1' } }] },
      d: { aliases: [{ name: '', source: cite('1-1') }] },
      e: { summary: 'x' },
      f: [],
    }, seeds).map((p) => `${p.featureId}: ${p.problem}`);
    expect(problems).toEqual([
      'a: positioning: "打造国际化都市" is not found verbatim in 000_062be593f0ca59e2.txt lines 3-3',
      'b: boundaryText: "二七新区" is not found verbatim in 000_062be593f0ca59e2.txt lines 3-3',
      'c: projects[0].source: lines "1" must be "<from>-<to>"',
      'd: aliases[0]: text must be a non-empty string',
      'e: unknown key(s) summary (allowed: aliases, boundaryText, positioning, projects, results)',
      'f: entry must be an object (possibly {})',
    ]);
  });

  it('checks results like other plan text: verbatim, cited, with a sane year', () => {
    const problems = validateText('text/x.json', {
      a: { results: [{ text: '新二七建成', year: 2020, source: cite('3-3') }] },
      b: { results: [{ text: '新二七', year: 1920, source: cite('3-3') }] },
      c: { results: [{ text: '新二七', year: 2020.5, source: cite('3-3') }] },
      d: { results: [{ text: '新二七', source: cite('3-3') }] },
    }, seeds).map((p) => `${p.featureId}: ${p.problem}`);
    expect(problems).toEqual([
      'a: results[0]: "新二七建成" is not found verbatim in 000_062be593f0ca59e2.txt lines 3-3',
      'b: results[0]: year 1920 must be a whole year from 2000 to 2035',
      'c: results[0]: year 2020.5 must be a whole year from 2000 to 2035',
    ]);
  });

  it('wants notes in both languages, each written in its own language, and translations in English', () => {
    const project = (extra: object) => ({ projects: [{ name: '新二七', source: cite('3-3'), ...extra }] });
    const problems = validateText('text/x.json', {
      zhOnly: project({ note: { zh: '专栏14' } }),
      plain: project({ note: '专栏14' }),
      englishInZh: project({ note: { zh: '2020 work plan (001): 抓好', en: '2020 work plan' } }),
      chineseInEn: project({ note: { zh: '专栏14', en: 'Box 14 专栏' } }),
      nameEn: project({ nameEn: '新二七' }),
      positioning: { positioning: { text: '新二七', en: '', source: cite('3-3') } },
      alias: { aliases: [{ name: '新二七', nameEn: 'New Erqi', source: cite('3-3') }] },
    }, seeds).map((p) => `${p.featureId}: ${p.problem}`);
    expect(problems).toEqual([
      'zhOnly: projects[0].note must be { zh, en } with both languages',
      'plain: projects[0].note must be { zh, en } with both languages',
      'englishInZh: projects[0].note.zh "2020 work plan (001): 抓好" contains English words: write it in Chinese (the line belongs in the citation)',
      'chineseInEn: projects[0].note.en "Box 14 专栏" contains Chinese characters: write it in English',
      'nameEn: projects[0].nameEn "新二七" contains Chinese characters: write it in English',
      'positioning: positioning.en must be a non-empty English string',
      'alias: aliases[0]: only name and source are allowed',
    ]);
  });

  it('matches ellipses in order only', () => {
    expect(isVerbatim('樱桃沟……二七新区', seeds[SEED].slice(1, 2))).toBe(false);
    expect(isVerbatim('二七新区…樱桃沟', seeds[SEED].slice(1, 2))).toBe(true);
  });
});
