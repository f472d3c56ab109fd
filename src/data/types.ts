/**
 * The atlas' domain types: the data contract of geodata/ (see geodata/README.md)
 * as TypeScript. Every other module speaks in these terms.
 */
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { Bilingual } from '../lib/bilingual';
import type { Level } from './levels';
import type { LabelCollection } from './labels';

export type GeometryKind = 'polygon' | 'line' | 'point';

/** A citation of plan text: seed file name and 1-based line range "from-to". */
export interface Citation {
  file: string;
  lines: string;
}

export interface Drawing {
  /** How the geometry was made, in words a planner can check (place names, never internal ids). */
  method: Bilingual;
  /** Honest uncertainty radius of the edges, metres. */
  precisionM: number;
  /** Why it was drawn so, what is estimated and how far the drawing is from the plan's figures. */
  note?: Bilingual;
  /** Gazetteer place ids used as vertices, in order (built features only). */
  vertices?: string[];
  /** Built features whose estimated edge was fitted to the stated area: which edge and how far it moved. */
  fit?: FittedEdge;
}

/**
 * How an estimated edge is placed from the stated area (recipe key `fit`): its
 * estimated places move together along one bearing, never beyond ±bandM.
 */
export interface EdgeFit {
  /** The estimated places that make the edge (kind "estimated"); located places never move. */
  places: string[];
  /** Direction of a positive move, degrees clockwise from north. */
  bearingDeg: number;
  /** How far the evidence lets the edge lie either way, metres. */
  bandM: number;
  /** The edge in words, e.g. { zh: "绕城高速（估计）", en: "the 绕城高速 (estimated)" }. */
  edge: Bilingual;
}

/** The fit as built: the move the solve chose. */
export interface FittedEdge extends EdgeFit {
  /** Metres moved along the bearing (negative: the other way). */
  offsetM: number;
  /** The band's end was reached before the stated area: the remaining gap is real. */
  clamped: boolean;
}

export type RelationType = 'inside' | 'contains' | 'same-area' | 'overlaps';

/** Something the plan text says about two features, checked by the audit. */
export interface Relation {
  type: RelationType;
  target: string;
  source: Citation;
}

/** `properties` of every feature in geodata/layers/*.geojson and admin/districts.geojson. */
export interface PlanProperties {
  id: string;
  name: string;
  nameEn: string;
  layer: string;
  level: Level;
  statedAreaKm2?: number | null;
  sources: Citation[];
  district?: string;
  drawing: Drawing;
  relations?: Relation[];
}

/**
 * How an edge was drawn (geodata/edges, derived from the recipes at build time): between located places or
 * along a district border, touching an estimated place or a fitted edge, or the outline of a location mark.
 */
export type EdgeClass = 'located' | 'estimated' | 'mark';

/** `properties` of geodata/edges/<layer>.geojson: one stretch of a feature's outline (or line) with its class. */
export interface EdgeProperties {
  /** The feature the stretch belongs to (so it shares the feature's map state). */
  id: string;
  edge: EdgeClass;
  /** Where the true edge may lie: within this many metres either side. */
  precisionM: number;
}

export type EdgeCollection = FeatureCollection<LineString, EdgeProperties>;

export type PlanGeometry = Polygon | MultiPolygon | LineString | MultiLineString | Point;
export type PlanFeature<G extends Geometry = PlanGeometry> = Feature<G, PlanProperties>;
export type PlanCollection = FeatureCollection<PlanGeometry, PlanProperties>;
export type AreaFeature = PlanFeature<Polygon | MultiPolygon>;

/** The plan's own words (verbatim from the cited lines), optionally with our English translation. */
export interface CitedText {
  text: string;
  source: Citation;
  /** English translation of `text`, shown marked as a translation beside the Chinese original. */
  en?: string;
}

/** A project the plan ties to the feature. */
export interface Project {
  /** Verbatim from the cited lines. */
  name: string;
  /** English translation of the name. */
  nameEn?: string;
  /** Our note (status, year, which 专栏) in both languages; the line is in `source`, not in the note. */
  note?: Bilingual;
  source: Citation;
}

/** A statistic or result the plan or a report gives for the feature (e.g. 2020's figures), verbatim. */
export interface PlanResult extends CitedText {
  /** The year the result refers to, when the text says. */
  year?: number;
}

/** What the plan says about one feature (geodata/text/<layer>.json entry). */
export interface PlanText {
  aliases?: { name: string; source: Citation }[];
  boundaryText?: CitedText;
  positioning?: CitedText;
  projects?: Project[];
  results?: PlanResult[];
}

/**
 * A place the plan names in a layout that could not be drawn (no reference
 * locates it). Listed with the layer so readers see the gap, not a silence.
 */
export interface NotDrawn {
  /** Verbatim from the cited lines. */
  name: string;
  why: Bilingual;
  source: Citation;
}

/**
 * How a layer is drawn and whether it is on at first (header key `style`).
 * Colours stay distinguishable under translucent overlap (outline + light fill)
 * and for common colour-vision deficiencies (Okabe–Ito based).
 */
