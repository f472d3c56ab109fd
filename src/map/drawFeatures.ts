/**
 * The planner's drawings as the drawing library's features, and back. A sketch is one feature under its item id,
 * drawn by the mode of its shape; a proposal is one polygon per part (`<id>::<part>`), drawn by its own mode so
 * its editing rules differ (its vertices move, but it does not move as a whole). Holes of a proposal stay as the
 * plan drew them: only outer rings are edited. Pure: no map, no library.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { SketchGeometry } from '../data/userItems';
import type { DrawnItem } from '../state/drawingModel';
import { fromPolygons, polygonsOf } from '../lib/polygons';

/** Library mode names: one per sketch shape, and the proposal's polygons. */
export const SKETCH_MODE: Record<SketchGeometry['type'], string> = { Point: 'point', LineString: 'linestring', Polygon: 'polygon' };
export const PROPOSAL_MODE = 'proposal';

export interface DrawFeature {
  id: string;
  type: 'Feature';
  geometry: SketchGeometry;
  properties: { mode: string; colour: string; name: string };
}

const PART = '::';
/** The colour proposals are drawn in (not a sketch colour, not a plan layer's). */
export const PROPOSAL_COLOUR = '#b91c1c';

export const itemIdOf = (featureId: string): string => featureId.split(PART)[0];

export function toDrawFeatures(item: DrawnItem): DrawFeature[] {
  if (item.kind === 'sketch') {
    return [{ id: item.id, type: 'Feature', geometry: item.geometry, properties: { mode: SKETCH_MODE[item.geometry.type], colour: item.colour, name: item.name } }];
  }
  return polygonsOf(item.proposed).map((rings, k) => ({
    id: `${item.id}${PART}${k}`,
    type: 'Feature' as const,
    geometry: { type: 'Polygon' as const, coordinates: [rings[0]] },
    properties: { mode: PROPOSAL_MODE, colour: PROPOSAL_COLOUR, name: item.name },
  }));
}

/**
 * The item's new shape after the library edited one of its features: a sketch takes the geometry; a proposal
 * takes the edited part's outer ring in place of the old one, keeping its other parts and its holes.
 */
export function editedShape(item: DrawnItem, featureId: string, geometry: SketchGeometry): SketchGeometry | Polygon | MultiPolygon | null {
  if (item.kind === 'sketch') return geometry.type === item.geometry.type ? geometry : null;
  if (geometry.type !== 'Polygon') return null;
  const k = Number(featureId.split(PART)[1]);
  const parts = polygonsOf(item.proposed);
  if (!Number.isInteger(k) || k < 0 || k >= parts.length) return null;
  const outer: Position[] = geometry.coordinates[0];
  const next = parts.map((rings, i) => (i === k ? [outer, ...rings.slice(1)] : rings));
  return item.proposed.type === 'Polygon' ? { type: 'Polygon', coordinates: next[0] } : fromPolygons(next);
}
