/** GeoJSON: a FeatureCollection, a Feature, a bare Geometry, or an array of Features. */
import type { Feature, Geometry } from 'geojson';
import { CGCS2000_GK_CM114, CGCS2000_GK_ZONE38, WGS84, type Crs } from './datum';
import { decodeBytes, ENCODING_LABELS } from './decode';
import type { FormatReader } from './reader';
import { ImportFailure, note, type MessageRef, type Note } from './result';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** The legacy (2008) `crs` member, when it names a system we know. */
function crsMember(json: { crs?: { properties?: { name?: unknown } } }): { crs?: Crs; notes: Note[] } {
  const name = json.crs?.properties?.name;
  if (typeof name !== 'string') return { notes: [] };
  const code = /EPSG:*(\d+)/i.exec(name)?.[1];
  const known: Record<string, Crs> = { '4326': WGS84, '4490': WGS84, '4547': CGCS2000_GK_CM114, '4526': CGCS2000_GK_ZONE38 };
  if (code && known[code]) return { crs: known[code], notes: [note('geojson-crs', 'impGeojsonCrs', { code })] };
  if (/CRS84/i.test(name)) return { crs: WGS84, notes: [] };
  return { notes: [note('geojson-crs-unknown', 'impGeojsonCrsUnknown')] };
}

/** Where JSON.parse stopped, as a line number (its own message is not for planners). */
function jsonErrorAt(text: string, e: unknown): MessageRef {
  const detail = e instanceof Error ? e.message : '';
  const position = Number(/position (\d+)/.exec(detail)?.[1] ?? NaN);
  const line = Number(/line (\d+)/.exec(detail)?.[1] ?? NaN);
  const at = Number.isFinite(line) ? line : Number.isFinite(position) ? text.slice(0, position).split('\n').length : NaN;
  return Number.isFinite(at) ? { key: 'impJsonInvalidAt', params: { line: at } } : { key: 'impJsonInvalid' };
}

function toFeatures(json: unknown): Feature[] {
  if (Array.isArray(json)) return json.flatMap(toFeatures);
  if (typeof json !== 'object' || json === null) return [];
  const obj = json as { type?: unknown; features?: unknown; geometry?: unknown; properties?: unknown };
  if (obj.type === 'FeatureCollection' && Array.isArray(obj.features)) return obj.features.flatMap(toFeatures);
  if (obj.type === 'Feature') {
    const geometry = typeof obj.geometry === 'object' ? (obj.geometry as Geometry | null) : null;
    return [{ type: 'Feature', geometry: geometry as Geometry, properties: (obj.properties ?? {}) as Feature['properties'] }];
  }
  if (typeof obj.type === 'string' && GEOMETRY_TYPES.has(obj.type)) {
    return [{ type: 'Feature', geometry: obj as Geometry, properties: {} }];
  }
  return [];
}

export const geojsonFormat: FormatReader = {
  id: 'geojson',
  label: { zh: 'GeoJSON', en: 'GeoJSON' },
  extensions: ['.geojson', '.json'],
  mimeTypes: ['application/geo+json', 'application/json'],
  sniff: ({ text }) => /^\s*[[{]/.test(text) && /"type"\s*:/.test(text),
  async read(file, context) {
    const decoded = decodeBytes(file.bytes, context.encoding);
    let json: unknown;
    try {
      json = JSON.parse(decoded.text);
    } catch (e) {
      const at = jsonErrorAt(decoded.text, e);
      throw new ImportFailure('json-invalid', { ...at, params: { ...at.params, encoding: ENCODING_LABELS[decoded.encoding] } });
    }
    context.onProgress?.({ stage: 'parse', done: 0, total: 0 });
    let features: Feature[];
    try {
      features = toFeatures(json);
    } catch (e) {
      if (e instanceof RangeError) throw new ImportFailure('too-deep', { key: 'impJsonTooDeep' });
      throw e;
    }
    if (features.length === 0) throw new ImportFailure('parse-failed', { key: 'impJsonNoGeojson' });
    const { maxFeatures } = context.limits;
    if (features.length > maxFeatures) {
      throw new ImportFailure('too-many-features', { key: 'impTooManyFeaturesCounted', params: { count: features.length, limit: maxFeatures } });
    }
    const { crs, notes } = crsMember(json as { crs?: { properties?: { name?: unknown } } });
    return { features, notes, crs, encoding: { encoding: decoded.encoding, reason: decoded.reason, undecodable: decoded.undecodable } };
  },
};