export interface LayerStyle {
  /** `#rrggbb`. */
  color: string;
  /** Fill opacity for polygons at 100 % layer opacity. */
  fillOpacity: number;
  visibleByDefault: boolean;
  /** Draw order within the map: higher draws on top. */
  order: number;
}

/**
 * What a layer is: the header of its file in geodata (zones/<layer>.json, or
 * admin/layer.json for the districts). The one place a layer is defined; the
 * data build validates it and carries it into the manifest as LayerInfo.
 */
export interface LayerHeader {
  layer: string;
  level: Level;
  title: Bilingual;
  geometry: GeometryKind;
  style: LayerStyle;
  /**
   * Short names in shared links (`l=e4,e6`): the first is written, every one is
   * read. Never drop or reuse one once published: old links depend on it.
   */
  aliases?: string[];
}

/** One layer as listed in the bundle manifest: its header, where its data is, and its gaps. */
export interface LayerInfo {
  id: string;
  level: Level;
  title: Bilingual;
  geometry: GeometryKind;
  style: LayerStyle;
  /** See LayerHeader.aliases. */
  aliases?: string[];
  /** Path of the layer's GeoJSON relative to the manifest. */
  file: string;
  featureCount: number;
  notDrawn?: NotDrawn[];
  /** Path of the layer's edge classes (an EdgeCollection), for polygon and line layers. */
  edges?: string;
  /** Path of the layer's label points (a LabelCollection, chosen by the data build), for polygon layers. */
  labels?: string;
}

/** A layer as the app holds it: its manifest entry (with its style) and its features. */
export interface AtlasLayer {
  info: LayerInfo;
  data: PlanCollection;
  /** How precise each edge is (polygon and line layers; geodata/edges). */
  edges?: EdgeCollection;
  /** Where each feature's name goes (polygon layers; src/data/labels.ts). */
  labels?: LabelCollection;
}

/** public/data/atlas.json: what the app loads first. */
export interface AtlasManifest {
  version: 1;
  layers: LayerInfo[];
  text: Record<string, PlanText>;
  /** Names of the gazetteer places the drawings pass (drawing.vertices), by place id. */
  placeNames?: Record<string, string>;
}

export const isAreaFeature = (f: PlanFeature): f is AreaFeature =>
  f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';

/** What a layer draws with this geometry: areas, lines or points. */
export const geometryKind = (g: PlanGeometry): GeometryKind =>
  g.type === 'Point' ? 'point' : g.type === 'LineString' || g.type === 'MultiLineString' ? 'line' : 'polygon';

// ---- Source files of geodata/ (places/*.json, zones/*.json), read by the zone builder ----

/** `shore-point`: a vertex of a located water outline (e.g. the 尖岗水库 shoreline from OpenStreetMap). */
export type PlaceKind = 'junction' | 'landmark' | 'facility' | 'road-point' | 'shore-point' | 'estimated';

/** One gazetteer point of geodata/places/<group>.json. */
export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  lon: number;
  lat: number;
  precisionM: number;
  /** The reference and record the point was taken from. */
  from: string;
  note?: string;
}

export interface PlacesFile {
  places: Place[];
}

/** One step of a `ring` or `line` recipe. */
export type RecipeStep =
  | { place: string }
  | { border: string; from: string; to: string; via?: string }
  /** `precisionM`: how far the hand-placed vertex may be off, when it is known better than the feature's figure. */
  | { lonlat: [number, number]; why: string; precisionM?: number };

/** One feature of geodata/zones/<layer>.json: contract properties plus exactly one geometry recipe. */
export interface ZoneRecipe {
  id: string;
  name: string;
  nameEn: string;
  statedAreaKm2?: number | null;
  sources: Citation[];
  district?: string;
  drawing: Drawing;
  relations?: Relation[];
  ring?: RecipeStep[];
  /** With `ring`: intersect the polygon with this district. */
  clip?: string;
  districts?: string[];
  line?: RecipeStep[];
  /**
   * With `line`: the line only strings together the places the plan names, which gives no course
   * (a belt joining mountains or cities): the whole line is a location mark, whatever its vertices.
   */
  mark?: true;
  point?: string;
  circle?: { place: string; radiusM: number };
  /** The same geometry as another feature (any layer): one entity drawn once, shown in two layouts. */
  sameAs?: string;
  /** The union of other area features (built earlier, any layer): a whole the plan says is made of these parts. */
  union?: string[];
  /** Place an estimated edge so the drawn area matches statedAreaKm2 (polygons only). */
  fit?: EdgeFit;
  /** Place ids the plan's words put inside this area (「包括…社区」): none may lie outside it beyond its precision. */
  includes?: string[];
}

/** geodata/zones/<layer>.json: the layer's header, then its recipes. */
export interface ZoneFile extends LayerHeader {
  features: ZoneRecipe[];
  /** Names in this layout the plan gives that are not drawn, and why. */
  notDrawn?: NotDrawn[];
}

/** One problem found by the geodata build or validation, printed as `file › featureId: problem`. */
export interface DataProblem {
  /** Path relative to geodata/, e.g. `layers/erqi-four-zones.geojson`. */
  file: string;
  /** The feature or entry concerned; `-` for the file as a whole. */
  featureId: string;
  problem: string;
}
