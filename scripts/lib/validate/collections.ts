/**
 * Checks of a FeatureCollection file (admin districts or a built layer):
 * GeoJSON validity (geojson-validation), our property schema and geometry
 * sanity (bbox, 6 decimals, winding, self-crossings).
 */
import { isFeature, isFeatureCollection } from 'geojson-validation';
import { booleanClockwise, distance, kinks } from '@turf/turf';
import type { Feature, Polygon, MultiPolygon, Position } from 'geojson';
import type { DataProblem } from '../../../src/data/types';
import { LEVEL_IDS } from '../../../src/data/levels';
import { HAN, isBilingual, isLevel, isObj, nonEmpty, positionProblems, SLUG, type Obj } from './common';
import { citationProblems, type Seeds } from './citations';

const RELATION_TYPES = ['inside', 'contains', 'same-area', 'overlaps'];
const GEOMETRY_TYPES = ['Polygon', 'MultiPolygon', 'LineString', 'MultiLineString', 'Point'];
/** A kink this close to an existing vertex is a ring touching itself, not crossing. */
const TOUCH_TOLERANCE_M = 1;

export interface CollectionOptions {
  /** The `layer` every feature must carry (the file's layer id). */
  layer: string;
  /** Admin districts cite a third-party dataset, not the plan seeds. */
  admin?: boolean;
  seeds?: Seeds;
}

// ---- feature properties ----------------------------------------------------

function propertyProblems(p: Obj, opts: CollectionOptions): string[] {
  const out: string[] = [];
  if (typeof p.id !== 'string' || !SLUG.test(p.id)) out.push(`id ${JSON.stringify(p.id)} is not an ascii slug (a-z, 0-9, single hyphens)`);
  if (!nonEmpty(p.name) || !HAN.test(p.name)) out.push(`name ${JSON.stringify(p.name)} must be non-empty Chinese`);
  if (!nonEmpty(p.nameEn)) out.push('nameEn must be a non-empty string');
  if (!isLevel(p.level)) out.push(`level ${JSON.stringify(p.level)} must be one of ${LEVEL_IDS.join(', ')}`);
  if (p.layer !== opts.layer) out.push(`layer ${JSON.stringify(p.layer)} does not match the file's layer "${opts.layer}"`);
  const area = p.statedAreaKm2;
  if (!opts.admin && !('statedAreaKm2' in p)) out.push('statedAreaKm2 missing (a number or null)');
  if (area !== undefined && area !== null && !(typeof area === 'number' && Number.isFinite(area) && area > 0)) out.push(`statedAreaKm2 ${JSON.stringify(area)} must be a positive number or null`);
  if (p.district !== undefined && (typeof p.district !== 'string' || !SLUG.test(p.district))) out.push(`district ${JSON.stringify(p.district)} must be a district id`);

  if (!Array.isArray(p.sources) || !p.sources.length) out.push('sources must be a non-empty list of citations');
  else if (opts.admin) p.sources.forEach((s, i) => isObj(s) && nonEmpty(s.file) && nonEmpty(s.lines) ? null : out.push(`sources[${i}] must be { file, lines }`));
  else p.sources.forEach((s, i) => out.push(...citationProblems(s, `sources[${i}]`, opts.seeds)));

  const d = p.drawing;
  if (!isObj(d)) out.push('drawing must be { method, precisionM }');
  else {
    if (!isBilingual(d.method)) out.push('drawing.method must be { zh: "<Chinese>", en: "<English>" }');
    if (d.note !== undefined && !isBilingual(d.note)) out.push('drawing.note must be { zh: "<Chinese>", en: "<English>" }');
    if (!(typeof d.precisionM === 'number' && Number.isFinite(d.precisionM) && d.precisionM > 0)) out.push(`drawing.precisionM ${JSON.stringify(d.precisionM)} must be > 0`);
    if (d.vertices !== undefined && !(Array.isArray(d.vertices) && d.vertices.every((v) => typeof v === 'string'))) out.push('drawing.vertices must be a list of place ids');
  }

  if (p.relations !== undefined) {
    if (!Array.isArray(p.relations)) out.push('relations must be a list');
    else p.relations.forEach((r, i) => {
      const where = `relations[${i}]`;
      if (!isObj(r)) return out.push(`${where} must be { type, target, source }`);
      if (typeof r.type !== 'string' || !RELATION_TYPES.includes(r.type)) out.push(`${where}: type ${JSON.stringify(r.type)} must be one of ${RELATION_TYPES.join(', ')}`);
      if (typeof r.target !== 'string' || !SLUG.test(r.target)) out.push(`${where}: target ${JSON.stringify(r.target)} must be a feature id`);
      else if (r.target === p.id) out.push(`${where}: target is the feature itself`);
      out.push(...citationProblems(r.source, `${where}.source`, opts.seeds));
    });
  }
  return out;
}

