/**
 * Ring roles checked before areas are computed, so that no import shows a negative
 * or silently wrong area: a "hole" lying outside its outline is dropped (area
 * formulas would still subtract it), a "hole" enclosing its outline swaps roles with
 * it (the rings were listed in the wrong order), a hole inside another hole becomes
 * an island, and parts or holes without area are dropped. Rings are then wound as
 * RFC 7946 asks (outlines counter-clockwise, holes clockwise).
 *
 * Holes that cross their outline are left alone here: repair.ts cuts them out.
 * Planar tests on lon/lat are fine for "which side" questions at the scale of a site.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { fromPolygons, polygonsOf } from '../lib/polygons';
import { findCrossings, pointInRing, signedArea2 } from '../lib/rings';

export interface RingCheck {
  /** null when no part with area is left. */
  geometry: Polygon | MultiPolygon | null;
  holesOutside: number;
  holesSwapped: number;
  islands: number;
  zeroAreaParts: number;
  zeroAreaHoles: number;
  /** Rings wound against RFC 7946 in the file. */
  rewound: number;
}

/** Twice the area below which a ring encloses nothing (deg²; about 0.01 m² at Zhengzhou). */
const NO_AREA = 2e-12;
const SAMPLES = 16;

type Side = 'inside' | 'outside' | 'encloses' | 'crosses';

/** Where `ring` lies relative to `host`, from a sample of its vertices, confirmed by a crossing search. */
function sideOf(ring: Position[], host: Position[]): Side {
  const step = Math.max(1, Math.floor((ring.length - 1) / SAMPLES));
  let inside = 0;
  let outside = 0;
  for (let i = 0; i < ring.length - 1; i += step) (pointInRing(ring[i], host) ? inside++ : outside++);
  if (inside > 0 && outside > 0) return 'crosses';
  if (findCrossings([host, ring], 1).length > 0) return 'crosses';
  if (inside > 0) return 'inside';
  return pointInRing(host[0], ring) ? 'encloses' : 'outside';
}

/** No area at all: not a figure-of-eight, whose lobes cancel in the signed area but which repair.ts splits. */
const enclosesNothing = (ring: Position[]) => Math.abs(signedArea2(ring)) < NO_AREA && findCrossings([ring], 1).length === 0;

const wound = (ring: Position[], counterClockwise: boolean): Position[] => (signedArea2(ring) > 0 === counterClockwise ? ring : [...ring].reverse());

export function checkRings(geometry: Polygon | MultiPolygon): RingCheck {
  const out: RingCheck = { geometry: null, holesOutside: 0, holesSwapped: 0, islands: 0, zeroAreaParts: 0, zeroAreaHoles: 0, rewound: 0 };
  const polygons: Position[][][] = [];
  for (const [outline, ...holes] of polygonsOf(geometry)) {
    if (enclosesNothing(outline)) {
      out.zeroAreaParts++;
      continue;
    }
    if (signedArea2(outline) < 0) out.rewound++;
    let shell = outline;
    const kept: Position[][] = [];
    const extra: Position[][][] = [];
    for (const hole of holes) {
      if (enclosesNothing(hole)) {
        out.zeroAreaHoles++;
        continue;
      }
      if (signedArea2(hole) > 0) out.rewound++;
      const side = sideOf(hole, shell);
      if (side === 'outside') out.holesOutside++;
      else if (side === 'encloses') {
        // The larger ring is the outline: the old outline becomes the hole, its holes islands.
        out.holesSwapped++;
        extra.push(...kept.map((k) => [k]));
        kept.length = 0;
        kept.push(shell);
        shell = hole;
      } else kept.push(hole);
    }
    // A hole inside another hole is land again: an island.
    const holesKept = kept.filter((hole) => {
      const host = kept.find((other) => other !== hole && Math.abs(signedArea2(other)) > Math.abs(signedArea2(hole)) && sideOf(hole, other) === 'inside');
      if (host) extra.push([hole]);
      return !host;
    });
    out.islands += extra.length;
    polygons.push([wound(shell, true), ...holesKept.map((h) => wound(h, false))], ...extra.map(([r]) => [wound(r, true)]));
  }
  out.geometry = polygons.length > 0 ? fromPolygons(polygons) : null;
  return out;
}
