/**
 * Places the plan's words put inside a feature (「包括樱桃沟社区、大路西社区…」), held against the drawing:
 * each place's margin to the drawn outline, inside (+) or outside (−), in metres. A place outside by more
 * than its own precision contradicts the drawing (the build fails, see build.ts); `npm run audit:data`
 * prints every margin. Pure.
 */
import { booleanPointInPolygon, lineString, pointToLineDistance } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Place } from '../../../src/data/types';
import { polygonsOf } from '../../../src/lib/polygons';

export interface IncludedPlace {
  place: string;
  name: string;
  precisionM: number;
  /** Distance to the outline: positive inside, negative outside. */
  marginM: number;
}

/** The place's margin to the area's outline (rounded to metres). */
export function includedPlace(area: Polygon | MultiPolygon, place: Place): IncludedPlace {
  const pos = [place.lon, place.lat];
  const rings = polygonsOf(area).flat();
  const distanceM = Math.min(...rings.map((ring) => pointToLineDistance(pos, lineString(ring), { units: 'meters' })));
  const inside = booleanPointInPolygon(pos, area);
  return { place: place.id, name: place.name, precisionM: place.precisionM, marginM: Math.round(inside ? distanceM : -distanceM) };
}

/** Outside by more than its precision: the evidence says the drawing is wrong there. */
export const contradicts = (p: IncludedPlace): boolean => p.marginM < -p.precisionM;
