/**
 * Checks of a zone file's header (geodata/zones/<layer>.json): the layer keys
 * and the `notDrawn` list. Its recipes are checked by the builder
 * (scripts/lib/recipe/build.ts), its output by collections.ts.
 */
import type { DataProblem } from '../../../src/data/types';
import { LEVEL_IDS } from '../../../src/data/levels';
import { HAN, isLevel, isObj, nonEmpty, SLUG } from './common';
import { citationProblems, isVerbatim, LINE_RANGE, type Seeds } from './citations';
import { aliasesProblems, styleProblems } from './layerHeader';

/**
 * Problems of a layer's header, the keys every layer file starts with: `layer`,
 * `level`, `title`, `geometry`, `style` and optional `aliases` (geodata/README.md).
 */
export function validateLayerHeader(file: string, data: unknown): DataProblem[] {
  const add = (problem: string) => ({ file, featureId: '-', problem });
  if (!isObj(data)) return [add('expected a layer header object')];
  const out: DataProblem[] = [];
  if (typeof data.layer !== 'string' || !SLUG.test(data.layer)) out.push(add(`layer ${JSON.stringify(data.layer)} is not an ascii slug`));
  if (!isLevel(data.level)) out.push(add(`level ${JSON.stringify(data.level)} must be one of ${LEVEL_IDS.join(', ')}`));
  if (!isObj(data.title) || !nonEmpty(data.title.zh) || !HAN.test(data.title.zh) || !nonEmpty(data.title.en)) out.push(add('title must be { zh: "<Chinese>", en: "<English>" }'));
  if (!['polygon', 'line', 'point'].includes(String(data.geometry))) out.push(add(`geometry ${JSON.stringify(data.geometry)} must be polygon, line or point`));
  out.push(...styleProblems(data.style).map(add), ...aliasesProblems(data.aliases).map(add));
  return out;
}

/** Problems of a zone file's header (its recipes are checked by the builder, its output by validateCollection). */
export function validateZoneHeader(file: string, data: unknown, seeds?: Seeds): DataProblem[] {
  const out = validateLayerHeader(file, data);
  if (!isObj(data)) return out;
  const add = (problem: string) => ({ file, featureId: '-', problem });
  if (!Array.isArray(data.features)) out.push(add('features must be a list'));
  if (data.notDrawn !== undefined) out.push(...notDrawnProblems(data.notDrawn, seeds).map(add));
  return out;
}

/** `notDrawn` entries: a verbatim name, a reason in both languages, a citation. */
function notDrawnProblems(list: unknown, seeds?: Seeds): string[] {
  if (!Array.isArray(list)) return ['notDrawn must be a list'];
  return list.flatMap((entry, i) => {
    const where = `notDrawn[${i}]`;
    if (!isObj(entry)) return [`${where} must be { name, why: { zh, en }, source }`];
    const out: string[] = [];
    if (!nonEmpty(entry.name)) out.push(`${where}: name missing`);
    if (!isObj(entry.why) || !nonEmpty(entry.why.zh) || !nonEmpty(entry.why.en)) out.push(`${where}: why must be { zh, en }`);
    out.push(...citationProblems(entry.source, `${where}.source`, seeds));
    const src = entry.source as { file?: string; lines?: string } | undefined;
    const seed = seeds && src?.file ? seeds[src.file] : undefined;
    if (seed && nonEmpty(entry.name) && typeof src?.lines === 'string' && LINE_RANGE.test(src.lines)) {
      const [from, to] = src.lines.split('-').map(Number);
      if (!isVerbatim(entry.name as string, seed.slice(from - 1, to))) out.push(`${where}: name "${entry.name}" is not in ${src.file} lines ${src.lines}`);
    }
    return out;
  });
}

