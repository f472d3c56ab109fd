/**
 * Where the map names each area, chosen once at build time (the browser computes none).
 *
 * Each polygon's name goes at its pole of inaccessibility (polylabel): the inner point farthest from the
 * outline, measured in a metric stretched to a name's shape (a name is about three times wider than tall,
 * so a point needs more room sideways than up and down). Smaller things are named first: what lies inside an
 * area (its boards inside a zone, the zones and boards inside a district, the centres inside a board) and
 * its smaller neighbours. Their names keep a clearance that the area's own name stays out of (the pole of
 * the area less those clearances), so a zone's name and its boards' names do not sit on one another, two
 * boards side by side are named apart, and 二七区 is not written beside 二七新区.
 * Only the layers on at first keep clearances: they are what the home view names.
 *
 * For each name the build also notes the first zoom at which the full name fits inside its shape; below it
 * the map writes the short name (geodata/labels.json), from street zoom the full one.
 *
 * One shape drawn in two layers under one name (the city plan's 二七商圈 is the district's 二七商圈板块, `sameAs`)
 * is named once: the finer layer's label (placed first) names it, and the other's label is marked as its twin
 * (`twinOf`, `twinLayer`), at the same point, for the map to write only while the finer layer is hidden.
 */
import polylabel from 'polylabel';
import { area as turfArea, bbox, difference, featureCollection, multiPolygon, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { Bilingual } from '../../src/lib/bilingual';
import type { DataProblem, GeometryKind, PlanCollection, PlanFeature } from '../../src/data/types';
import type { Level } from '../../src/data/levels';
import { FULL_NAME_ZOOM, labelBoxPx, labelTextPx, type LabelCollection, type LabelProperties } from '../../src/data/labels';

export const SHORT_NAMES_FILE = 'labels.json';

/** geodata/labels.json: short names by feature id (either language or both), for areas whose full name does not fit at overview zooms. */
export type ShortNames = Record<string, Partial<Bilingual>>;

export interface LabelLayer {
  id: string;
  level: Level;
  geometry: GeometryKind;
  /** Draw order (style.order): on equal areas, the layer drawn higher (the finer one) is named first. */
  order: number;
  visibleByDefault: boolean;
  data: PlanCollection;
}

/** A name is about this many times taller than wide: the pole is found where a box of that shape fits best. */
const NAME_ASPECT = 0.35;
const EARTH_RADIUS_M = 6378137;
/** Metres per pixel at zoom 0 at the equator (MapLibre's 512 px world). */
const MPP_Z0 = (2 * Math.PI * EARTH_RADIUS_M) / 512;
/** Areas within this share of each other's size count as the same size (one shape drawn for two plan areas). */
const SAME_SIZE = 0.005;

type Area = Polygon | MultiPolygon;
const isArea = (f: PlanFeature): f is PlanFeature<Area> => f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';

/** A name placed before: where, and the box (px) its overview name takes. */
interface Placed {
  at: Position;
  box: { width: number; height: number };
}

/**
 * The zoom the clearances are reckoned at: about the phone's home view (z9.9; a desktop's is 10.7, where
 * names take less ground). Two names closer than their boxes at this zoom would collide there.
 */
export const OVERVIEW_ZOOM = 9.8;
/** A point's own clearance: its dot (its name gives way to the areas' names, see styleBuilder.labelPriority). */
const DOT_BOX = { width: 14, height: 14 };

/** A local plane in metres around a latitude, x shrunk to NAME_ASPECT (see above). */
function plane(lat0: number, lon0: number, zoom = OVERVIEW_ZOOM) {
  const kx = ((Math.PI / 180) * EARTH_RADIUS_M * Math.cos((lat0 * Math.PI) / 180)) * NAME_ASPECT;
  const ky = (Math.PI / 180) * EARTH_RADIUS_M;
  return {
    to: ([lon, lat]: Position): [number, number] => [(lon - lon0) * kx, (lat - lat0) * ky],
    from: ([x, y]: [number, number]): Position => [Math.round((lon0 + x / kx) * 1e6) / 1e6, Math.round((lat0 + y / ky) * 1e6) / 1e6],
    /** Metres per px at the zoom names are kept apart at (the overview's) here. */
    mpp: (MPP_Z0 * Math.cos((lat0 * Math.PI) / 180)) / 2 ** zoom,
  };
}

/** The ground two names' boxes would overlap on at the overview zoom, around the first one's point, in the plane. */
function clearance([x, y]: [number, number], other: Placed['box'], own: Placed['box'], mpp: number, scale: number): Position[] {
  const hw = (((other.width + own.width) / 2) * mpp * NAME_ASPECT * scale);
  const hh = (((other.height + own.height) / 2) * mpp * scale);
  return [
    [x - hw, y - hh],
    [x + hw, y - hh],
    [x + hw, y + hh],
    [x - hw, y + hh],
    [x - hw, y - hh],
  ];
}

/** The pole of each part of a planar (multi)polygon; the best one, with its distance to the nearest edge. */
function bestPole(parts: Position[][][]): { at: [number, number]; room: number } | undefined {
  let best: { at: [number, number]; room: number } | undefined;
  for (const rings of parts) {
    const pole = polylabel(rings as [number, number][][], 5);
    if (!best || pole.distance > best.room) best = { at: [pole[0], pole[1]], room: pole.distance };
  }
  return best;
}

/**
 * The pole of one area whose name takes `own` px, clear of the names already placed: the pole of the area less
 * the ground where its name would collide with theirs at the overview zoom, that ground shrunk by half until
 * enough of the area is left. `room` is the distance to the nearest outline or cut, in metres along the
 * vertical (the stretched metric's unit).
 */
export function poleOf(geometry: Area, obstacles: Placed[], own: Placed['box'] = DOT_BOX, zoom = OVERVIEW_ZOOM): { at: Position; room: number } {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const lats = parts.flatMap((p) => p[0].map((c) => c[1]));
  const lons = parts.flatMap((p) => p[0].map((c) => c[0]));
  const pl = plane((Math.min(...lats) + Math.max(...lats)) / 2, (Math.min(...lons) + Math.max(...lons)) / 2, zoom);
  const shape = multiPolygon(parts.map((rings) => rings.map((r) => r.map(pl.to))));
  const [minX, minY, maxX, maxY] = bbox(shape);
  const cuts = obstacles
    .map((o) => clearance(pl.to(o.at), o.box, own, pl.mpp, 1))
    // Only cuts that reach the area.
    .filter((c) => c[1][0] >= minX && c[0][0] <= maxX && c[2][1] >= minY && c[0][1] <= maxY)
    .map((c) => ({ centre: [(c[0][0] + c[1][0]) / 2, (c[0][1] + c[2][1]) / 2] as [number, number], ring: c }));
  const whole = bestPole(shape.geometry.coordinates)!;
  for (let scale = 1; cuts.length && scale >= 1 / 8; scale /= 2) {
    let rest: Feature<Area> | null = shape;
    for (const c of cuts) {
      const ring = c.ring.map(([x, y]) => [c.centre[0] + (x - c.centre[0]) * scale, c.centre[1] + (y - c.centre[1]) * scale]);
      rest = rest && difference(featureCollection([rest, polygon([ring])]));
    }
    const pole = rest && bestPole(rest.geometry.type === 'Polygon' ? [rest.geometry.coordinates] : rest.geometry.coordinates);
    // A sliver left between the cuts is no place for a name: it must hold half the name's height, or (a
    // narrow area) half the room the whole area has.
    if (pole && pole.room >= Math.min((own.height / 2) * pl.mpp * scale, whole.room / 2)) return { at: pl.from(pole.at), room: pole.room };
  }
  return { at: pl.from(whole.at), room: whole.room };
}

/** The first whole zoom (at most FULL_NAME_ZOOM) at which a name's box fits the room around its point. */
export function fitZoom(text: string, sizePx: number, room: number, lat: number): number {
  const box = labelBoxPx(text, sizePx);
  // Metres per px that let the box fit: half its height within `room`, half its width within room / aspect.
  const mpp = Math.min((room / NAME_ASPECT) / (box.width / 2), room / (box.height / 2));
  const zoom = Math.ceil(Math.log2((MPP_Z0 * Math.cos((lat * Math.PI) / 180)) / mpp));
  return Math.max(0, Math.min(FULL_NAME_ZOOM, zoom));
}

/** A name and its short form, in Chinese: what a reader sees the area called. */
const namesOf = (p: { id: string; name: string }, short: ShortNames): string[] => [p.name, ...(short[p.id]?.zh ? [short[p.id].zh!] : [])];

/** Whether two areas go by one name: a name in common, or one full name the other's with a word added (二七商圈板块). */
function sameName(a: string[], b: string[]): boolean {
  return a.some((x) => b.includes(x)) || a[0].startsWith(b[0]) || b[0].startsWith(a[0]);
}

/** The box of the name shown at overview zooms, the larger of the two languages'. */
function overviewBox(p: PlanFeature['properties'], names: Partial<Bilingual> | undefined, px: number): Placed['box'] {
  const boxes = [names?.zh ?? p.name, names?.en ?? p.nameEn].map((text) => labelBoxPx(text, px));
  return { width: Math.max(...boxes.map((b) => b.width)), height: Math.max(...boxes.map((b) => b.height)) };
}

/**
 * One label point per feature of every polygon layer, keyed by layer id, names kept apart at `zoom` (the home
 * view's, or a story step's).
 */
export function chooseLabelPoints(layers: LabelLayer[], short: ShortNames = {}, zoom = OVERVIEW_ZOOM): Map<string, LabelCollection> {
  const items = layers.flatMap((layer) =>
    layer.data.features.map((f) => ({ layer, f, size: isArea(f) ? turfArea(f as Feature<Area>) : f.geometry.type === 'Point' ? 0 : Infinity })),
  );
  // Smallest first (points, then areas by size; on the same size the finer layer first): what lies inside
  // an area is named before the area.
  items.sort((a, b) => {
    const same = Math.abs(a.size - b.size) <= SAME_SIZE * Math.max(a.size, b.size);
    return same ? b.layer.order - a.layer.order : a.size - b.size;
  });
  const placed: Placed[] = [];
  /** Labels written so far, by their shape's coordinates: a later area with the same shape and name is their twin. */
  const byShape = new Map<string, { layer: LabelLayer; properties: LabelProperties; at: Position; room: number }[]>();
  const out = new Map<string, LabelCollection>();
  for (const layer of layers) if (layer.geometry === 'polygon') out.set(layer.id, { type: 'FeatureCollection', features: [] });
  for (const { layer, f } of items) {
    if (f.geometry.type === 'Point') {
      if (layer.visibleByDefault) placed.push({ at: f.geometry.coordinates, box: DOT_BOX });
      continue;
    }
    if (layer.geometry !== 'polygon' || !isArea(f)) continue;
    const p = f.properties;
    const names = short[p.id];
    const px = labelTextPx(layer);
    const shapeKey = JSON.stringify(f.geometry.coordinates);
    const twin = byShape.get(shapeKey)?.find((t) => t.layer.id !== layer.id && sameName(namesOf(t.properties, short), namesOf(p, short)));
    // Named by its twin: at the twin's point, kept clear of nothing more (the twin's name is there).
    const { at, room } = twin ?? poleOf(f.geometry, placed, overviewBox(p, names, px), zoom);
    if (layer.visibleByDefault && !twin) placed.push({ at, box: overviewBox(p, names, px) });
    const properties: LabelProperties = {
      id: p.id,
      name: p.name,
      nameEn: p.nameEn,
      ...(names?.zh ? { short: names.zh } : {}),
      ...(names?.en ? { shortEn: names.en } : {}),
      full: names?.zh ? fitZoom(p.name, px, room, at[1]) : 0,
      fullEn: names?.en ? fitZoom(p.nameEn, px, room, at[1]) : 0,
      rank: 0,
      ...(twin ? { twinOf: twin.properties.id, twinLayer: twin.layer.id } : {}),
    };
    out.get(layer.id)!.features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties });
    if (!twin) byShape.set(shapeKey, [...(byShape.get(shapeKey) ?? []), { layer, properties, at, room }]);
  }
  // Within a layer, larger areas are placed first.
  for (const [id, fc] of out) {
    const sizes = new Map(items.filter((i) => i.layer.id === id).map((i) => [i.f.properties.id, i.size]));
    const byRank = [...fc.features].sort((a, b) => sizes.get(b.properties.id)! - sizes.get(a.properties.id)!);
    byRank.forEach((feature, i) => (feature.properties.rank = i));
    fc.features.sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  }
  return out;
}

