/**
 * What a file format reader is: the registry lists readers, each reader
 * implements this (kept apart so readers and registry do not import each other).
 */
import type { Feature } from 'geojson';
import type { Crs } from './datum';
import type { Bilingual } from '../lib/bilingual';
import type { EncodingId, EncodingReason } from './decode';
import type { ImportLimits } from './limits';
import type { Note } from './result';

export type FormatId = 'geojson' | 'kml' | 'kmz' | 'shapefile' | 'coords-text';

export interface SourceFile {
  name: string;
  bytes: ArrayBuffer;
}

/** The start of a file, for sniffing. */
export interface FileSample {
  name: string;
  bytes: Uint8Array;
  /** The first 4 KB as text (encoding detected, BOM removed). */
  text: string;
}

/** How far an import has got, for the progress bar. */
export interface ImportProgress {
  stage: 'inflate' | 'parse' | 'check';
  done: number;
  total: number;
}

export interface ReadContext {
  limits: ImportLimits;
  /** The text encoding as the user chose it; otherwise detected. */
  encoding?: EncodingId;
  onProgress?: (progress: ImportProgress) => void;
}

/** Which encoding a text format was read in, and why (for the note and the encoding choice). */
export interface TextEncodingInfo {
  encoding: EncodingId;
  reason: EncodingReason;
  undecodable: number;
}

export interface FormatReadResult {
  /** Features in the file's own coordinates (converted later by importFile). */
  features: Feature[];
  notes: Note[];
  /** When the file itself says what its coordinates are (KML; shapefile with .prj). */
  crs?: Crs;
  /** Text formats (and shapefile attributes): the encoding read. */
  encoding?: TextEncodingInfo;
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

