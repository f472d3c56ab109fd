/**
 * How two area features relate: intersection area, the share of each covered by
 * the other, and a verdict in the vocabulary of the plan texts (inside, contains,
 * same-area, overlaps) plus disjoint. Areas come from boundary integration
 * (intersectionArea.ts); turf.intersect builds the geometry when it is wanted and
 * stands in when the integration declines.
 */
import { bboxClip, bbox as turfBbox, feature as turfFeature, featureCollection, intersect } from '@turf/turf';
import type { BBox, Feature, MultiPolygon, Polygon } from 'geojson';
import { polygonsOf } from '../lib/polygons';
import { areaKm2, type AreaGeometry } from './area';
import { intersectionAreaM2, prepareShape, type AreaShape } from './intersectionArea';
import { splitTouchingRings } from '../lib/touchingRings';

/** Any polygon feature with an id: plan features (AreaFeature) and imported sites alike. */
export type IdentifiedArea = Feature<Polygon | MultiPolygon, { id: string }>;

export type OverlapVerdict = 'inside' | 'contains' | 'same-area' | 'overlaps' | 'disjoint';

export interface Overlap {
  aId: string;
  bId: string;
  intersectionKm2: number;
  /** Intersection / area of a (0..1). */
  shareOfA: number;
  /** Intersection / area of b (0..1). */
  shareOfB: number;
  verdict: OverlapVerdict;
}

// The boundaries are schematic (edges ±100–500 m), so the verdicts are tolerant.
/** a is "inside" b when at least this share of a lies in b … */
export const INSIDE_MIN_SHARE = 0.95;
/** … and b is not mostly covered by a; both shares at or above this mean "same-area". */
export const SAME_AREA_MIN_SHARE = 0.8;
/** Intersections smaller than this share of the smaller feature are edge slivers: "disjoint". */
export const DISJOINT_MAX_SHARE = 0.001;

/** The verdict from the two shares alone (see the thresholds above). */
export function classifyOverlap(shareOfA: number, shareOfB: number): OverlapVerdict {
  // intersection / smaller area is the larger of the two shares.
  if (Math.max(shareOfA, shareOfB) < DISJOINT_MAX_SHARE) return 'disjoint';
  if (shareOfA >= SAME_AREA_MIN_SHARE && shareOfB >= SAME_AREA_MIN_SHARE) return 'same-area';
  if (shareOfA >= INSIDE_MIN_SHARE) return 'inside';
  if (shareOfB >= INSIDE_MIN_SHARE) return 'contains';
  return 'overlaps';
}

/** A feature with its bbox, area and intersection shape computed once, for repeated comparisons. */
export interface PreparedArea<F extends IdentifiedArea = IdentifiedArea> {
  feature: F;
  bbox: BBox;
  areaKm2: number;
  shape: AreaShape;
}

export function prepareArea<F extends IdentifiedArea>(feature: F): PreparedArea<F> {
  return { feature, bbox: turfBbox(feature), areaKm2: areaKm2(feature), shape: prepareShape(feature.geometry) };
}

export const bboxesOverlap = (a: BBox, b: BBox): boolean =>
  a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The geometry clipped to a box, without the rings clipping flattened to nothing. */
function clippedTo(geometry: AreaGeometry, box: BBox): MultiPolygon | null {
  const clipped = bboxClip(geometry, box).geometry as AreaGeometry;
  const polygons = polygonsOf(clipped)
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
  return polygons.length > 0 ? { type: 'MultiPolygon', coordinates: polygons } : null;
}

/**
 * The intersection geometry (turf.intersect), or null when the features share no area.
 * Both are first clipped to the common bbox, which spares the clipper most vertices
 * of large polygons.
 */
export function intersectionOf(a: PreparedArea, b: PreparedArea): AreaGeometry | null {
  if (!bboxesOverlap(a.bbox, b.bbox)) return null;
  const box: BBox = [Math.max(a.bbox[0], b.bbox[0]), Math.max(a.bbox[1], b.bbox[1]), Math.min(a.bbox[2], b.bbox[2]), Math.min(a.bbox[3], b.bbox[3])];
  const ga = clippedTo(a.feature.geometry, box);
  const gb = clippedTo(b.feature.geometry, box);
  if (!ga || !gb) return null;
  const result = intersect(featureCollection([turfFeature(ga), turfFeature(gb)]));
  // The clipper may return a ring touching itself; exported pieces must be valid by OGC rules.
  return result ? splitTouchingRings(result.geometry) : null;
}

/**
 * Intersection area in km²: by boundary integration (intersectionArea.ts), or with
 * turf.intersect when the boundaries touch themselves too closely for that.
 */
export function intersectionKm2(a: PreparedArea, b: PreparedArea): number {
  if (!bboxesOverlap(a.bbox, b.bbox)) return 0;
  const m2 = intersectionAreaM2(a.shape, b.shape);
  if (m2 !== null) return m2 / 1e6;
  const geometry = intersectionOf(a, b);
  return geometry ? areaKm2(geometry) : 0;
}

const share = (part: number, whole: number): number => (whole > 0 ? Math.min(1, part / whole) : 0);

/** Overlap from prepared features; `km2` may be passed when already computed. */
export function overlapOfPrepared(a: PreparedArea, b: PreparedArea, km2: number = intersectionKm2(a, b)): Overlap {
  const shareOfA = share(km2, a.areaKm2);
  const shareOfB = share(km2, b.areaKm2);
  return {
    aId: a.feature.properties.id,
    bId: b.feature.properties.id,
    intersectionKm2: km2,
    shareOfA,
    shareOfB,
    verdict: classifyOverlap(shareOfA, shareOfB),
  };
}

/** How a relates to b. Polygons and multipolygons; disjoint bboxes skip the intersection. */
export function overlapOf(a: IdentifiedArea, b: IdentifiedArea): Overlap {
  return overlapOfPrepared(prepareArea(a), prepareArea(b));
}
