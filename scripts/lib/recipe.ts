/**
 * Turns a zone recipe file (geodata/zones/<layer>.json) into GeoJSON, using the
 * gazetteer and the district polygons. Pure: no file access, so the builder
 * script and the tests share it. See geodata/README.md for the recipes.
 */
import { area, booleanClockwise, circle, featureCollection, intersect, length, lineString, nearestPointOnLine, pointToLineDistance, union } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { closeRing, withoutSpikes } from '../../src/lib/rings';
import { fromPolygons, polygonsOf } from '../../src/lib/polygons';
import { round6 } from '../../src/lib/round6';
import { splitTouchingRings } from '../../src/lib/touchingRings';
import { movedPlace, solveOffset } from './edgeFit';
import { markRuns, outlineSegments, runSegments, traceEdges, walkIsMark, walkSegments, type EdgeRun, type TracedEdges, type TracedVertex, type VertexOrigin } from './edgeClasses';
import { geometryKind, type FittedEdge, type Place, type PlanCollection, type PlanFeature, type PlanGeometry, type PlanProperties, type RecipeStep, type ZoneFile, type ZoneRecipe } from '../../src/data/types';

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

/** District polygons keyed by `properties.id` (geodata/admin/districts.geojson). */
export type Districts = FeatureCollection<Polygon | MultiPolygon, { id: string } & Record<string, unknown>>;

/** Thrown inside one feature's build; caught and tagged with layer and id. */
class Problem extends Error {}

const GEOMETRY_KEYS = ['ring', 'districts', 'line', 'point', 'circle', 'sameAs', 'union'] as const;
const ALLOWED_KEYS = new Set<string>([
  'id', 'name', 'nameEn', 'statedAreaKm2', 'sources', 'district', 'drawing', 'relations', 'clip', 'fit', 'mark', ...GEOMETRY_KEYS,
]);
const KIND_OF: Record<Exclude<(typeof GEOMETRY_KEYS)[number], 'sameAs'>, ZoneFile['geometry']> = {
  ring: 'polygon', districts: 'polygon', circle: 'polygon', union: 'polygon', line: 'line', point: 'point',
};

const samePos = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Rounds to 6 decimals and drops consecutive duplicates (which rounding can create). */
export function cleanPositions(positions: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of positions) {
    const q = [round6(p[0]), round6(p[1])];
    if (!out.length || !samePos(out[out.length - 1], q)) out.push(q);
  }
  return out;
}

/**
 * Spurs narrower than this (degrees, about 1 m) are dropped from rings: a place a few
 * metres off the border it is followed from would otherwise make the ring run out and
 * back across itself (invalid by OGC rules) for no drawable difference.
 */
const SPUR_DEG = 1e-5;

/** Closed, cleaned ring turned as asked; null if fewer than 3 distinct corners remain. */
function orientedRing(positions: Position[], clockwise: boolean): Position[] | null {
  const closed = closeRing(cleanPositions(positions));
  const ring = closed && withoutSpikes(closed, SPUR_DEG);
  if (!ring || ring.length < 4 || new Set(ring.map((p) => `${p[0]},${p[1]}`)).size < 3) return null;
  // RFC 7946: exterior rings counter-clockwise, holes clockwise.
  return booleanClockwise(ring) === clockwise ? ring : ring.reverse();
}

function cleanPolygonCoords(rings: Position[][]): Position[][] | null {
  const exterior = orientedRing(rings[0], false);
  if (!exterior) return null;
  const holes = rings.slice(1).map((r) => orientedRing(r, true)).filter((r): r is Position[] => r !== null);
  return [exterior, ...holes];
}

/**
 * Cleans a polygon result of turf (clip/union/circle); parts that rounding collapses are dropped.
 * The clipper may return rings touching themselves at a vertex (and rounding can make them):
 * those are split so the output is valid by OGC rules.
 */
function cleanArea(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const parts = polygonsOf(g)
    .map(cleanPolygonCoords)
    .filter((p): p is Position[][] => p !== null);
  if (!parts.length) throw new Problem('the polygon collapses to nothing at 6 decimals');
  return splitTouchingRings(fromPolygons(parts));
}

