/**
 * The data audit (`npm run audit:data`): how each drawn polygon compares with
 * the plan's stated area and district, and whether each relation the plan
 * states between two features (inside, contains, same-area, overlaps) holds in
 * the drawing. Pure: the script loads the files and prints the tables.
 */
import { booleanPointInPolygon, length, along, lineString } from '@turf/turf';
import type { LineString, MultiLineString, Point, Position } from 'geojson';
import { overlapOfPrepared, prepareArea, type OverlapVerdict, type PreparedArea } from './overlap';
import { isAreaFeature, type AreaFeature, type PlanFeature, type RelationType } from '../data/types';

/** Stated areas of 5 km² or more must be met within 5 %, smaller ones within 10 %. */
export const LARGE_AREA_KM2 = 5;
export const AREA_TOLERANCE_LARGE = 0.05;
export const AREA_TOLERANCE_SMALL = 0.1;
/** A feature with `district` set must lie at least this share inside it. */
export const DISTRICT_MIN_SHARE = 0.95;

/**
 * What makes a stated relation hold. Looser than overlap.ts's verdicts on
 * purpose: boundaries are schematic, so the plan's words are checked with
 * room for edges drawn ±100–500 m off.
 */
export const RELATION_RULES: Record<RelationType, { text: string; holds: (m: Measure) => boolean }> = {
  inside: { text: 'share of feature ≥ 90 %', holds: (m) => m.shareOfA >= 0.9 },
  contains: { text: 'share of target ≥ 90 %', holds: (m) => m.shareOfB >= 0.9 },
  'same-area': { text: 'both shares ≥ 70 %', holds: (m) => m.shareOfA >= 0.7 && m.shareOfB >= 0.7 },
  overlaps: { text: 'intersection > 0', holds: (m) => m.shareOfA > 0 || m.shareOfB > 0 },
};

/** How much of a lies in b and of b in a; km² only when both are areas. */
export interface Measure {
  intersectionKm2: number | null;
  shareOfA: number;
  shareOfB: number;
  /** overlap.ts's verdict for two areas; null otherwise. */
  verdict: OverlapVerdict | null;
}

export interface AreaAudit {
  id: string;
  name: string;
  layer: string;
  drawnKm2: number;
  statedKm2: number | null;
  /** (drawn − stated) / stated; null without a stated area. */
  gap: number | null;
  /** Allowed |gap|: 0.05 or 0.10; null without a stated area. */
  tolerance: number | null;
  /** The district holding the largest share of the feature. */
  mainDistrict: string | null;
  mainDistrictShare: number;
  /** The `district` property, if set, and the share inside it. */
  expectedDistrict: string | null;
  expectedDistrictShare: number | null;
  areaOk: boolean | null;
  districtOk: boolean | null;
  /** Every check that applies passes. */
  ok: boolean;
}

export interface RelationAudit {
  featureId: string;
  type: RelationType;
  targetId: string;
  /** Null when the pair cannot be measured (target missing, or two lines/points). */
  measure: Measure | null;
  holds: boolean;
  note?: string;
}

export interface AuditReport {
  areas: AreaAudit[];
  relations: RelationAudit[];
  /** Areas off target plus relations that do not hold. */
  misses: number;
}

// ---- measuring a pair -----------------------------------------------------

/** Lines are measured by sampling: the share of points every this many metres inside the area. */
const LINE_SAMPLE_M = 50;

function lineSamples(g: LineString | MultiLineString): Position[] {
  const parts = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
  return parts.flatMap((coords) => {
    const line = lineString(coords);
    const km = length(line);
    const n = Math.max(1, Math.ceil((km * 1000) / LINE_SAMPLE_M));
    return Array.from({ length: n + 1 }, (_, i) => along(line, (km * i) / n).geometry.coordinates);
  });
}

/** Share of a point or line feature that lies in an area. */
function shareInside(f: PlanFeature, area: AreaFeature): number {
  const pts = f.geometry.type === 'Point' ? [(f.geometry as Point).coordinates] : lineSamples(f.geometry as LineString | MultiLineString);
  return pts.filter((p) => booleanPointInPolygon(p, area)).length / pts.length;
}