/** Checks geodata/labels.json: each entry names a drawn area, with a Chinese or an English short name (or both), each shorter than the full one. */
export function validateShortNames(file: string, data: unknown, features: Map<string, PlanFeature>): DataProblem[] {
  const problems: DataProblem[] = [];
  const bad = (featureId: string, problem: string) => problems.push({ file, featureId, problem });
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    bad('-', 'must be an object of feature id → { "zh": short name, "en": short name }');
    return problems;
  }
  for (const [id, names] of Object.entries(data as Record<string, unknown>)) {
    const f = features.get(id);
    if (!f) {
      bad(id, 'no drawn feature has this id');
      continue;
    }
    if (f.geometry.type === 'Point') bad(id, 'short names are for areas and lines (points are named in full)');
    const n = names as Partial<Bilingual> | null;
    if (!n || typeof n !== 'object' || (n.zh === undefined && n.en === undefined)) {
      bad(id, 'must give a short name in "zh", "en" or both');
      continue;
    }
    for (const lang of ['zh', 'en'] as const) {
      const s = n[lang];
      const full = lang === 'zh' ? f.properties.name : f.properties.nameEn;
      if (s === undefined) continue;
      if (typeof s !== 'string' || !s.trim()) bad(id, `"${lang}" must be a non-empty short name`);
      else if (s.length >= full.length) bad(id, `"${lang}" short name "${s}" is not shorter than the full name "${full}"`);
    }
  }
  return problems;
}
