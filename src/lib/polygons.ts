/** A Polygon or MultiPolygon as a list of polygons (each a list of rings), and back. */
import type { MultiPolygon, Polygon, Position } from 'geojson';

export const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** One polygon as a Polygon, several as a MultiPolygon. */
export const fromPolygons = (polygons: Position[][][]): Polygon | MultiPolygon =>
  polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