/** A district polygon's own precision (its features' `drawing.precisionM`), for edges along its border. */
const borderPrecisionM = (d: Feature<Polygon | MultiPolygon>): number => Number((d.properties as { drawing?: { precisionM?: number } } | null)?.drawing?.precisionM ?? 0);

/** Resolves names against the gazetteer and districts, remembering which places were used and every vertex walked. */
class Context {
  readonly used: string[] = [];
  /** The vertices of the ring or line walked, with where each comes from (for the edge classes). */
  readonly trace: TracedVertex[] = [];
  constructor(
    private readonly places: Map<string, Place>,
    private readonly districts: Map<string, Feature<Polygon | MultiPolygon>>,
    private readonly built: ReadonlyMap<string, PlanFeature> = new Map(),
    /** Bands of the places fitted edges moved: those edges are estimated at least that wide. */
    private readonly bands: ReadonlyMap<string, number> = new Map(),
  ) {}

  /** What a place vertex tells about the edges at it. */
  placeOrigin(id: string): VertexOrigin {
    const p = this.places.get(id)!;
    const band = this.bands.get(id);
    return { kind: 'place', estimated: p.kind === 'estimated' || band !== undefined, precisionM: Math.max(p.precisionM, band ?? 0) };
  }

  /** A feature already built, from another layer or earlier in this one (for `sameAs` and `union`). */
  feature(id: unknown, role = 'sameAs'): PlanFeature {
    if (typeof id !== 'string' || !id) throw new Problem(`${role}: feature id missing`);
    const f = this.built.get(id);
    if (!f) throw new Problem(`${role}: unknown or not yet built feature "${id}"`);
    for (const v of f.properties.drawing.vertices ?? []) if (!this.used.includes(v)) this.used.push(v);
    return f;
  }

  place(id: unknown, role: string): Position {
    if (typeof id !== 'string' || !id) throw new Problem(`${role}: place id missing`);
    const p = this.places.get(id);
    if (!p) throw new Problem(`${role}: unknown place id "${id}"`);
    if (!this.used.includes(id)) this.used.push(id);
    return [p.lon, p.lat];
  }

  district(id: unknown, role: string): Feature<Polygon | MultiPolygon> {
    if (typeof id !== 'string' || !id) throw new Problem(`${role}: district id missing`);
    const d = this.districts.get(id);
    if (!d) throw new Problem(`${role}: unknown district id "${id}" (known: ${[...this.districts.keys()].join(', ')})`);
    return d;
  }
}

/** A position on a closed ring: the segment it lies on and how far along that segment. */
interface RingPoint {
  pos: Position;
  segment: number;
  along: number;
}

function project(ring: Position[], pt: Position): RingPoint & { distanceKm: number } {
  const snapped = nearestPointOnLine(lineString(ring), pt);
  const { segmentIndex, segmentDistance, pointDistance } = snapped.properties;
  return { pos: snapped.geometry.coordinates, segment: segmentIndex, along: segmentDistance, distanceKm: pointDistance };
}

/** Walks the ring forward (in vertex order) from a to b, endpoints included. */
function walkForward(ring: Position[], a: RingPoint, b: RingPoint): Position[] {
  const n = ring.length - 1; // segments; ring[n] repeats ring[0]
  const path = [a.pos];
  const sameSegmentAhead = a.segment === b.segment && a.along <= b.along;
  if (!sameSegmentAhead) {
    // Vertices a.segment+1 … b.segment, wrapping round the ring's start.
    let k = (a.segment + 1) % n;
    for (;;) {
      path.push(ring[k]);
      if (k === b.segment) break;
      k = (k + 1) % n;
    }
  }
  path.push(b.pos);
  return path;
}

/** The exterior ring of the district part that lies nearest the point. */
function nearestExterior(d: Feature<Polygon | MultiPolygon>, pt: Position): Position[] {
  const exteriors = d.geometry.type === 'Polygon' ? [d.geometry.coordinates[0]] : d.geometry.coordinates.map((p) => p[0]);
  let best = exteriors[0];
  let bestKm = Infinity;
  for (const ring of exteriors) {
    const km = project(ring, pt).distanceKm;
    if (km < bestKm) [best, bestKm] = [ring, km];
  }
  return best;
}

