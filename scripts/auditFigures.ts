/**
 * Figures `npm run audit:data` prints that the README quotes, computed from the committed geodata by the same
 * functions the command uses (scripts/readmeFigures.test.ts holds the README to them).
 */
import { basename } from 'node:path';
import { classLengthsKm, wholePercents } from '../src/analysis/edgeShares';
import type { DataProblem, EdgeClass, EdgeCollection, NotDrawn, ZoneFile } from '../src/data/types';
import { EDGES_DIR, GEODATA, listFiles, readJson } from './geodataFiles';
import { INVENTORY_FILE, inventoryCoverage, type Coverage, type LayoutInventory } from './lib/validate/layouts';

/** How much of each layer's outlines (and lines) is located, estimated or a location mark, by length (geodata/edges). */
export function edgeClassShares(root: string, problems: DataProblem[]) {
  return listFiles(EDGES_DIR, '.geojson', root).map((file) => {
    const km = classLengthsKm(readJson<EdgeCollection>(file, problems, root)?.features ?? []);
    return { layer: basename(file, '.geojson'), km, shares: wholePercents(km) };
  });
}

/** Class lengths added up over layers. */
export const classLengthsKmTotal = (list: Record<EdgeClass, number>[]): Record<EdgeClass, number> =>
  list.reduce((a, b) => ({ located: a.located + b.located, estimated: a.estimated + b.estimated, mark: a.mark + b.mark }), { located: 0, estimated: 0, mark: 0 });

export const totalKm = (km: Record<EdgeClass, number>) => km.located + km.estimated + km.mark;

/** How many of the layout entities the plans name are drawn (geodata/layouts.json), with each zone file's notDrawn reasons. */
export function layoutCoverageOf(notDrawn: ReadonlyMap<string, readonly NotDrawn[]>, problems: DataProblem[], root = GEODATA): Coverage | undefined {
  const inventory = readJson<LayoutInventory>(INVENTORY_FILE, problems, root);
  return inventory ? inventoryCoverage(inventory, notDrawn) : undefined;
}

/** Each layer's notDrawn list, from the zone files (geodata/zones). */
export function notDrawnOf(zones: readonly (ZoneFile | undefined)[]): Map<string, NotDrawn[]> {
  return new Map(zones.flatMap((z) => (z?.notDrawn ? [[z.layer, z.notDrawn] as const] : [])));
}
