/** GeoJSON (RFC 7946): WGS-84 lon/lat and UTF-8 by the standard; every layer's features in one collection, told apart by `layer`. */
import type { FeatureCollection } from 'geojson';
import type { ExportLayer } from '../exportLayers';
import type { ExportWrite } from './writer';

export function layersCollection(layers: readonly ExportLayer[]): FeatureCollection {
  return { type: 'FeatureCollection', features: layers.flatMap((l) => l.features) };
}

export const writeGeojson: ExportWrite = async (layers, options) => ({
  name: `${options.stem}.geojson`,
  mime: 'application/geo+json',
  bytes: new TextEncoder().encode(JSON.stringify(layersCollection(layers))),
  notes: { replaced: 0, cut: 0 },
});
