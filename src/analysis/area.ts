import { area as turfArea } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export type AreaGeometry = Polygon | MultiPolygon;
export type AreaInput = AreaGeometry | Feature<AreaGeometry, unknown>;

const geometryOf = (input: AreaInput): AreaGeometry => (input.type === 'Feature' ? input.geometry : input);

/** Area in km² of a polygon or multipolygon (holes subtracted). */
export function areaKm2(input: AreaInput): number {
  return turfArea(geometryOf(input)) / 1e6;
}
