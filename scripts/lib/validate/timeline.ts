/**
 * Checks geodata/timeline.json: shape, known features, unique ids, and every
 * quote found verbatim in the lines it cites. Build time (npm run data:build).
 */
import { FIRST_YEAR, LAST_YEAR, TIMELINE_KINDS, type Timeline, type TimelineItem, type TimelineKind } from '../../../src/data/timeline';
import type { DataProblem } from '../../../src/data/types';
import { citationProblems, isVerbatim, type Seeds } from './citations';

const FILE = 'timeline.json';

const problem = (featureId: string, text: string): DataProblem => ({ file: FILE, featureId, problem: text });

/** Problems of geodata/timeline.json: shape, known features, unique ids, quotes found verbatim in the cited lines. */
export function validateTimeline(data: unknown, featureIds: ReadonlySet<string>, seeds?: Seeds): DataProblem[] {
  const items = (data as Timeline | null)?.items;
  if (!Array.isArray(items)) return [problem('-', 'must be { "items": [...] }')];
  const out: DataProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item: Partial<TimelineItem>, i) => {
    const id = typeof item?.id === 'string' && item.id ? item.id : `items[${i}]`;
    if (seen.has(id)) out.push(problem(id, 'id is used twice'));
    seen.add(id);
    if (!Number.isInteger(item.year) || item.year! < FIRST_YEAR || item.year! > LAST_YEAR) out.push(problem(id, `year must be a whole year ${FIRST_YEAR}–${LAST_YEAR}`));
    if (!TIMELINE_KINDS.includes(item.kind as TimelineKind)) out.push(problem(id, `kind must be one of ${TIMELINE_KINDS.join(', ')}`));
    if (!Array.isArray(item.features)) out.push(problem(id, 'features must be a list of feature ids'));
    else for (const f of item.features) if (!featureIds.has(f)) out.push(problem(id, `feature "${f}" does not exist`));
    const cite = citationProblems(item.source, 'source', seeds);
    out.push(...cite.map((c) => problem(id, c)));
    if (typeof item.text !== 'string' || !item.text) out.push(problem(id, 'text is missing'));
    else if (!cite.length && seeds) {
      const [from, to] = item.source!.lines.split('-').map(Number);
      if (!isVerbatim(item.text, seeds[item.source!.file].slice(from - 1, to))) out.push(problem(id, `text is not found verbatim in ${item.source!.file} lines ${item.source!.lines}`));
    }
  });
  return out;
}

