/**
 * What a proposed boundary changes against the drawn plan feature: area before and after against the area the
 * plan states, which stretches of the outline moved and how far, and which of them were located or estimated
 * (geodata/edges). Pure: no DOM, no map.
 *
 * How far an edge moved is the largest distance between the old stretch and the new outline, both ways: every
 * point of the old stretch to the nearest new edge, and every point of the new outline (vertices and samples
 * along its segments) to the old outline, counted for the old stretch it lies nearest to. So a dragged vertex,
 * a vertex inserted in the middle of an edge and pulled out, and a removed vertex all count for the stretch
 * they change, and vertices the editor merely renumbered count for nothing. Distances are taken in a local
 * plane about the feature (equirectangular on the mean radius): over a few kilometres its error is far below
 * a metre, under the precision of any edge here.
 */
import type { Feature, LineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { EdgeClass, EdgeProperties } from '../data/types';
import { findCrossings } from '../lib/rings';
import { polygonsOf } from '../lib/polygons';
import { areaKm2 } from './area';

export type ProposalGeometry = Polygon | MultiPolygon;

/** Moves smaller than this are the editor's rounding, not a proposal. */
export const MOVE_THRESHOLD_M = 0.5;

/** Eight compass points, clockwise from north. */
export const COMPASS = ['n', 'ne', 'e', 'se', 's', 'sw', 'w', 'nw'] as const;
export type Compass = (typeof COMPASS)[number];

export interface MovedEdge {
  /** Index of the stretch in the feature's edges, in the order of geodata/edges. */
  index: number;
  /** How the stretch was drawn; null when the layer has no edge classes (the whole ring is one stretch). */
  edge: EdgeClass | null;
  precisionM: number | null;
  /** Largest distance between the old stretch and the new outline, m. */
  movedM: number;
  /** The move stays inside the stretch's precision band (the true edge may lie there anyway). */
  withinBand: boolean;
  /** Which side of the feature the stretch lies on: its middle seen from the centre of the old outline's box. */
  side: Compass;
  lengthM: number;
  /** The stretch as drawn before (for the map and exports). */
  coordinates: Position[];
}

export interface ClassTally {
  /** Stretches of this class that moved. */
  moved: number;
  /** Of those, moved further than their precision band. */
  beyondBand: number;
  /** Length of the moved stretches, m. */
  lengthM: number;
}

export interface ProposalDiff {
  areaBeforeKm2: number;
  areaAfterKm2: number;
  /** The plan's figure, when it states one. */
  statedAreaKm2: number | null;
  /** (drawn − stated) / stated, before and after; null without a stated area. */
  gapBefore: number | null;
  gapAfter: number | null;
  /** Stretches that moved more than MOVE_THRESHOLD_M, largest move first. */
  moved: MovedEdge[];
  /** Moved stretches by class. */
  touched: Record<EdgeClass, ClassTally>;
  /** The new outline crosses itself: its area is not meaningful. */
  selfCrossing: boolean;
}

export type EdgeStretch = Feature<LineString, EdgeProperties>;

export interface ProposalDiffInput {
  before: ProposalGeometry;
  after: ProposalGeometry;
  /** The feature's stretches from geodata/edges (all with its id); empty: the old rings are the stretches. */
  edges: readonly EdgeStretch[];
  statedAreaKm2?: number | null;
}

const R = 6_371_008.8; // mean Earth radius, m
const RAD = Math.PI / 180;
/** Samples along each segment are at most this far apart, m. */
const SAMPLE_M = 5;

type XY = [number, number];
type Segment = [XY, XY];

function localPlane(origin: Position): (p: Position) => XY {
  const kx = R * RAD * Math.cos(origin[1] * RAD);
  const ky = R * RAD;
  return (p) => [(p[0] - origin[0]) * kx, (p[1] - origin[1]) * ky];
}

/** Distance from p to the segment, and where along it the perpendicular foot falls (0..1 on it, outside it beyond). */
function toSegment(p: XY, [a, b]: Segment): { d: number; t: number } {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  const c = Math.max(0, Math.min(1, t));
  return { d: Math.hypot(p[0] - (a[0] + c * dx), p[1] - (a[1] + c * dy)), t };
}

const distanceToSegments = (p: XY, segments: readonly Segment[]): number => {
  let best = Infinity;
  for (const s of segments) best = Math.min(best, toSegment(p, s).d);
  return best;
};

/**
 * Distance from p to a stretch, and whether p lies beside it: its nearest point is not an end of the stretch
 * reached from beyond that end. A point past the end of a stretch, in the corner where the next one starts,
 * is as near to both; it belongs to the one it lies beside.
 */
function toStretch(p: XY, segments: readonly Segment[]): { d: number; beside: boolean } {
  let best = { d: Infinity, beside: false };
  segments.forEach((s, i) => {
    const { d, t } = toSegment(p, s);
    const pastEnd = (i === 0 && t < -1e-9) || (i === segments.length - 1 && t > 1 + 1e-9);
    if (d < best.d || (d === best.d && !pastEnd)) best = { d, beside: !pastEnd };
  });
  return best;
}

const segmentsOf = (line: readonly XY[]): Segment[] => line.slice(1).map((b, i) => [line[i], b] as Segment);

/** The segment's ends and points between them at most SAMPLE_M apart. */
function* samples(segments: readonly Segment[]): Generator<XY> {
  for (const [a, b] of segments) {
    const n = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / SAMPLE_M));
    for (let i = 0; i <= n; i++) yield [a[0] + ((b[0] - a[0]) * i) / n, a[1] + ((b[1] - a[1]) * i) / n];
  }
}