// ---- geometry --------------------------------------------------------------

/** geojson-validation has checked closure and ring length; the winding is ours. */
function windingProblems(ring: Position[], where: string): string[] {
  return booleanClockwise(ring) ? [`${where}: exterior ring is clockwise (RFC 7946 wants counter-clockwise)`] : [];
}

/** Self-crossings, ignoring points where a ring merely touches itself at a vertex. */
function crossingProblems(g: Polygon | MultiPolygon): string[] {
  const vertices = (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat()).flat();
  const crossings = kinks(g).features
    .map((k) => k.geometry.coordinates)
    .filter((k) => !vertices.some((v) => Math.abs(v[0] - k[0]) < 1e-4 && Math.abs(v[1] - k[1]) < 1e-4 && distance(v, k, { units: 'meters' }) <= TOUCH_TOLERANCE_M));
  if (!crossings.length) return [];
  const at = crossings.slice(0, 3).map((k) => `[${k[0].toFixed(6)}, ${k[1].toFixed(6)}]`).join(', ');
  return [`boundary crosses itself at ${crossings.length} point(s): ${at}${crossings.length > 3 ? ', …' : ''}`];
}

function geometryProblems(g: Obj): string[] {
  if (typeof g.type !== 'string' || !GEOMETRY_TYPES.includes(g.type)) return [`geometry type ${JSON.stringify(g.type)} must be one of ${GEOMETRY_TYPES.join(', ')}`];
  const c = g.coordinates as unknown;
  const positions = (g.type === 'Point' ? [c] : g.type === 'LineString' ? c : g.type === 'MultiPolygon' ? (c as Position[][][]).flat(2) : (c as Position[][]).flat()) as Position[];
  const out = positionProblems(positions);
  if (g.type === 'LineString' && positions.length < 2) out.push('a line needs at least 2 positions');
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const polygons = g.type === 'Polygon' ? [c as Position[][]] : (c as Position[][][]);
    polygons.forEach((rings, pi) => out.push(...windingProblems(rings[0], g.type === 'MultiPolygon' ? `polygon ${pi + 1}` : 'polygon')));
    if (!out.length) out.push(...crossingProblems(g as unknown as Polygon | MultiPolygon));
  }
  return out;
}

/** Problems of one FeatureCollection file (admin districts or a built layer). */
export function validateCollection(file: string, data: unknown, opts: CollectionOptions): DataProblem[] {
  const problems: DataProblem[] = [];
  const add = (featureId: string, list: string[]) => list.forEach((problem) => problems.push({ file, featureId, problem }));
  if (!isObj(data) || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) {
    add('-', safeTrace(() => isFeatureCollection(data, true), 'not a GeoJSON FeatureCollection'));
    return problems;
  }
  data.features.forEach((f: unknown, i) => {
    const props = isObj(f) && isObj(f.properties) ? f.properties : undefined;
    const featureId = typeof props?.id === 'string' && props.id ? props.id : `#${i + 1}`;
    const trace = safeTrace(() => isFeature(f, true), 'not a GeoJSON Feature');
    if (trace.length) return add(featureId, trace.map((t) => `GeoJSON: ${t}`));
    const feature = f as Feature;
    if (!props) return add(featureId, ['properties missing']);
    add(featureId, propertyProblems(props, opts));
    if (!feature.geometry) return add(featureId, ['geometry is null']);
    add(featureId, geometryProblems(feature.geometry as unknown as Obj));
  });
  return problems;
}

/** geojson-validation can throw on malformed input (e.g. an empty ring). */
function safeTrace(run: () => string[], fallback: string): string[] {
  try {
    return run();
  } catch {
    return [fallback];
  }
}