const prepared = new WeakMap<AreaFeature, PreparedArea>();
const prep = (f: AreaFeature) => prepared.get(f) ?? prepared.set(f, prepareArea(f)).get(f)!;

/** Measures a against b; null when neither is an area. */
export function measurePair(a: PlanFeature, b: PlanFeature): Measure | null {
  if (isAreaFeature(a) && isAreaFeature(b)) {
    const o = overlapOfPrepared(prep(a), prep(b));
    return { intersectionKm2: o.intersectionKm2, shareOfA: o.shareOfA, shareOfB: o.shareOfB, verdict: o.verdict };
  }
  // A point or line has no area: only the share of it inside the other side counts.
  if (isAreaFeature(b)) return { intersectionKm2: null, shareOfA: shareInside(a, b), shareOfB: 0, verdict: null };
  if (isAreaFeature(a)) return { intersectionKm2: null, shareOfA: 0, shareOfB: shareInside(b, a), verdict: null };
  return null;
}

// ---- the audit --------------------------------------------------------------

function auditArea(f: AreaFeature, districts: AreaFeature[]): AreaAudit {
  const p = f.properties;
  const me = prep(f);
  const stated = typeof p.statedAreaKm2 === 'number' ? p.statedAreaKm2 : null;
  const gap = stated ? (me.areaKm2 - stated) / stated : null;
  const tolerance = stated ? (stated >= LARGE_AREA_KM2 ? AREA_TOLERANCE_LARGE : AREA_TOLERANCE_SMALL) : null;

  const shares = new Map(districts.map((d) => [d.properties.id, overlapOfPrepared(me, prep(d)).shareOfA]));
  let mainDistrict: string | null = null;
  let mainDistrictShare = 0;
  for (const [id, share] of shares) if (share > mainDistrictShare) [mainDistrict, mainDistrictShare] = [id, share];
  const expectedDistrict = p.district ?? null;
  const expectedDistrictShare = expectedDistrict === null ? null : shares.get(expectedDistrict) ?? 0;

  const areaOk = gap === null || tolerance === null ? null : Math.abs(gap) <= tolerance;
  const districtOk = expectedDistrictShare === null ? null : expectedDistrictShare >= DISTRICT_MIN_SHARE;
  return {
    id: p.id, name: p.name, layer: p.layer, drawnKm2: me.areaKm2, statedKm2: stated, gap, tolerance,
    mainDistrict, mainDistrictShare, expectedDistrict, expectedDistrictShare, areaOk, districtOk,
    ok: areaOk !== false && districtOk !== false,
  };
}

/** Checks one stated relation; `byId` holds every feature, districts included. */
export function auditRelation(f: PlanFeature, type: RelationType, targetId: string, byId: Map<string, PlanFeature>): RelationAudit {
  const base = { featureId: f.properties.id, type, targetId };
  const target = byId.get(targetId);
  if (!target) return { ...base, measure: null, holds: false, note: 'target not found' };
  const measure = measurePair(f, target);
  if (!measure) return { ...base, measure, holds: false, note: 'neither feature is an area: not measurable' };
  const rule = RELATION_RULES[type];
  if (!rule) return { ...base, measure, holds: false, note: `unknown relation type "${type}"` };
  return { ...base, measure, holds: rule.holds(measure) };
}

/**
 * Audits every plan feature (not the districts themselves) against the
 * districts, and every relation the features state.
 */
export function auditAtlas(features: PlanFeature[], districts: AreaFeature[]): AuditReport {
  const byId = new Map<string, PlanFeature>([...districts, ...features].map((f) => [f.properties.id, f]));
  const areas = features.filter(isAreaFeature).map((f) => auditArea(f, districts));
  const relations = features.flatMap((f) => (f.properties.relations ?? []).map((r) => auditRelation(f, r.type, r.target, byId)));
  const misses = areas.filter((a) => !a.ok).length + relations.filter((r) => !r.holds).length;
  return { areas, relations, misses };
}
