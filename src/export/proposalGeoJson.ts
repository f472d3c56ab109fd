/**
 * A boundary proposal as GeoJSON a maintainer of the atlas can read: the proposed outline with flat attributes
 * (the plan feature's id and layer, the plan's citation, the note, stated area and the area before and after,
 * the moved edges in words), and each moved stretch of the old outline as a line with its class, band and move.
 * Flat attributes, so the same properties also fit a Shapefile's or CSV's columns.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { ProposalDiff } from '../analysis/proposalDiff';
import type { Citation } from '../data/types';
import { citationText } from './citationText';

export interface ProposalLike {
  id: string;
  name: string;
  featureId: string;
  layerId: string;
  citations: Citation[];
  note: string;
  proposed: Polygon | MultiPolygon;
  created: number;
  updated: number;
}

const round = (v: number, digits: number): number => Number(v.toFixed(digits));
const share = (v: number | null): number | null => (v === null ? null : round(v * 100, 1));

/** The moved edges in one line: "estimated ±120 m sw: 85 m (in band); located ±80 m n: 210 m (beyond band)". */
export function movedEdgesText(diff: ProposalDiff): string {
  return diff.moved
    .map((m) => `${m.edge ?? 'outline'}${m.precisionM === null ? '' : ` ±${m.precisionM} m`} ${m.side}: ${Math.round(m.movedM)} m (${m.withinBand ? 'in band' : 'beyond band'})`)
    .join('; ');
}

export function proposalFeature(p: ProposalLike, diff: ProposalDiff): Feature<Polygon | MultiPolygon> {
  return {
    type: 'Feature',
    id: p.id,
    geometry: p.proposed,
    properties: {
      kind: 'proposal',
      proposal_id: p.id,
      feature_id: p.featureId,
      layer: p.layerId,
      name: p.name,
      citation: p.citations.map((c) => `${c.file}:${c.lines}`).join('; '),
      citation_zh: p.citations.map((c) => citationText(c, 'zh')).join('；'),
      note: p.note,
      stated_km2: diff.statedAreaKm2,
      drawn_km2: round(diff.areaBeforeKm2, 4),
      proposed_km2: round(diff.areaAfterKm2, 4),
      gap_drawn_pct: share(diff.gapBefore),
      gap_proposed_pct: share(diff.gapAfter),
      moved_edges: movedEdgesText(diff),
      located_moved: diff.touched.located.moved,
      estimated_moved: diff.touched.estimated.moved,
      beyond_band: diff.touched.located.beyondBand + diff.touched.estimated.beyondBand + diff.touched.mark.beyondBand,
      self_crossing: diff.selfCrossing,
      created: new Date(p.created).toISOString(),
      updated: new Date(p.updated).toISOString(),
    },
  };
}

/** The proposal and the old stretches it moves, as one collection (WGS-84 lon/lat, as GeoJSON is). */
export function proposalCollection(p: ProposalLike, diff: ProposalDiff): FeatureCollection<Geometry> {
  return {
    type: 'FeatureCollection',
    features: [
      proposalFeature(p, diff),
      ...diff.moved.map((m) => ({
        type: 'Feature' as const,
        geometry: { type: 'LineString' as const, coordinates: m.coordinates },
        properties: {
          kind: 'moved-edge',
          proposal_id: p.id,
          feature_id: p.featureId,
          edge: m.edge,
          precision_m: m.precisionM,
          moved_m: round(m.movedM, 1),
          in_band: m.withinBand,
          side: m.side,
        },
      })),
    ],
  };
}
