/**
 * The map view as `m=zoom/lat/lon[/bearing[/pitch]]`: lat/lon decimals follow
 * the zoom, so a shared view lands within a pixel without long numbers.
 */
import type { MapView } from '../../lib/mapView';
import type { CodecOptions } from './types';

const MERCATOR_MAX_LAT = 85.051129;
const NUMBER = /^-?(\d{1,12}(\.\d{0,12})?|\.\d{1,12})$/;
const DEFAULT_ZOOM_RANGE = [0, 24] as const;
const DEFAULT_MAX_PITCH = 85;

/** Decimals for lat/lon so that rounding moves the map by under a pixel (512 px tiles). */
export function coordDecimals(zoom: number): number {
  const pixelsPerDegree = (512 * 2 ** Math.max(0, zoom)) / 360;
  return Math.min(8, Math.max(0, Math.ceil(Math.log10(pixelsPerDegree))));
}

function formatNumber(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}

/** Plain decimal numbers only: no exponents, no Infinity, no hex. */
function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** Bearing in (-180, 180]. */
function normalizeBearing(bearing: number): number {
  const b = ((((bearing + 180) % 360) + 360) % 360) - 180;
  return b === -180 ? 180 : b;
}

function wrapLon(lon: number): number {
  return lon >= -180 && lon <= 180 ? lon : normalizeBearing(lon);
}

const isFinite = (v: MapView): boolean => [v.lon, v.lat, v.zoom, v.bearing ?? 0, v.pitch ?? 0].every(Number.isFinite);

/** The view's text; undefined when it has no finite numbers to write. */
export function formatView(view: MapView | undefined): string | undefined {
  if (view === undefined || !isFinite(view)) return undefined;
  const zoom = formatNumber(view.zoom, 2);
  const d = coordDecimals(Number(zoom));
  const parts = [zoom, formatNumber(view.lat, d), formatNumber(wrapLon(view.lon), d)];
  const bearing = formatNumber(normalizeBearing(view.bearing ?? 0), 1);
  const pitch = formatNumber(view.pitch ?? 0, 0);
  if (bearing !== '0' || pitch !== '0') parts.push(bearing);
  if (pitch !== '0') parts.push(pitch);
  return parts.join('/');
}

/** The view in the text, or undefined when any part is unusable or out of range. */
export function parseView(text: string, options: CodecOptions): MapView | undefined {
  const parts = text.split('/');
  if (parts.length < 3 || parts.length > 5) return undefined;
  const nums = parts.map(parseNumber);
  if (nums.some((n) => n === undefined)) return undefined;
  const [zoom, lat, lon, bearing, pitch] = nums as number[];
  const [minZoom, maxZoom] = options.zoomRange ?? DEFAULT_ZOOM_RANGE;
  if (zoom < minZoom || zoom > maxZoom) return undefined;
  if (Math.abs(lat) > MERCATOR_MAX_LAT || Math.abs(lon) > 180) return undefined;
  const view: MapView = { lon, lat, zoom };
  if (bearing !== undefined) {
    if (Math.abs(bearing) > 360) return undefined;
    view.bearing = normalizeBearing(bearing);
  }
  if (pitch !== undefined) {
    if (pitch < 0 || pitch > (options.maxPitch ?? DEFAULT_MAX_PITCH)) return undefined;
    view.pitch = pitch;
  }
  return view;
}