const ringsOf = (g: ProposalGeometry): Position[][] => polygonsOf(g).flat();

function compassOf(from: XY, to: XY): Compass {
  const bearing = (Math.atan2(to[0] - from[0], to[1] - from[1]) / RAD + 360) % 360;
  return COMPASS[Math.round(bearing / 45) % 8];
}

const emptyTally = (): ClassTally => ({ moved: 0, beyondBand: 0, lengthM: 0 });

export function diffProposal({ before, after, edges, statedAreaKm2 = null }: ProposalDiffInput): ProposalDiff {
  const beforeRings = ringsOf(before);
  // The plane's origin is the centre of the old outline's box, from which each stretch's side is named.
  const all = beforeRings.flat();
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const toXY = localPlane([(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2]);
  const stretches: { edge: EdgeClass | null; precisionM: number | null; coordinates: Position[] }[] = edges.length
    ? edges.map((e) => ({ edge: e.properties.edge, precisionM: e.properties.precisionM, coordinates: e.geometry.coordinates }))
    : beforeRings.map((ring) => ({ edge: null, precisionM: null, coordinates: ring }));
  const stretchSegments = stretches.map((s) => segmentsOf(s.coordinates.map(toXY)));
  const afterSegments = ringsOf(after).flatMap((ring) => segmentsOf(ring.map(toXY)));

  const movedM = stretchSegments.map((segs) => {
    let max = 0;
    for (const p of samples(segs)) max = Math.max(max, distanceToSegments(p, afterSegments));
    return max;
  });
  // The other way round: each point of the new outline counts for the old stretch it lies beside (the nearest
  // of those), or when it lies beside none (outside a corner) for the nearest stretch.
  for (const p of samples(afterSegments)) {
    let beside = { d: Infinity, i: -1 };
    let any = { d: Infinity, i: -1 };
    stretchSegments.forEach((segs, i) => {
      const { d, beside: isBeside } = toStretch(p, segs);
      if (d < any.d) any = { d, i };
      if (isBeside && d < beside.d) beside = { d, i };
    });
    const pick = beside.i >= 0 ? beside : any;
    if (pick.i >= 0) movedM[pick.i] = Math.max(movedM[pick.i], pick.d);
  }

  const centre: XY = [0, 0];
  const touched: Record<EdgeClass, ClassTally> = { located: emptyTally(), estimated: emptyTally(), mark: emptyTally() };
  const moved: MovedEdge[] = [];
  stretches.forEach((s, index) => {
    if (movedM[index] <= MOVE_THRESHOLD_M) return;
    const segs = stretchSegments[index];
    const lengthM = segs.reduce((sum, [a, b]) => sum + Math.hypot(b[0] - a[0], b[1] - a[1]), 0);
    const mid = midpointAlong(segs, lengthM / 2);
    const withinBand = s.precisionM !== null && movedM[index] <= s.precisionM;
    moved.push({ index, edge: s.edge, precisionM: s.precisionM, movedM: movedM[index], withinBand, side: compassOf(centre, mid), lengthM, coordinates: s.coordinates });
    if (s.edge) {
      const tally = touched[s.edge];
      tally.moved += 1;
      tally.lengthM += lengthM;
      if (!withinBand) tally.beyondBand += 1;
    }
  });
  moved.sort((a, b) => b.movedM - a.movedM);

  const areaBeforeKm2 = areaKm2(before);
  const areaAfterKm2 = areaKm2(after);
  const stated = statedAreaKm2 && statedAreaKm2 > 0 ? statedAreaKm2 : null;
  const gap = (km2: number) => (stated === null ? null : (km2 - stated) / stated);
  return {
    areaBeforeKm2,
    areaAfterKm2,
    statedAreaKm2: stated,
    gapBefore: gap(areaBeforeKm2),
    gapAfter: gap(areaAfterKm2),
    moved,
    touched,
    selfCrossing: findCrossings(ringsOf(after), 1).length > 0,
  };
}

function midpointAlong(segments: readonly Segment[], distance: number): XY {
  let left = distance;
  for (const [a, b] of segments) {
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (left <= len && len > 0) return [a[0] + ((b[0] - a[0]) * left) / len, a[1] + ((b[1] - a[1]) * left) / len];
    left -= len;
  }
  return segments.length ? segments[segments.length - 1][1] : [0, 0];
}
