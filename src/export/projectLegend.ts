/**
 * The 项目 layer's rows in a legend (the PNG figure, the print sheet, the presenter's): one row per kind the
 * placed projects have, in its map colour, then the keys to the marks — a solid dot for a located place, a ring
 * for an approximate one, the thin ring of its ± precision. Pure: the caller gives the texts.
 */
import { PROJECT_KINDS, type ProjectFeature, type ProjectKind } from '../data/projects';
import { PROJECT_KEY_INK, PROJECT_KIND_COLORS } from '../data/projectColors';
import { isLocated } from '../analysis/projectLists';
import type { LegendEntry } from './legendLayout';

export interface ProjectLegendText {
  /** The layer's name, before each kind's: "规划项目 · 商业". */
  title: string;
  /** A kind's name ("商业"). */
  kind: (kind: ProjectKind) => string;
  located: string;
  approximate: string;
  precision: string;
}

export function projectLegendEntries(projects: readonly ProjectFeature[], text: ProjectLegendText): LegendEntry[] {
  const placed = projects.filter((p) => p.geometry !== null);
  if (!placed.length) return [];
  const kinds = PROJECT_KINDS.filter((k) => placed.some((p) => p.properties.kind === k));
  const points = placed.filter((p) => p.geometry!.type === 'Point');
  const located = placed.some(isLocated);
  const approximate = placed.some((p) => !isLocated(p));
  return [
    ...kinds.map((k): LegendEntry => ({ label: `${text.title} · ${text.kind(k)}`, color: PROJECT_KIND_COLORS[k], kind: 'point', group: { title: text.title, label: text.kind(k) } })),
    ...(located ? [{ label: text.located, color: PROJECT_KEY_INK, kind: 'point' as const, key: true }] : []),
    ...(approximate ? [{ label: text.approximate, color: PROJECT_KEY_INK, kind: 'point-approx' as const, key: true }] : []),
    ...(points.length ? [{ label: text.precision, color: PROJECT_KEY_INK, kind: 'point-precision' as const, key: true }] : []),
  ];
}
