/**
 * The README quotes figures `npm run audit:data` measures on the committed geodata. This test recomputes them with
 * the command's own functions and fails, naming the figure, when the README no longer says what the data gives:
 * change the data, then the README. (Speed figures are measured by `npm run bench` and stated with the load they
 * ran under; they are not checked here.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditAtlas } from '../src/analysis/audit';
import { wholePercents } from '../src/analysis/edgeShares';
import { findStatedSums, partsDisagree } from '../src/data/statedSums';
import { isAreaFeature, type AreaFeature, type DataProblem, type PlanCollection, type ZoneFile } from '../src/data/types';
import { classLengthsKmTotal, edgeClassShares, layoutCoverageOf, notDrawnOf, projectPlacement, readProjects, totalKm } from './auditFigures';
import { ADMIN_FILE, GEODATA, listFiles, readDrawnFeatures, readJson, readSeeds } from './geodataFiles';

const README = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** The README's prose with its line breaks as spaces, so a sentence can be matched whatever its wrapping. */
const prose = README.replace(/\s+/g, ' ');

/** The groups of `pattern` in the README, or a failure saying which sentence is gone. */
function quoted(pattern: RegExp, what: string): string[] {
  const m = prose.match(pattern);
  expect(m, `README no longer states ${what} in the form ${pattern}: restate it, or change this test with it`).not.toBeNull();
  return m!.slice(1);
}

const num = (s: string) => Number(s.replace(/,/g, '').replace(/\*/g, '').replace('−', '-').replace(/[ %+]/g, '')) + 0;

describe('README figures are the ones npm run audit:data measures', () => {
  it('edge lengths by precision class', () => {
    const problems: DataProblem[] = [];
    const all = classLengthsKmTotal(edgeClassShares(GEODATA, problems).map((r) => r.km));
    const shares = wholePercents(all)!;
    const [km, located, estimated, mark] = quoted(/of the ([\d,]+) km of edges drawn, (\d+) % are located, (\d+) % estimated and (\d+) % location marks/, 'the edge lengths');
    expect(problems).toEqual([]);
    expect({ km: num(km), located: num(located), estimated: num(estimated), mark: num(mark) }).toEqual({ km: Math.round(totalKm(all)), ...shares });
  });

  it('layouts drawn of those the plans name', () => {
    const problems: DataProblem[] = [];
    const zones = listFiles('zones', '.json').map((f) => readJson<ZoneFile>(f, problems));
    const coverage = layoutCoverageOf(notDrawnOf(zones), problems)!;
    const [named, drawn, share] = quoted(/Of the (\d+) places the plans' layouts name \(`geodata\/layouts\.json`\), (\d+) are drawn \((\d+) %/, 'the layout coverage');
    expect({ named: num(named), drawn: num(drawn), share: num(share) }).toEqual({ named: coverage.named, drawn: coverage.drawn, share: Math.round(coverage.share * 100) });
  });

  it('wholes stated with their parts', () => {
    const sums = findStatedSums(readSeeds()!);
    const [count, listed] = quoted(/the five plans hold (\d+) such sentences, and all add up.*?`npm run audit:data` lists the (\d+)\./, 'the stated sums');
    expect(sums.filter(partsDisagree)).toEqual([]);
    expect([num(count), num(listed)]).toEqual([sums.length, sums.length]);
  });

  it('the known-gaps table: stated and drawn areas and the gap of each area', () => {
    const features = readDrawnFeatures().features.filter((f) => f.properties.level !== 'admin');
    const districts = (readJson<PlanCollection>(ADMIN_FILE, [])?.features ?? []).filter(isAreaFeature) as AreaFeature[];
    const byName = new Map(auditAtlas(features, districts).areas.map((a) => [a.name, a]));
    const table = README.split('| area | stated km² | drawn km² | gap |')[1]?.split('\n\n')[0] ?? '';
    const rows = table.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('|---'));
    expect(rows.length, 'README has its known-gaps table').toBeGreaterThan(3);
    for (const row of rows) {
      const [names, stated, drawn, gap] = row.split('|').slice(1, 5).map((c) => c.trim());
      // One drawing the plan names twice ("A = B"): each name must give the same figures.
      for (const name of names.split(' = ')) {
        const a = byName.get(name);
        expect(a, `${name}: an area of the audit`).toBeDefined();
        expect({ name, stated: num(stated), drawn: num(drawn), gap: num(gap) }).toEqual({
          name,
          stated: Number(a!.statedKm2!.toFixed(2)),
          drawn: Number(a!.drawnKm2.toFixed(2)),
          gap: Number((a!.gap! * 100).toFixed(1)) + 0, // -0.0 % is 0.0 %
        });
      }
    }
  });
  it('projects placed of those that name a place, and their precision', () => {
    const problems: DataProblem[] = [];
    const s = projectPlacement(readProjects(problems));
    expect(problems).toEqual([]);
    const [placed, placeable, median] = quoted(/\| (\d+) of the (\d+) projects that name a place are placed, median ±(\d+) m/, 'the projects placed (data table)');
    expect({ placed: num(placed), placeable: num(placeable), median: num(median) }).toEqual({ placed: s.placed, placeable: s.placeable, median: s.medianPrecisionM });
    const [placed2, placeable2] = quoted(/A project is never put at its board's centre: (\d+) of the (\d+) that name a place are placed/, 'the projects placed (what you can do)');
    expect([num(placed2), num(placeable2)]).toEqual([s.placed, s.placeable]);
  });
});
