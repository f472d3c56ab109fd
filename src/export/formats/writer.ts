/** What every export writer is: one format, the systems and encodings it can write, and write(). */
import type { Bilingual } from '../../lib/bilingual';
import type { ExportCrsId } from '../exportCrs';
import type { ExportLayer } from '../exportLayers';
import type { TextEncodingId } from '../textEncoding';

export type ExportFormatId = 'geojson' | 'kml' | 'kmz' | 'shapefile' | 'csv' | 'dxf';

export interface ExportOptions {
  crs: ExportCrsId;
  encoding: TextEncodingId;
  /** File name without extension. */
  stem: string;
}

export interface ExportFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
  /** What the format could not hold as given: characters written as "?" (GBK), texts cut to a field's width. */
  notes: { replaced: number; cut: number };
}

/** What a writer module gives: the layers written as one file. */
export type ExportWrite = (layers: readonly ExportLayer[], options: ExportOptions) => Promise<ExportFile>;

export interface ExportWriter {
  id: ExportFormatId;
  label: Bilingual;
  /** The systems it writes, the first is the default (GeoJSON and KML are WGS-84 by their standards). */
  crs: readonly ExportCrsId[];
  encodings: readonly TextEncodingId[];
  write: ExportWrite;
}
