/**
 * What an export holds: named layers of features with flat attributes (text, number,
 * true/false or empty), the same in every format. Plan layers, any FeatureCollection
 * (the projects, or whatever comes next), imported sites, sketches and proposals each
 * become one layer here; the writers (src/export/formats/) only lay them out.
 *
 * Attribute names are short ASCII (at most 10 characters, so a shapefile keeps them
 * whole): id, name, name_en, kind, layer, layer_name, citation, cite_zh, stated_km2,
 * drawn_km2, length_km, prec_m, method, note, colour. Areas are on the ellipsoid
 * (GeographicLib), lengths geodesic.
 */
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { ellipsoidalAreaKm2 } from '../analysis/ellipsoidalArea';
import { pathLengthM } from '../analysis/measure';
import type { ProposalDiff } from '../analysis/proposalDiff';
import type { AtlasLayer, Citation } from '../data/types';
import type { ProposalItem, SiteItem, SketchItem } from '../data/userItems';
import type { Bilingual } from '../lib/bilingual';
import { citationText } from './citationText';
import { proposalFeature } from './proposalGeoJson';

export type FlatValue = string | number | boolean | null;
export type FlatProperties = Record<string, FlatValue>;
export type ExportFeature = Feature<Geometry, FlatProperties>;

export interface ExportLayer {
  /** ASCII, used in file names (a shapefile per layer) and as the fallback layer name. */
  id: string;
  title: Bilingual;
  features: ExportFeature[];
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

/** Area of a polygon, km² (4 decimals: 100 m²); null for other geometries. */
export function drawnKm2(g: Geometry | null): number | null {
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return null;
  return round(ellipsoidalAreaKm2(g as Polygon | MultiPolygon), 4);
}

/** Length of a line, km (3 decimals: 1 m); null for other geometries. */
export function lengthKm(g: Geometry | null): number | null {
  if (!g) return null;
  if (g.type === 'LineString') return round(pathLengthM((g as LineString).coordinates) / 1000, 3);
  if (g.type === 'MultiLineString') return round((g as MultiLineString).coordinates.reduce((s, l) => s + pathLengthM(l), 0) / 1000, 3);
  return null;
}

export const citationsText = (cs: readonly Citation[]): string => cs.map((c) => `${c.file}:${c.lines}`).join('; ');
const citationsZh = (cs: readonly Citation[]): string => cs.map((c) => citationText(c, 'zh')).join('；');

/** Any value as a flat attribute: objects and lists as JSON text. */
function flat(value: unknown): FlatValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return JSON.stringify(value);
}

/** One plan layer with its record's figures: what the plan states and what is drawn, how precise, where cited. */
export function planLayerExport(layer: AtlasLayer): ExportLayer {
  const { info } = layer;
  return {
    id: info.id,
    title: info.title,
    features: layer.data.features.map((f) => {
      const p = f.properties;
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          id: p.id,
          name: p.name,
          name_en: p.nameEn,
          kind: 'plan',
          layer: info.id,
          layer_name: info.title.zh,
          citation: citationsText(p.sources),
          cite_zh: citationsZh(p.sources),
          stated_km2: p.statedAreaKm2 ?? null,
          drawn_km2: drawnKm2(f.geometry),
          length_km: lengthKm(f.geometry),
          prec_m: p.drawing.precisionM,
          method: p.drawing.method.zh,
          district: p.district ?? null,
        },
      };
    }),
  };
}

/**
 * Any FeatureCollection as a layer (the projects layer, or another the atlas adds):
 * its own attributes flattened, plus kind, layer and the drawn area or length.
 */
export function collectionExport(id: string, title: Bilingual, fc: FeatureCollection, kind = id): ExportLayer {
  return {
    id,
    title,
    features: fc.features
      .filter((f) => f.geometry)
      .map((f) => {
        const own = Object.fromEntries(Object.entries(f.properties ?? {}).map(([k, v]) => [k, flat(v)]));
        return {
          type: 'Feature',
          geometry: f.geometry,
          properties: {
            ...own,
            kind,
            layer: id,
            layer_name: title.zh,
            drawn_km2: drawnKm2(f.geometry),
            length_km: lengthKm(f.geometry),
          },
        };
      }),
  };
}

