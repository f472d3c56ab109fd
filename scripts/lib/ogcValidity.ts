/**
 * OGC simple-features validity (JTS/GEOS semantics, as PostGIS ST_IsValid and
 * QGIS check it) of the polygons the atlas ships: no self-touching or
 * self-crossing rings, holes inside their shell, parts that do not overlap.
 * Build-time only: jsts is a dev dependency.
 */
import GeometryFactory from 'jsts/org/locationtech/jts/geom/GeometryFactory.js';
import GeoJSONReader from 'jsts/org/locationtech/jts/io/GeoJSONReader.js';
import IsValidOp from 'jsts/org/locationtech/jts/operation/valid/IsValidOp.js';
import type { Geometry } from 'geojson';
import type { DataProblem } from '../../src/data/types';

const reader = new GeoJSONReader(new GeometryFactory());

/** Why a polygon is invalid by OGC rules (JTS's message and where), or null when it is valid or not a polygon. */
export function ogcInvalidity(geometry: Geometry | null | undefined): string | null {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return null;
  let error;
  try {
    error = new IsValidOp(reader.read(geometry)).getValidationError();
  } catch (e) {
    return `not readable as an OGC polygon: ${e instanceof Error ? e.message : String(e)}`;
  }
  if (!error) return null;
  const at = error.getCoordinate();
  return `invalid by OGC rules (${error.getMessage()}${at ? ` at [${at.x.toFixed(6)}, ${at.y.toFixed(6)}]` : ''})`;
}

/** One problem per invalid polygon of a FeatureCollection file, named by feature id. */
export function ogcValidityProblems(file: string, data: unknown): DataProblem[] {
  const features = (data as { features?: unknown[] } | undefined)?.features;
  if (!Array.isArray(features)) return [];
  return features.flatMap((f, i) => {
    const feature = f as { geometry?: Geometry; properties?: { id?: unknown } } | null;
    const problem = ogcInvalidity(feature?.geometry);
    const id = typeof feature?.properties?.id === 'string' ? feature.properties.id : `#${i + 1}`;
    return problem ? [{ file, featureId: id, problem }] : [];
  });
}
