/**
 * KML and KMZ (Google Earth, 奥维互动地图): WGS-84 and UTF-8 by the standard, one folder
 * per layer, attributes as ExtendedData. Written by @placemarkio/tokml (Placemark's
 * maintained GeoJSON → KML writer, the counterpart of the @tmcw/togeojson reader the
 * import uses); KMZ is that document zipped as doc.kml (fflate).
 */
import { foldersToKML } from '@placemarkio/tokml';
import { zipSync } from 'fflate';
import type { ExportLayer } from '../exportLayers';
import type { ExportWrite } from './writer';

export function layersKml(layers: readonly ExportLayer[]): string {
  return foldersToKML({
    type: 'root',
    children: layers.map((l) => ({
      type: 'folder' as const,
      meta: { name: `${l.title.zh} · ${l.title.en}` },
      children: l.features.map((f) => ({ ...f, properties: { ...f.properties } })),
    })),
  });
}

const NO_NOTES = { replaced: 0, cut: 0 };

export const writeKml: ExportWrite = async (layers, options) => ({
  name: `${options.stem}.kml`,
  mime: 'application/vnd.google-earth.kml+xml',
  bytes: new TextEncoder().encode(layersKml(layers)),
  notes: NO_NOTES,
});

export const writeKmz: ExportWrite = async (layers, options) => ({
  name: `${options.stem}.kmz`,
  mime: 'application/vnd.google-earth.kmz',
  bytes: zipSync({ 'doc.kml': new TextEncoder().encode(layersKml(layers)) }, { level: 6 }),
  notes: NO_NOTES,
});
