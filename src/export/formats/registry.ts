/** The formats the export panel offers, in one list (one writer each): the panel builds its choices from it. */
import { csvWriter } from './csv';
import { dxfWriter } from './dxf';
import { geojsonWriter } from './geojson';
import { kmlWriter, kmzWriter } from './kml';
import { shapefileWriter } from './shapefile';
import type { ExportFormatId, ExportWriter } from './writer';

export const EXPORT_FORMATS: readonly ExportWriter[] = [geojsonWriter, kmlWriter, kmzWriter, shapefileWriter, csvWriter, dxfWriter];

export const exportFormat = (id: ExportFormatId): ExportWriter => EXPORT_FORMATS.find((f) => f.id === id)!;
