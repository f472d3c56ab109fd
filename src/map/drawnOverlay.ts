/**
 * What the map shows of the planner's drawings outside the draw mode (Terra Draw shows them while drawing):
 * each sketch in its colour with its name, each proposal's outline in the proposal colour; and, while a proposal
 * is open, the stretches of the plan's outline it moves, so the eye finds them. Pure: features only.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ProposalDiff } from '../analysis/proposalDiff';
import type { DrawnItem } from '../state/drawingModel';
import { PROPOSAL_COLOUR } from './drawFeatures';
import { labelPointOf } from './styleBuilder';

const collection = (features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

/** Every drawing as one feature: `kind`, `colour`, `name`. */
export function drawnShapes(items: readonly DrawnItem[]): FeatureCollection {
  return collection(
    items.map((item) => ({
      type: 'Feature',
      geometry: item.kind === 'sketch' ? item.geometry : item.proposed,
      properties: { id: item.id, kind: item.kind, colour: item.kind === 'sketch' ? item.colour : PROPOSAL_COLOUR, name: item.name },
    })),
  );
}

/** One label point per drawing (points are labelled beside themselves by the layer). */
export function drawnLabels(shapes: FeatureCollection): FeatureCollection {
  return collection(shapes.features.map((f) => ({ type: 'Feature', geometry: labelPointOf(f), properties: f.properties })));
}

/** The old stretches the open proposal moves: `edge` (class or "outline") and `inBand`. */
export function movedStretches(diff: ProposalDiff | null): FeatureCollection {
  return collection(
    (diff?.moved ?? []).map((m) => ({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: m.coordinates },
      properties: { edge: m.edge ?? 'outline', inBand: m.withinBand },
    })),
  );
}
