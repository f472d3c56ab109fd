/**
 * Turns a zone recipe file (geodata/zones/<layer>.json) into GeoJSON, using the
 * gazetteer and the district polygons. Pure: no file access, so the builder
 * script and the tests share it. See geodata/README.md for the recipes.
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Place, PlanCollection, PlanFeature, PlanGeometry, PlanProperties, ZoneFile, ZoneRecipe } from '../../../src/data/types';
import { Context, Problem, type Districts } from './context';
import { featureEdges, type EdgeMap } from './edges';
import { fitEdge, newFitState, type FitState } from './fit';
import { contradicts, includedPlace } from './includes';
import { buildGeometry, GEOMETRY_KEYS } from './shapes';

export interface RecipeProblem {
  layer: string;
  featureId: string;
  problem: string;
}

/** Every problem found in one zone file, so authors can fix them in one pass. */
export class RecipeError extends Error {
  constructor(readonly problems: RecipeProblem[]) {
    super(problems.map((p) => `${p.layer} › ${p.featureId}: ${p.problem}`).join('\n'));
    this.name = 'RecipeError';
  }
}


const ALLOWED_KEYS = new Set<string>([
  'id', 'name', 'nameEn', 'statedAreaKm2', 'sources', 'district', 'drawing', 'relations', 'clip', 'fit', 'mark', 'includes', ...GEOMETRY_KEYS,
]);

/** `includes`: the places the plan's words put inside the feature must not lie outside it beyond their precision. */
function checkIncludes(r: ZoneRecipe, geometry: PlanGeometry, places: Map<string, Place>): void {
  if (r.includes === undefined) return;
  if (!Array.isArray(r.includes) || !r.includes.length) throw new Problem('"includes" must be a non-empty list of place ids');
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') throw new Problem('"includes" needs an area');
  for (const id of r.includes) {
    const place = typeof id === 'string' ? places.get(id) : undefined;
    if (!place) throw new Problem(`includes: unknown place id ${JSON.stringify(id)}`);
    const held = includedPlace(geometry, place);
    if (contradicts(held)) throw new Problem(`includes: "${place.name}" lies ${-held.marginM} m outside the drawn area, beyond its ±${place.precisionM} m`);
  }
}

function buildFeature(zone: ZoneFile, r: ZoneRecipe, places: Map<string, Place>, make: (p: Map<string, Place>) => Context, fits: FitState, edges: EdgeMap): PlanFeature {
  const unknown = Object.keys(r).filter((k) => !ALLOWED_KEYS.has(k));
  if (unknown.length) throw new Problem(`unknown key(s) ${unknown.map((k) => `"${k}"`).join(', ')}`);
  if (!r.drawing || typeof r.drawing !== 'object') throw new Problem('"drawing" missing');
  if (r.mark !== undefined && (r.mark !== true || r.line === undefined)) throw new Problem('"mark" is only `true`, with "line" (a line that only strings named places together)');
  const fitted = r.fit === undefined ? undefined : fitEdge(zone, r, places, make, fits);
  const ctx = make(fitted?.places ?? places);
  const geometry = buildGeometry(ctx, r, zone.geometry);
  checkIncludes(r, geometry, places);
  const traced = featureEdges(ctx, r, geometry, edges);
  if (traced.untraced) throw new Problem(`${traced.untraced} edge(s) of the built shape lie on no step of the recipe, so their precision is unknown`);
  edges.set(r.id, traced.runs);
  for (const id of ctx.used) if (!fits.usedBy.has(id)) fits.usedBy.set(id, r.id);
  const properties: PlanProperties = {
    id: r.id,
    name: r.name,
    nameEn: r.nameEn,
    layer: zone.layer,
    level: zone.level,
    statedAreaKm2: r.statedAreaKm2 ?? null,
    sources: r.sources,
    ...(r.district !== undefined && { district: r.district }),
    drawing: { ...r.drawing, vertices: ctx.used, ...(fitted && { fit: fitted.fit }) },
    ...(r.relations !== undefined && { relations: r.relations }),
  };
  return { type: 'Feature', properties, geometry };
}

/**
 * Builds every feature of a zone file. Throws a RecipeError listing every
 * feature that could not be built (unknown place, missing `why`, …).
 */
export function buildLayer(
  zone: ZoneFile,
  places: Place[],
  districts: Districts,
  built: ReadonlyMap<string, PlanFeature> = new Map(),
  fits: FitState = newFitState(),
  /** Receives each feature's edge runs (and gives those of features built before, for `sameAs` and `union`). */
  edges: EdgeMap = new Map(),
): PlanCollection {
  const layer = typeof zone?.layer === 'string' && zone.layer ? zone.layer : '(no layer)';
  const fail = (featureId: string, problem: string) => new RecipeError([{ layer, featureId, problem }]);
  if (layer === '(no layer)') throw fail('-', '"layer" missing');
  if (!['polygon', 'line', 'point'].includes(zone.geometry)) throw fail('-', `"geometry" must be polygon, line or point, got ${JSON.stringify(zone.geometry)}`);
  if (!Array.isArray(zone.features)) throw fail('-', '"features" must be a list');

  // Places an earlier fit moved are drawn where the fit put them. This layer's fits count only if it builds.
  const placeMap = new Map(places.map((p) => [p.id, fits.moved.get(p.id) ?? p]));
  const local: FitState = { moved: new Map(fits.moved), bandM: new Map(fits.bandM), usedBy: new Map(fits.usedBy) };
  const localEdges: EdgeMap = new Map(edges);
  const districtMap = new Map(districts.features.map((d) => [String(d.properties.id), d as Feature<Polygon | MultiPolygon>]));
  const problems: RecipeProblem[] = [];
  const features: PlanFeature[] = [];
  // Features earlier in this file count as built too, so a whole can follow its parts.
  const known = new Map(built);
  zone.features.forEach((r, i) => {
    const featureId = typeof r?.id === 'string' && r.id ? r.id : `#${i + 1}`;
    try {
      if (featureId.startsWith('#')) throw new Problem('"id" missing');
      const feature = buildFeature(zone, r, placeMap, (p) => new Context(p, districtMap, known, local.bandM), local, localEdges);
      known.set(feature.properties.id, feature);
      features.push(feature);
      for (const [id, moved] of local.moved) placeMap.set(id, moved); // later features draw the fitted line
    } catch (e) {
      // Turf's own errors (degenerate input) are reported the same way as ours.
      problems.push({ layer, featureId, problem: e instanceof Error ? e.message : String(e) });
    }
  });
  if (problems.length) throw new RecipeError(problems);
  for (const [id, p] of local.moved) fits.moved.set(id, p);
  for (const [id, b] of local.bandM) fits.bandM.set(id, b);
  for (const [id, f] of local.usedBy) fits.usedBy.set(id, f);
  for (const [id, runs] of localEdges) edges.set(id, runs);
  return { type: 'FeatureCollection', features };
}
