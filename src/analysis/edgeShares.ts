/**
 * How much of a feature's outline (or line) is located, estimated or only a
 * location mark, by length: the record panel's "located 62 %, estimated 30 %,
 * mark 8 %". From the layer's edge classes (geodata/edges).
 */
import { length } from '@turf/turf';
import type { EdgeClass, EdgeCollection, PlanGeometry } from '../data/types';

export type EdgeShares = Record<EdgeClass, number>;

const CLASSES: EdgeClass[] = ['located', 'estimated', 'mark'];

/** Whole percentages summing to 100 (largest remainders round up), or null for nothing to share. */
export function wholePercents(amounts: Record<EdgeClass, number>): EdgeShares | null {
  const total = CLASSES.reduce((sum, c) => sum + amounts[c], 0);
  if (!(total > 0)) return null;
  const exact = CLASSES.map((c) => (100 * amounts[c]) / total);
  const out = exact.map(Math.floor);
  const byRemainder = CLASSES.map((_, i) => i).sort((a, b) => exact[b] - out[b] - (exact[a] - out[a]));
  for (let k = 0; k < 100 - out.reduce((a, b) => a + b, 0); k++) out[byRemainder[k]]++;
  return { located: out[0], estimated: out[1], mark: out[2] };
}

/** Kilometres of edge in each class. */
export function classLengthsKm(edges: EdgeCollection['features']): Record<EdgeClass, number> {
  const km: Record<EdgeClass, number> = { located: 0, estimated: 0, mark: 0 };
  for (const e of edges) km[e.properties.edge] += length(e);
  return km;
}

/** The shares of one feature's edges; a point is a location mark whole; null when the layer has no edge classes. */
export function edgeShares(featureId: string, geometry: PlanGeometry, edges: EdgeCollection | undefined): EdgeShares | null {
  if (geometry.type === 'Point') return { located: 0, estimated: 0, mark: 100 };
  if (!edges) return null;
  return wholePercents(classLengthsKm(edges.features.filter((e) => e.properties.id === featureId)));
}
