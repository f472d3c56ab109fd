/**
 * Polygons out of whatever features a file held: Polygon and MultiPolygon as they
 * are (2-D, rings cleaned), GeometryCollections opened, closed lines taken as
 * boundaries; points and open lines counted so the user can be told.
 */
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { fromPolygons, polygonsOf } from '../lib/polygons';
import { closeRing } from '../lib/rings';

export interface ExtractedPolygon {
  geometry: Polygon | MultiPolygon;
  properties: unknown;
}

export interface Extraction {
  polygons: ExtractedPolygon[];
  closedLines: number;
  openLines: number;
  points: number;
  /** Rings dropped for fewer than 3 distinct points or bad numbers. */
  badRings: number;
}

/** Outer ring first; a polygon whose outer ring is unusable is dropped, a bad hole is dropped alone. */
function cleanPolygon(rings: readonly Position[][], out: Extraction): Position[][] | null {
  if (!Array.isArray(rings) || rings.length === 0) return null;
  const cleaned: Position[][] = [];
  for (const [k, ring] of rings.entries()) {
    const c = Array.isArray(ring) ? closeRing(ring) : null;
    if (c) cleaned.push(c);
    else {
      out.badRings++;
      if (k === 0) return null;
    }
  }
  return cleaned;
}

function collect(geometry: Geometry | null | undefined, parts: Position[][][], out: Extraction): void {
  if (!geometry || typeof geometry !== 'object') return;
  switch (geometry.type) {
    case 'Polygon': {
      const p = cleanPolygon(geometry.coordinates, out);
      if (p) parts.push(p);
      return;
    }
    case 'MultiPolygon':
      for (const rings of geometry.coordinates ?? []) {
        const p = cleanPolygon(rings, out);
        if (p) parts.push(p);
      }
      return;
    case 'LineString':
    case 'MultiLineString': {
      const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      for (const line of lines ?? []) {
        const first = line?.[0];
        const last = line?.[line.length - 1];
        const closed = line?.length >= 4 && first[0] === last[0] && first[1] === last[1];
        const ring = closed ? closeRing(line) : null;
        if (ring) {
          parts.push([ring]);
          out.closedLines++;
        } else out.openLines++;
      }
      return;
    }
    case 'Point':
    case 'MultiPoint':
      out.points++;
      return;
    case 'GeometryCollection':
      for (const g of geometry.geometries ?? []) collect(g, parts, out);
      return;
  }
}

export function extractPolygons(features: readonly Feature[]): Extraction {
  const out: Extraction = { polygons: [], closedLines: 0, openLines: 0, points: 0, badRings: 0 };
  for (const f of features) {
    const parts: Position[][][] = [];
    collect(f?.geometry, parts, out);
    if (parts.length === 0) continue;
    out.polygons.push({ geometry: fromPolygons(parts), properties: f?.properties });
  }
  return out;
}

export const vertexCount = (g: Polygon | MultiPolygon): number =>
  polygonsOf(g).reduce((n, rings) => n + rings.reduce((m, r) => m + r.length - 1, 0), 0);