/** The stretch of a district border between the points nearest `from` and `to`. */
function borderStretch(ctx: Context, step: { border: string; from: string; to: string; via?: string }): Position[] {
  const district = ctx.district(step.border, 'border');
  const from = ctx.place(step.from, 'border.from');
  const via = step.via === undefined ? undefined : ctx.place(step.via, 'border.via');
  const to = ctx.place(step.to, 'border.to');
  const ring = nearestExterior(district, from);
  if (nearestExterior(district, to) !== ring) throw new Problem(`border ${step.border}: "${step.from}" and "${step.to}" are nearest different parts of the district`);
  const a = project(ring, from);
  const b = project(ring, to);
  const forward = walkForward(ring, a, b);
  const backward = walkForward(ring, b, a).reverse();
  let path: Position[];
  if (via) {
    const off = (p: Position[]) => (p.length < 2 ? Infinity : pointToLineDistance(via, lineString(p)));
    path = off(forward) <= off(backward) ? forward : backward;
  } else {
    const km = (p: Position[]) => (p.length < 2 ? 0 : length(lineString(p)));
    path = km(forward) <= km(backward) ? forward : backward;
  }
  const origin: VertexOrigin = { kind: 'border', precisionM: borderPrecisionM(district) };
  ctx.trace.push(...path.map((pos) => ({ pos, origin })));
  return path;
}

function stepPositions(ctx: Context, step: RecipeStep, i: number): Position[] {
  const s = step as Record<string, unknown>;
  if ('place' in s) {
    const pos = ctx.place(s.place, `step ${i + 1} place`);
    ctx.trace.push({ pos, origin: ctx.placeOrigin(s.place as string) });
    return [pos];
  }
  if ('border' in s) {
    for (const k of ['from', 'to'] as const) if (typeof s[k] !== 'string') throw new Problem(`step ${i + 1} border: "${k}" place id missing`);
    return borderStretch(ctx, step as { border: string; from: string; to: string; via?: string });
  }
  if ('lonlat' in s) {
    const ll = s.lonlat;
    if (!Array.isArray(ll) || ll.length !== 2 || !ll.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      throw new Problem(`step ${i + 1} lonlat: expected [lon, lat] numbers`);
    }
    if (typeof s.why !== 'string' || !s.why.trim()) throw new Problem(`step ${i + 1} lonlat: "why" is required for an explicit vertex`);
    const precisionM = s.precisionM;
    if (precisionM !== undefined && !(typeof precisionM === 'number' && Number.isFinite(precisionM) && precisionM > 0)) {
      throw new Problem(`step ${i + 1} lonlat: "precisionM" must be a positive number of metres, got ${JSON.stringify(precisionM)}`);
    }
    ctx.trace.push({ pos: ll as Position, origin: precisionM === undefined ? { kind: 'lonlat' } : { kind: 'lonlat', precisionM } });
    return [ll as Position];
  }
  throw new Problem(`step ${i + 1}: expected "place", "border" or "lonlat", got ${JSON.stringify(step)}`);
}

function walk(ctx: Context, steps: unknown, key: string): Position[] {
  if (!Array.isArray(steps) || !steps.length) throw new Problem(`"${key}" must be a non-empty list of steps`);
  return steps.flatMap((s: RecipeStep, i) => stepPositions(ctx, s, i));
}

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

