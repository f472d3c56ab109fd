/**
 * The precision classes of a built feature's edges, from how its recipe made
 * them (edgeClasses.ts holds the classes and the tracing back to walked pieces).
 */
import type { PlanGeometry, ZoneRecipe } from '../../../src/data/types';
import type { Context } from './context';
import { borderPrecisionM } from './context';
import { markRuns, outlineSegments, runSegments, traceEdges, walkIsMark, walkSegments, type EdgeRun, type TracedEdges } from './edgeClasses';
import { GEOMETRY_KEYS } from './shapes';

/** Edges of features built so far, by feature id (what `sameAs` and `union` take theirs from). */
export type EdgeMap = Map<string, EdgeRun[]>;

/** The precision classes of a built feature's edges, from how its recipe made them (edgeClasses.ts). */
export function featureEdges(ctx: Context, r: ZoneRecipe, geometry: PlanGeometry, edges: ReadonlyMap<string, EdgeRun[]>): TracedEdges {
  const key = GEOMETRY_KEYS.find((k) => r[k] !== undefined)!;
  const precisionM = r.drawing.precisionM;
  const fallback = { edge: 'estimated' as const, precisionM };
  const borders = (id: string) => {
    const d = ctx.district(id, 'border');
    return outlineSegments(d.geometry, 'located', borderPrecisionM(d));
  };
  switch (key) {
    case 'point':
      return { runs: [], untraced: 0 };
    case 'circle':
      return { runs: markRuns(geometry, precisionM), untraced: 0 };
    case 'sameAs':
      return { runs: structuredClone(edges.get(r.sameAs!) ?? []), untraced: 0 };
    case 'districts':
      return traceEdges(geometry, r.districts!.flatMap(borders), fallback);
    case 'union':
      return traceEdges(geometry, r.union!.flatMap((id) => runSegments(edges.get(id) ?? [])), fallback);
    case 'ring':
    case 'line': {
      const closed = key === 'ring';
      if (r.mark === true || walkIsMark(ctx.trace, closed)) return { runs: markRuns(geometry, precisionM), untraced: 0 };
      const sources = walkSegments(ctx.trace, closed, precisionM);
      if (r.clip !== undefined) sources.push(...borders(r.clip));
      return traceEdges(geometry, sources, fallback);
    }
  }
}
