/**
 * The geometry recipes (`ring`, `districts`, `circle`, `union`, `sameAs`,
 * `line`, `point`): exactly one per feature, making the layer's kind of shape.
 */
import { circle, featureCollection, intersect, union } from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { geometryKind, type PlanGeometry, type ZoneFile, type ZoneRecipe } from '../../../src/data/types';
import { splitTouchingRings } from '../../../src/lib/touchingRings';
import { cleanArea, cleanPositions, orientedRing } from './clean';
import { Problem, type Context } from './context';
import { walk } from './steps';

export const GEOMETRY_KEYS = ['ring', 'districts', 'line', 'point', 'circle', 'sameAs', 'union'] as const;
const KIND_OF: Record<Exclude<(typeof GEOMETRY_KEYS)[number], 'sameAs'>, ZoneFile['geometry']> = {
  ring: 'polygon', districts: 'polygon', circle: 'polygon', union: 'polygon', line: 'line', point: 'point',
};

function ringPolygon(ctx: Context, r: ZoneRecipe): Polygon | MultiPolygon {
  const ring = orientedRing(walk(ctx, r.ring, 'ring'), false);
  if (!ring) throw new Problem('ring has fewer than 3 distinct vertices');
  const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
  if (r.clip === undefined) return splitTouchingRings(polygon);
  const district = ctx.district(r.clip, 'clip');
  const clipped = intersect(featureCollection([{ type: 'Feature', properties: {}, geometry: polygon }, district]));
  if (!clipped) throw new Problem(`clip: the ring does not overlap district "${r.clip}"`);
  return cleanArea(clipped.geometry);
}

function districtsUnion(ctx: Context, ids: unknown): Polygon | MultiPolygon {
  if (!Array.isArray(ids) || !ids.length) throw new Problem('"districts" must be a non-empty list of district ids');
  const parts = ids.map((id) => ctx.district(id, 'districts'));
  const merged = parts.length === 1 ? parts[0] : union(featureCollection(parts));
  if (!merged) throw new Problem('districts: union is empty');
  return cleanArea(merged.geometry);
}

/** The areas of other features taken together: a whole the plan says is made of named parts. */
function featuresUnion(ctx: Context, ids: unknown): Polygon | MultiPolygon {
  if (!Array.isArray(ids) || ids.length < 2) throw new Problem('"union" must list at least two feature ids');
  const parts = ids.map((id) => {
    const f = ctx.feature(id, 'union');
    if (geometryKind(f.geometry) !== 'polygon') throw new Problem(`union: "${String(id)}" is not an area`);
    return f as Feature<Polygon | MultiPolygon>;
  });
  const merged = union(featureCollection(parts));
  if (!merged) throw new Problem('union: the parts leave nothing');
  return cleanArea(merged.geometry);
}

function circleArea(ctx: Context, c: ZoneRecipe['circle']): Polygon {
  if (!c || typeof c !== 'object') throw new Problem('"circle" must be { place, radiusM }');
  if (typeof c.radiusM !== 'number' || !(c.radiusM > 0)) throw new Problem('circle: radiusM must be a positive number');
  const centre = ctx.place(c.place, 'circle.place');
  return cleanArea(circle(centre, c.radiusM / 1000, { steps: 64, units: 'kilometers' }).geometry) as Polygon;
}

export function buildGeometry(ctx: Context, r: ZoneRecipe, expected: ZoneFile['geometry']): PlanGeometry {
  const keys = GEOMETRY_KEYS.filter((k) => r[k] !== undefined);
  if (keys.length !== 1) {
    throw new Problem(keys.length ? `exactly one geometry recipe allowed, found ${keys.join(' + ')}` : `no geometry recipe (one of ${GEOMETRY_KEYS.join(', ')})`);
  }
  const key = keys[0];
  if (key === 'sameAs') {
    const twin = ctx.feature(r.sameAs);
    const kind = geometryKind(twin.geometry);
    if (kind !== expected) throw new Problem(`"sameAs" copies a ${kind}, but the layer's geometry is ${expected}`);
    return structuredClone(twin.geometry);
  }
  if (KIND_OF[key] !== expected) throw new Problem(`"${key}" makes a ${KIND_OF[key]}, but the layer's geometry is ${expected}`);
  if (r.clip !== undefined && key !== 'ring') throw new Problem('"clip" only works with "ring"');
  switch (key) {
    case 'ring':
      return ringPolygon(ctx, r);
    case 'districts':
      return districtsUnion(ctx, r.districts);
    case 'circle':
      return circleArea(ctx, r.circle);
    case 'union':
      return featuresUnion(ctx, r.union);
    case 'line': {
      const coords = cleanPositions(walk(ctx, r.line, 'line'));
      if (coords.length < 2) throw new Problem('line has fewer than 2 distinct vertices');
      return { type: 'LineString', coordinates: coords } satisfies LineString;
    }
    case 'point':
      return { type: 'Point', coordinates: cleanPositions([ctx.place(r.point, 'point')])[0] } satisfies Point;
  }
}
