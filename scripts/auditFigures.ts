/**
 * Figures `npm run audit:data` prints that the README quotes, computed from the committed geodata by the same
 * functions the command uses (scripts/readmeFigures.test.ts holds the README to them).
 */
import { basename } from 'node:path';
import { classLengthsKm, wholePercents } from '../src/analysis/edgeShares';
import type { DataProblem, EdgeClass, EdgeCollection, NotDrawn, ZoneFile } from '../src/data/types';
import { EDGES_DIR, GEODATA, listFiles, readJson } from './geodataFiles';
import { INVENTORY_FILE, inventoryCoverage, type Coverage, type LayoutInventory } from './lib/validate/layouts';
import { assembleProjects, PROJECT_EVIDENCE_FILE, PROJECT_SOURCES_FILE, type ProjectEvidenceFile, type ProjectSourceFile } from './lib/validate/projectList';
import { placementCount, PROJECT_KINDS, type ProjectProps } from '../src/data/projects';

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

/** The one project list as the app gets it, assembled from the committed sources and evidence (geodata/projects). */
export function readProjects(problems: DataProblem[], root = GEODATA): ProjectProps[] {
  const sources = readJson<ProjectSourceFile>(PROJECT_SOURCES_FILE, problems, root);
  const evidence = readJson<ProjectEvidenceFile>(PROJECT_EVIDENCE_FILE, problems, root);
  return sources && evidence ? assembleProjects(sources, evidence).features.map((f) => f.properties) : [];
}

const medianOf = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : null;
};

/** Placed of placeable, by kind, and the precision of the placed. */
export function projectPlacement(projects: ProjectProps[]) {
  const byKind = PROJECT_KINDS.map((kind) => ({ kind, ...placementCount(projects.filter((p) => p.kind === kind)), all: projects.filter((p) => p.kind === kind).length }));
  const precisions = projects.filter((p) => p.placed).map((p) => p.precisionM!);
  return { ...placementCount(projects), projects: projects.length, byKind, medianPrecisionM: medianOf(precisions), maxPrecisionM: precisions.length ? Math.max(...precisions) : null };
}

/**
 * The precision of the projects drawn as lines (road, tunnel works), which holds for every part of a line: how many
 * take their ± from the farthest any part of the line lies from the nearest point (a gap bridged, an end) rather
 * than from the points' spread off it.
 */
export function linePrecision(problems: DataProblem[], root = GEODATA) {
  const evidence = readJson<ProjectEvidenceFile>(PROJECT_EVIDENCE_FILE, problems, root);
  const lines = Object.values(evidence?.projects ?? {}).flatMap((e) => (e.geometry && e.geometry.type === 'LineString' ? [{ precisionM: e.precisionM, far: e.detail.farthestFromPointM }] : []));
  const precisions = lines.map((e) => e.precisionM);
  const fromGap = lines.filter((e) => typeof e.far === 'number' && Math.ceil(e.far / 10) * 10 >= e.precisionM).length;
  return { lines: lines.length, fromGap, medianPrecisionM: medianOf(precisions), maxPrecisionM: precisions.length ? Math.max(...precisions) : null };
}

