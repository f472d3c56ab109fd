/** GeoJSON: a FeatureCollection, a Feature, a bare Geometry, or an array of Features. */
import type { Feature, Geometry } from 'geojson';
import { CGCS2000_GK_CM114, CGCS2000_GK_ZONE38, WGS84, type Crs } from './datum';
import { decodeText } from './decode';
import type { FormatReader } from './reader';
import { ImportFailure, note, type Note } from './result';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** The legacy (2008) `crs` member, when it names a system we know. */
function crsMember(json: { crs?: { properties?: { name?: unknown } } }): { crs?: Crs; notes: Note[] } {
  const name = json.crs?.properties?.name;
  if (typeof name !== 'string') return { notes: [] };
  const code = /EPSG:*(\d+)/i.exec(name)?.[1];
  const known: Record<string, Crs> = { '4326': WGS84, '4490': WGS84, '4547': CGCS2000_GK_CM114, '4526': CGCS2000_GK_ZONE38 };
  if (code && known[code]) return { crs: known[code], notes: [note('geojson-crs', `文件声明坐标系 EPSG:${code}`, `The file declares EPSG:${code}`)] };
  if (/CRS84/i.test(name)) return { crs: WGS84, notes: [] };
  return { notes: [note('geojson-crs-unknown', '文件声明了未知坐标系，按坐标数值判断', 'The file declares an unknown coordinate system; judged from the numbers')] };
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
  async read(file) {
    let json: unknown;
    try {
      json = JSON.parse(decodeText(file.bytes));
    } catch (e) {
      const detail = e instanceof Error ? e.message.slice(0, 120) : '';
      throw new ImportFailure('parse-failed', { zh: `不是有效的 JSON：${detail}`, en: `Not valid JSON: ${detail}` });
    }
    const features = toFeatures(json);
    if (features.length === 0) {
      throw new ImportFailure('parse-failed', {
        zh: 'JSON 中没有 GeoJSON 要素（需要 FeatureCollection、Feature 或几何对象）',
        en: 'No GeoJSON in this JSON (expected a FeatureCollection, Feature or geometry)',
      });
    }
    const { crs, notes } = crsMember(json as { crs?: { properties?: { name?: unknown } } });
    return { features, notes, crs };
  },
};