const OWN_KEYS = new Set(['id', 'name', 'kind', 'layer', 'layer_name', 'source', 'drawn_km2']);

/** Imported sites, one layer for all files: the file's own attributes kept (renamed a_… where they clash with ours). */
export function sitesExport(items: readonly Pick<SiteItem, 'id' | 'name' | 'summary'>[]): ExportLayer {
  return {
    id: 'imported-sites',
    title: { zh: '导入地块', en: 'Imported sites' },
    features: items.flatMap((item) =>
      item.summary.sites.map((s) => {
        const attrs = Object.fromEntries(Object.entries(s.properties.attrs).map(([k, v]) => [OWN_KEYS.has(k) ? `a_${k}` : k, flat(v)]));
        return {
          type: 'Feature' as const,
          geometry: s.geometry,
          properties: {
            id: `${item.id}/${s.properties.id}`,
            name: s.properties.name,
            kind: 'site',
            layer: 'imported-sites',
            layer_name: item.name,
            source: s.properties.sourceFile,
            drawn_km2: drawnKm2(s.geometry),
            ...attrs,
          },
        };
      }),
    ),
  };
}

export function sketchesExport(items: readonly SketchItem[]): ExportLayer {
  return {
    id: 'sketches',
    title: { zh: '草图', en: 'Sketches' },
    features: items.map((s) => ({
      type: 'Feature',
      geometry: s.geometry,
      properties: {
        id: s.id,
        name: s.name,
        kind: 'sketch',
        layer: 'sketches',
        layer_name: '草图',
        note: s.note,
        colour: s.colour,
        drawn_km2: drawnKm2(s.geometry),
        length_km: lengthKm(s.geometry),
        created: new Date(s.created).toISOString(),
        updated: new Date(s.updated).toISOString(),
      },
    })),
  };
}

/**
 * Boundary proposals: the proposed outline. With its diff against the drawn feature
 * (what the proposal tool computes) the attributes are export/proposalGeoJson's;
 * without, the plain figures.
 */
export function proposalsExport(items: readonly ProposalItem[], diffOf: (p: ProposalItem) => ProposalDiff | null = () => null): ExportLayer {
  return {
    id: 'proposals',
    title: { zh: '边界建议', en: 'Boundary proposals' },
    features: items.map((p): ExportFeature => {
      const diff = diffOf(p);
      if (diff) return proposalFeature(p, diff) as ExportFeature;
      return {
        type: 'Feature',
        geometry: p.proposed,
        properties: {
          id: p.id,
          name: p.name,
          kind: 'proposal',
          layer: p.layerId,
          feature_id: p.featureId,
          citation: citationsText(p.citations),
          cite_zh: citationsZh(p.citations),
          note: p.note,
          drawn_km2: drawnKm2(p.original),
          prop_km2: drawnKm2(p.proposed),
          created: new Date(p.created).toISOString(),
          updated: new Date(p.updated).toISOString(),
        },
      };
    }),
  };
}

/**
 * The stretches of the plan's outline the proposals move, one line each (its own layer: a Shapefile holds one
 * kind of shape): the proposal, the plan feature, the edge's class and ± band, the side, how far it moved and
 * whether that stays inside the band. Proposals without a diff (their plan feature gone) have none.
 */
export function proposalEdgesExport(items: readonly ProposalItem[], diffOf: (p: ProposalItem) => ProposalDiff | null): ExportLayer {
  return {
    id: 'proposal_edges',
    title: { zh: '边界建议：移动的边段', en: 'Boundary proposals: moved stretches' },
    features: items.flatMap((p) =>
      (diffOf(p)?.moved ?? []).map(
        (m, i): ExportFeature => ({
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: m.coordinates },
          properties: {
            id: `${p.id}-edge-${i + 1}`,
            name: p.name,
            kind: 'moved-edge',
            layer: p.layerId,
            feature_id: p.featureId,
            citation: citationsText(p.citations),
            edge: m.edge,
            prec_m: m.precisionM,
            side: m.side,
            moved_m: round(m.movedM, 1),
            in_band: m.withinBand,
            length_km: round(m.lengthM / 1000, 3),
          },
        }),
      ),
    ),
  };
}
