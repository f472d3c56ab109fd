/**
 * Where the map names an area: one point per feature of a polygon layer, chosen by the data build
 * (scripts/lib/labelPoints.ts) and shipped beside the layer as `<layer>.labels.geojson`, so the
 * browser computes none. Shared by the build (which sizes names to fit) and the map (which draws them).
 */
import type { FeatureCollection, Point } from 'geojson';
import type { Level } from './levels';
import { isPlanLevel } from './levels';

/** `properties` of a label point. */
export interface LabelProperties {
  /** The feature it names. */
  id: string;
  name: string;
  nameEn: string;
  /** Short names (geodata/labels.json), shown below the zoom where the full name fits the shape. */
  short?: string;
  shortEn?: string;
  /** The first whole zoom at which the full Chinese / English name fits inside the shape (≤ FULL_NAME_ZOOM). */
  full: number;
  fullEn: number;
  /** Placement order within its layer: lower is placed first (larger areas first). */
  rank: number;
  /**
   * One shape drawn in two layers under one name (the city's 二七商圈 and the district's 二七商圈板块): the feature
   * whose label names it, and that feature's layer. The map writes this label only while that layer is hidden, so
   * the shape is named once; the record of this feature is reached through the other's (related areas) and a tap.
   */
  twinOf?: string;
  twinLayer?: string;
}

export type LabelCollection = FeatureCollection<Point, LabelProperties>;

/** From street zoom on, every area shows its full name whatever its size. */
export const FULL_NAME_ZOOM = 13;

/** The longest line of a name, in ems (MapLibre's text-max-width): longer names wrap. */
export const LABEL_MAX_WIDTH_EM = 9;

/** A label's text size in px: the districts' names a little larger, points' and lines' a little smaller. */
export const labelTextPx = (info: { level: Level; geometry: string }): number =>
  !isPlanLevel(info.level) ? 13 : info.geometry === 'polygon' ? 12 : 11;

/**
 * The box a name takes on screen at a text size, in px (an estimate: a Chinese character is one em wide, a
 * Latin letter about 0.55 em), wrapped to LABEL_MAX_WIDTH_EM as MapLibre wraps it.
 */
export function labelBoxPx(text: string, sizePx: number): { width: number; height: number } {
  let ems = 0;
  for (const ch of text) ems += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.55;
  const lines = Math.max(1, Math.ceil(ems / LABEL_MAX_WIDTH_EM));
  return { width: Math.min(ems, LABEL_MAX_WIDTH_EM) * sizePx, height: lines * 1.2 * sizePx };
}
