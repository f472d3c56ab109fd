/**
 * What one feature's build works with: the gazetteer (with fitted places
 * moved), the district polygons and the features built before it. Records
 * which places were used and every vertex walked, with where it comes from,
 * for the edge classes (edgeClasses.ts). A `Problem` thrown while building is
 * tagged with the layer and feature by build.ts.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { TracedVertex, VertexOrigin } from './edgeClasses';
import type { Place, PlanFeature } from '../../../src/data/types';

/** District polygons keyed by `properties.id` (geodata/admin/districts.geojson). */
export type Districts = FeatureCollection<Polygon | MultiPolygon, { id: string } & Record<string, unknown>>;

/** Thrown inside one feature's build; caught and tagged with layer and id. */
export class Problem extends Error {}

/** A district polygon's own precision (its features' `drawing.precisionM`), for edges along its border. */
export const borderPrecisionM = (d: Feature<Polygon | MultiPolygon>): number => Number((d.properties as { drawing?: { precisionM?: number } } | null)?.drawing?.precisionM ?? 0);

/** Resolves names against the gazetteer and districts, remembering which places were used and every vertex walked. */
export class Context {
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
