/**
 * Two readings of one board whose plan bounds it twice (a boundary variant): each
 * drawing's area against each area the plan states, and the land they share. Pure;
 * nothing is fitted here: the numbers are the drawings' own.
 */
import { areaKm2 } from './area';
import { measurePair } from './audit';
import { isAreaFeature, type AreaFeature, type Citation, type PlanFeature } from '../data/types';

export interface VariantReading {
  feature: AreaFeature;
  /** The plan's words this drawing follows. */
  source: Citation;
  drawnKm2: number;
  /** The area the same words state, if they state one. */
  statedKm2: number | null;
}

export interface VariantComparison {
  readings: [VariantReading, VariantReading];
  /** Land inside both drawings. */
  sharedKm2: number;
  /** gaps[i][j]: drawing i against reading j's stated area ((drawn − stated) / stated), null where j states none. */
  gaps: (number | null)[][];
}

/** Null when either side is not an area. */
export function compareVariants(main: { feature: PlanFeature; source: Citation }, variant: { feature: PlanFeature; source: Citation }): VariantComparison | null {
  const sides = [main, variant];
  if (!sides.every((r) => isAreaFeature(r.feature))) return null;
  const readings = sides.map((r) => ({ ...r, drawnKm2: areaKm2(r.feature as AreaFeature), statedKm2: r.feature.properties.statedAreaKm2 ?? null })) as [VariantReading, VariantReading];
  const gaps = readings.map((r) => readings.map((s) => (s.statedKm2 ? (r.drawnKm2 - s.statedKm2) / s.statedKm2 : null)));
  return { readings, sharedKm2: measurePair(main.feature, variant.feature)?.intersectionKm2 ?? 0, gaps };
}
