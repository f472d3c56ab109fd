/**
 * Fitting an estimated edge to the plan's stated area. Where no reference
 * locates an edge (an expressway, a river, a community line), the stated area
 * is evidence too: the edge's estimated places move together, along one
 * bearing and never further than the edge's uncertainty band, until the drawn
 * area equals the stated one. Located edges never move. A deterministic 1-D
 * solve (bisection), so every build draws the same line.
 */
import type { Place } from '../../../src/data/types';
import { round6 } from '../../../src/lib/round6';

const M_PER_DEG_LAT = 111_320;

/** The place moved `offsetM` metres along `bearingDeg` (clockwise from north). */
export function movedPlace(place: Place, offsetM: number, bearingDeg: number): Place {
  const b = (bearingDeg * Math.PI) / 180;
  const dLat = (offsetM * Math.cos(b)) / M_PER_DEG_LAT;
  const dLon = (offsetM * Math.sin(b)) / (M_PER_DEG_LAT * Math.cos((place.lat * Math.PI) / 180));
  return { ...place, lon: round6(place.lon + dLon), lat: round6(place.lat + dLat) };
}

export interface FitSolution {
  /** The move chosen, whole metres, within ±band. */
  offsetM: number;
  /** True when even the band's end leaves a gap: the edge stops there and the gap is shown. */
  clamped: boolean;
}

/**
 * The offset in [−band, +band] whose area is the target, assuming area changes
 * monotonically with the offset (one edge sliding in or out). Outside the
 * reachable range the nearer end of the band is taken.
 */
export function solveOffset(areaAt: (offsetM: number) => number, targetKm2: number, bandM: number): FitSolution {
  let lo = -bandM;
  let hi = bandM;
  const aLo = areaAt(lo) - targetKm2;
  const aHi = areaAt(hi) - targetKm2;
  if (aLo * aHi > 0) {
    // Unreachable inside the band: stop at the end that comes closest.
    return { offsetM: Math.abs(aLo) < Math.abs(aHi) ? lo : hi, clamped: true };
  }
  const rising = aHi > aLo;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    const above = areaAt(mid) > targetKm2;
    if (above === rising) hi = mid;
    else lo = mid;
  }
  return { offsetM: Math.round((lo + hi) / 2), clamped: false };
}
