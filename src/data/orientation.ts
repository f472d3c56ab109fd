/**
 * The orientation layer's data contract (public/data/orientation.json): what a resident finds
 * their way by — metro lines and stations, the named roads the plan boundaries follow (schematic,
 * drawn through located junctions), landmarks. Not plan content: never queried as a plan area.
 */
import type { FeatureCollection, LineString, Point } from 'geojson';

export interface OrientationProperties {
  id: string;
  name: string;
  nameEn?: string;
  /** Stations: the lines that stop there ("1号线"). */
  lines?: string[];
  /** Metro lines: their colour. */
  color?: string;
  /** Roads and landmarks: how far the drawing may be off, m. */
  precisionM?: number;
}

export interface OrientationBundle {
  metroLines: FeatureCollection<LineString, OrientationProperties>;
  stations: FeatureCollection<Point, OrientationProperties>;
  roads: FeatureCollection<LineString, OrientationProperties>;
  landmarks: FeatureCollection<Point, OrientationProperties>;
}

export const ORIENTATION_FILE = 'orientation.json';
