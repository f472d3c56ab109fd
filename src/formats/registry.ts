/**
 * The file formats the Analyze panel can import, in one list: the UI builds its
 * file picker (`accept`) and format labels from it, importFile() picks a reader.
 */
import { coordsTextFormat } from './coordsText';
import { decodeText } from './decode';
import { geojsonFormat } from './geojson';
import { kmlFormat, kmzFormat } from './kml';
import type { FileSample, FormatId, FormatReader, SourceFile } from './reader';
import { shapefileFormat } from './shapefile';

export const FORMATS: readonly FormatReader[] = [geojsonFormat, kmlFormat, shapefileFormat, kmzFormat, coordsTextFormat];

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