function buildGeometry(ctx: Context, r: ZoneRecipe, expected: ZoneFile['geometry']): PlanGeometry {
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

/**
 * Places moved by fitted edges, shared by every layer of one build so that a
 * neighbour drawn later follows the same fitted line; `usedBy` remembers who
 * drew with a place first, so a fit cannot move a place someone already used.
 */
export interface FitState {
  moved: Map<string, Place>;
  /** The band of the fit that moved each place: the edges at it are that uncertain. */
  bandM: Map<string, number>;
  usedBy: Map<string, string>;
}
export const newFitState = (): FitState => ({ moved: new Map(), bandM: new Map(), usedBy: new Map() });

const kmOf = (g: PlanGeometry) => (g.type === 'Polygon' || g.type === 'MultiPolygon' ? area(g) / 1e6 : 0);

/** Solves the recipe's `fit` and returns the place map with the edge's places moved. */
function fitEdge(zone: ZoneFile, r: ZoneRecipe, places: Map<string, Place>, make: (p: Map<string, Place>) => Context, fits: FitState): { places: Map<string, Place>; fit: FittedEdge } {
  const f = r.fit!;
  if (zone.geometry !== 'polygon') throw new Problem('fit: only polygons have an area to fit');
  if (typeof r.statedAreaKm2 !== 'number') throw new Problem('fit: needs statedAreaKm2');
  if (!Array.isArray(f.places) || !f.places.length) throw new Problem('fit: "places" must list the estimated places of the edge');
  if (!(typeof f.bandM === 'number' && f.bandM > 0) || typeof f.bearingDeg !== 'number') throw new Problem('fit: bandM (> 0) and bearingDeg are required');
  if (!f.edge || typeof f.edge.zh !== 'string' || typeof f.edge.en !== 'string') throw new Problem('fit: "edge" must be { zh, en }');
  for (const id of f.places) {
    const p = places.get(id);
    if (!p) throw new Problem(`fit: unknown place id "${id}"`);
    if (p.kind !== 'estimated') throw new Problem(`fit: "${id}" is ${p.kind}, and located places never move (only kind "estimated")`);
    const user = fits.usedBy.get(id);
    if (user && user !== r.id) throw new Problem(`fit: "${id}" was already drawn with by ${user}; fit the edge in the feature built first`);
    if (fits.moved.has(id)) throw new Problem(`fit: "${id}" was already moved by another fit`);
  }
  const shifted = (offsetM: number) => {
    const copy = new Map(places);
    for (const id of f.places) copy.set(id, movedPlace(places.get(id)!, offsetM, f.bearingDeg));
    return copy;
  };
  const solution = solveOffset((d) => kmOf(buildGeometry(make(shifted(d)), r, zone.geometry)), r.statedAreaKm2, f.bandM);
  const moved = shifted(solution.offsetM);
  for (const id of f.places) {
    fits.moved.set(id, moved.get(id)!);
    fits.bandM.set(id, f.bandM);
  }
  return { places: moved, fit: { ...f, ...solution } };
}

/** Edges of features built so far, by feature id (what `sameAs` and `union` take theirs from). */
export type EdgeMap = Map<string, EdgeRun[]>;

/** The precision classes of a built feature's edges, from how its recipe made them (edgeClasses.ts). */
function featureEdges(ctx: Context, r: ZoneRecipe, geometry: PlanGeometry, edges: ReadonlyMap<string, EdgeRun[]>): TracedEdges {
  const key = GEOMETRY_KEYS.find((k) => r[k] !== undefined)!;
  const precisionM = r.drawing.precisionM;
  const fallback = { edge: 'estimated' as const, precisionM };
  const borders = (id: string) => {
    const d = ctx.district(id, 'border');
    return outlineSegments(d.geometry, 'located', borderPrecisionM(d));
  };
  switch (key) {
    case 'point':
      return { runs: [], untraced: 0 };
    case 'circle':
      return { runs: markRuns(geometry, precisionM), untraced: 0 };
    case 'sameAs':
      return { runs: structuredClone(edges.get(r.sameAs!) ?? []), untraced: 0 };
    case 'districts':
      return traceEdges(geometry, r.districts!.flatMap(borders), fallback);
    case 'union':
      return traceEdges(geometry, r.union!.flatMap((id) => runSegments(edges.get(id) ?? [])), fallback);
    case 'ring':
    case 'line': {
      const closed = key === 'ring';
      if (r.mark === true || walkIsMark(ctx.trace, closed)) return { runs: markRuns(geometry, precisionM), untraced: 0 };
      const sources = walkSegments(ctx.trace, closed, precisionM);
      if (r.clip !== undefined) sources.push(...borders(r.clip));
      return traceEdges(geometry, sources, fallback);
    }
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
