/**
 * Edge fitting in a build: a recipe's `fit` moves its edge's estimated places
 * (within the band, along one bearing) until the drawn area equals the stated
 * one; the solve itself is edgeFit.ts. Located places never move, and a place
 * someone already drew with stays where it was.
 */
import { area } from '@turf/turf';
import type { FittedEdge, Place, PlanGeometry, ZoneFile, ZoneRecipe } from '../../../src/data/types';
import { Problem, type Context } from './context';
import { movedPlace, solveOffset } from './edgeFit';
import { buildGeometry } from './shapes';

/**
 * Places moved by fitted edges, shared by every layer of one build so that a
 * neighbour drawn later follows the same fitted line; `usedBy` remembers who
 * drew with a place first, so a fit cannot move a place someone already used.
 */
export interface FitState {
  moved: Map<string, Place>;
  /** The band of the fit that moved each place: the edges at it are that uncertain. */
  bandM: Map<string, number>;
  usedBy: Map<string, string>;
}
export const newFitState = (): FitState => ({ moved: new Map(), bandM: new Map(), usedBy: new Map() });

const kmOf = (g: PlanGeometry) => (g.type === 'Polygon' || g.type === 'MultiPolygon' ? area(g) / 1e6 : 0);

/** Solves the recipe's `fit` and returns the place map with the edge's places moved. */
export function fitEdge(zone: ZoneFile, r: ZoneRecipe, places: Map<string, Place>, make: (p: Map<string, Place>) => Context, fits: FitState): { places: Map<string, Place>; fit: FittedEdge } {
  const f = r.fit!;
  if (zone.geometry !== 'polygon') throw new Problem('fit: only polygons have an area to fit');
  if (typeof r.statedAreaKm2 !== 'number') throw new Problem('fit: needs statedAreaKm2');
  if (!Array.isArray(f.places) || !f.places.length) throw new Problem('fit: "places" must list the estimated places of the edge');
  if (!(typeof f.bandM === 'number' && f.bandM > 0) || typeof f.bearingDeg !== 'number') throw new Problem('fit: bandM (> 0) and bearingDeg are required');
  if (!f.edge || typeof f.edge.zh !== 'string' || typeof f.edge.en !== 'string') throw new Problem('fit: "edge" must be { zh, en }');
  for (const id of f.places) {
    const p = places.get(id);
    if (!p) throw new Problem(`fit: unknown place id "${id}"`);
    if (p.kind !== 'estimated') throw new Problem(`fit: "${id}" is ${p.kind}, and located places never move (only kind "estimated")`);
    const user = fits.usedBy.get(id);
    if (user && user !== r.id) throw new Problem(`fit: "${id}" was already drawn with by ${user}; fit the edge in the feature built first`);
    if (fits.moved.has(id)) throw new Problem(`fit: "${id}" was already moved by another fit`);
  }
  const shifted = (offsetM: number) => {
    const copy = new Map(places);
    for (const id of f.places) copy.set(id, movedPlace(places.get(id)!, offsetM, f.bearingDeg));
    return copy;
  };
  const solution = solveOffset((d) => kmOf(buildGeometry(make(shifted(d)), r, zone.geometry)), r.statedAreaKm2, f.bandM);
  const moved = shifted(solution.offsetM);
  for (const id of f.places) {
    fits.moved.set(id, moved.get(id)!);
    fits.bandM.set(id, f.bandM);
  }
  return { places: moved, fit: { ...f, ...solution } };
}
