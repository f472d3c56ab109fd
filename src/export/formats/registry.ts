/**
 * The formats the export panel offers, in one list: the panel builds its choices from it. What each format
 * writes (systems, encodings) is here; its writer's code (the DXF library alone is 170 KB) loads the first time
 * the user exports in that format, not with the Analyze panel.
 */
import type { ExportFormatId, ExportWrite, ExportWriter } from './writer';

/** A writer fetched on its first use. */
const onFirstUse =
  (load: () => Promise<ExportWrite>): ExportWrite =>
  async (layers, options) =>
    (await load())(layers, options);

export const EXPORT_FORMATS: readonly ExportWriter[] = [
  { id: 'geojson', label: { zh: 'GeoJSON', en: 'GeoJSON' }, crs: ['wgs84'], encodings: ['utf-8'], write: onFirstUse(() => import('./geojson').then((m) => m.writeGeojson)) },
  {
    id: 'kml',
    label: { zh: 'KML（Google 地球、奥维）', en: 'KML (Google Earth, Ovital)' },
    crs: ['wgs84'],
    encodings: ['utf-8'],
    write: onFirstUse(() => import('./kml').then((m) => m.writeKml)),
  },
  { id: 'kmz', label: { zh: 'KMZ（压缩的 KML）', en: 'KMZ (zipped KML)' }, crs: ['wgs84'], encodings: ['utf-8'], write: onFirstUse(() => import('./kml').then((m) => m.writeKmz)) },
  {
    id: 'shapefile',
    label: { zh: 'Shapefile（zip）', en: 'Shapefile (zip)' },
    crs: ['wgs84', 'gk38', 'gk'],
    encodings: ['utf-8', 'gbk'],
    write: onFirstUse(() => import('./shapefile').then((m) => m.writeShapefileZip)),
  },
  {
    id: 'csv',
    label: { zh: 'CSV（WKT 几何）', en: 'CSV (WKT geometry)' },
    crs: ['wgs84', 'gk38', 'gk'],
    encodings: ['utf-8', 'gbk'],
    write: onFirstUse(() => import('./csv').then((m) => m.writeCsv)),
  },
  {
    id: 'dxf',
    label: { zh: 'DXF（CAD，高斯-克吕格）', en: 'DXF (CAD, Gauss-Krüger)' },
    crs: ['gk38', 'gk'],
    encodings: ['utf-8', 'gbk'],
    write: onFirstUse(() => import('./dxf').then((m) => m.writeDxf)),
  },
];

export const exportFormat = (id: ExportFormatId): ExportWriter => EXPORT_FORMATS.find((f) => f.id === id)!;
