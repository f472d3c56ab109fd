/**
 * The file formats the Analyze panel can import, in one list: the UI builds its
 * file picker (`accept`) and format labels from it, importFile() picks a reader.
 */
import type { Feature } from 'geojson';
import { coordsTextFormat } from './coordsText';
import { decodeText } from './decode';
import type { Crs } from './datum';
import { geojsonFormat } from './geojson';
import { kmlFormat } from './kml';
import type { Bilingual, Note } from './result';
import { shapefileFormat } from './shapefile';

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

export const FORMATS: readonly FormatReader[] = [geojsonFormat, kmlFormat, shapefileFormat, coordsTextFormat];

export const formatById = (id: FormatId): FormatReader => FORMATS.find((f) => f.id === id)!;

export function sampleOf(file: SourceFile): FileSample {
  const bytes = new Uint8Array(file.bytes, 0, Math.min(4096, file.bytes.byteLength));
  return { name: file.name, bytes, text: decodeText(bytes) };
}

const extensionOf = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
};

/** By extension when it is one of ours and the content agrees, otherwise by content. */
export function detectFormat(file: SourceFile): FormatReader | undefined {
  const sample = sampleOf(file);
  const ext = extensionOf(file.name);
  const byExtension = FORMATS.find((f) => f.extensions.includes(ext));
  if (byExtension && byExtension.sniff(sample)) return byExtension;
  return FORMATS.find((f) => f.sniff(sample)) ?? byExtension;
}

/** For `<input type="file" accept=…>`. */
export const ACCEPT = FORMATS.flatMap((f) => [...f.extensions, ...f.mimeTypes]).join(',');
