/**
 * The layout inventory (geodata/layouts.json): every spatial layout the five
 * plans name, each with the places (entities) it is made of, and for each
 * entity the feature that draws it or the layer whose `notDrawn` list says why
 * it is not drawn. Pure: the build validates it, the audit prints its coverage.
 */
import { citationProblems, isVerbatim, LINE_RANGE, type Seeds } from './citations';
import type { Citation, DataProblem, NotDrawn } from '../../../src/data/types';
import { isObj } from './common';

/** One place a layout names: drawn by `feature`, or listed with its reason in layer `notDrawnIn`. */
export interface LayoutEntity {
  /** Verbatim from the cited lines. */
  name: string;
  source: Citation;
  feature?: string;
  notDrawnIn?: string;
}

/** A layout the plan names (e.g. 「四区联动、六核协同、多点支撑」) and what it is made of. */
export interface Layout {
  id: string;
  /** Verbatim from the cited lines. */
  name: string;
  source: Citation;
  entities: LayoutEntity[];
}

export interface LayoutInventory {
  layouts: Layout[];
}

/** What the inventory is checked against: built feature ids and each layer's notDrawn list. */
export interface InventoryContext {
  featureIds: ReadonlySet<string>;
  notDrawn: ReadonlyMap<string, readonly NotDrawn[]>;
  seeds?: Seeds;
}

export const INVENTORY_FILE = 'layouts.json';


/** Is `name` in the cited seed lines? Unchecked (true) without seeds or with a bad citation. */
function nameInSeed(name: string, source: Citation, seeds?: Seeds): boolean {
  const seed = seeds?.[source.file];
  if (!seed || !LINE_RANGE.test(source.lines)) return true;
  const [from, to] = source.lines.split('-').map(Number);
  return isVerbatim(name, seed.slice(from - 1, to));
}

function quotedNameProblems(name: unknown, source: unknown, where: string, seeds?: Seeds): string[] {
  if (typeof name !== 'string' || !name.trim()) return [`${where}: name must be a non-empty string`];
  const cite = citationProblems(source, `${where}.source`, seeds);
  if (cite.length) return cite;
  return nameInSeed(name, source as Citation, seeds) ? [] : [`${where}: "${name}" is not in ${(source as Citation).file} lines ${(source as Citation).lines}`];
}

function entityProblems(e: unknown, where: string, ctx: InventoryContext): string[] {
  if (!isObj(e)) return [`${where} must be { name, source, feature | notDrawnIn }`];
  const out = quotedNameProblems(e.name, e.source, where, ctx.seeds);
  const hasFeature = e.feature !== undefined;
  const hasGap = e.notDrawnIn !== undefined;
  if (hasFeature === hasGap) return [...out, `${where}: give exactly one of "feature" (the id drawing it) or "notDrawnIn" (the layer listing why not)`];
  if (hasFeature && !(typeof e.feature === 'string' && ctx.featureIds.has(e.feature))) out.push(`${where}: feature ${JSON.stringify(e.feature)} is not a built feature id`);
  if (hasGap) {
    const list = typeof e.notDrawnIn === 'string' ? ctx.notDrawn.get(e.notDrawnIn) : undefined;
    if (!list) out.push(`${where}: notDrawnIn ${JSON.stringify(e.notDrawnIn)} is not a layer with a notDrawn list`);
    else if (!list.some((n) => n.name === e.name)) out.push(`${where}: layer "${e.notDrawnIn}" lists no notDrawn entry named "${String(e.name)}"`);
  }
  return out;
}

/**
 * Problems of the inventory: verbatim names with citations, entities that
 * point at a real feature or a real notDrawn entry, and no notDrawn entry of
 * any layer missing from the inventory (a gap must be counted, not hidden).
 */
export function validateInventory(file: string, data: unknown, ctx: InventoryContext): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (featureId: string, list: string[]) => list.forEach((problem) => problems.push({ file, featureId, problem }));
  if (!isObj(data) || !Array.isArray(data.layouts)) return [{ file, featureId: '-', problem: 'expected { "layouts": [ … ] }' }];
  const ids = new Set<string>();
  const listed = new Set<string>();
  data.layouts.forEach((l: unknown, i) => {
    const id = isObj(l) && typeof l.id === 'string' && l.id ? l.id : `#${i + 1}`;
    if (!isObj(l)) return add(id, ['a layout must be { id, name, source, entities }']);
    if (ids.has(id)) add(id, ['layout id used twice']);
    ids.add(id);
    add(id, quotedNameProblems(l.name, l.source, 'layout', ctx.seeds));
    if (!Array.isArray(l.entities) || !l.entities.length) return add(id, ['entities must be a non-empty list']);
    l.entities.forEach((e: unknown, j) => {
      add(id, entityProblems(e, `entities[${j}]`, ctx));
      if (isObj(e) && typeof e.notDrawnIn === 'string') listed.add(`${e.notDrawnIn}\u0000${String(e.name)}`);
    });
  });
  for (const [layer, list] of ctx.notDrawn) {
    for (const n of list) {
      if (!listed.has(`${layer}\u0000${n.name}`)) problems.push({ file, featureId: '-', problem: `layer "${layer}" lists "${n.name}" as not drawn, but no layout entity names it (add it with "notDrawnIn": "${layer}")` });
    }
  }
  return problems;
}

export interface LayoutCoverage {
  id: string;
  name: string;
  named: number;
  drawn: number;
  /** Entities not drawn, with the layer's reason. */
  gaps: { name: string; layer: string; why?: NotDrawn['why'] }[];
}

export interface Coverage {
  named: number;
  drawn: number;
  /** drawn / named, 0–1 (1 when nothing is named). */
  share: number;
  layouts: LayoutCoverage[];
}

/** How many of the named entities are drawn, per layout and in all. */
export function inventoryCoverage(inventory: LayoutInventory, notDrawn: ReadonlyMap<string, readonly NotDrawn[]>): Coverage {
  const layouts = inventory.layouts.map((l): LayoutCoverage => {
    const gaps = l.entities
      .filter((e) => e.feature === undefined)
      .map((e) => ({ name: e.name, layer: e.notDrawnIn ?? '?', why: notDrawn.get(e.notDrawnIn ?? '')?.find((n) => n.name === e.name)?.why }));
    return { id: l.id, name: l.name, named: l.entities.length, drawn: l.entities.length - gaps.length, gaps };
  });
  const named = layouts.reduce((s, l) => s + l.named, 0);
  const drawn = layouts.reduce((s, l) => s + l.drawn, 0);
  return { named, drawn, share: named ? drawn / named : 1, layouts };
}
