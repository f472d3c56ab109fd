/**
 * What a file format reader is: the registry lists readers, each reader
 * implements this (kept apart so readers and registry do not import each other).
 */
import type { Feature } from 'geojson';
import type { Crs } from './datum';
import type { Bilingual } from '../lib/bilingual';
import type { Note } from './result';

export type FormatId = 'geojson' | 'kml' | 'shapefile' | 'coords-text';

export interface SourceFile {
  name: string;
  bytes: ArrayBuffer;
}

/** The start of a file, for sniffing. */
export interface FileSample {
  name: string;
  bytes: Uint8Array;
  /** The first 4 KB decoded as UTF-8 (BOM removed). */
  text: string;
}

export interface ReadContext {
  /** XML parser for KML; defaults to the global DOMParser (absent in Web Workers and Node). */
  parseXml?: (text: string) => Document;
}

export interface FormatReadResult {
  /** Features in the file's own coordinates (converted later by importFile). */
  features: Feature[];
  notes: Note[];
  /** When the file itself says what its coordinates are (KML; shapefile with .prj). */
  crs?: Crs;
}

export interface FormatReader {
  id: FormatId;
  label: Bilingual;
  /** Lower case, with the dot. */
  extensions: readonly string[];
  mimeTypes: readonly string[];
  sniff(sample: FileSample): boolean;
  read(file: SourceFile, context: ReadContext): Promise<FormatReadResult>;
}
