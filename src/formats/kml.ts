/**
 * KML (Google Earth, 奥维互动地图, 91卫图 exports) and KMZ (zipped KML) via
 * @tmcw/togeojson over @xmldom/xmldom, a DOM that works in Web Workers and Node, so
 * KML is read in the import worker like every other format.
 *
 * Before parsing, a scan of the text refuses what no KML needs and what would cost
 * too much: entity definitions (the "billion laughs"), and more placemarks or
 * coordinate tuples than the import limits allow.
 */
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature } from 'geojson';
import { WGS84 } from './datum';
import { decodeBytes, ENCODING_LABELS, type EncodingId } from './decode';
import type { FormatReader, FormatReadResult, ReadContext } from './reader';
import { ImportFailure, note } from './result';
import { checkInflatedSize, fileEntries, isZip, readZipEntry } from './zip';

function countOccurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Coordinate tuples in all <coordinates> elements, counted without parsing. */
function countTuples(text: string): number {
  let n = 0;
  for (let i = text.indexOf('<coordinates'); i >= 0; i = text.indexOf('<coordinates', i + 1)) {
    const start = text.indexOf('>', i) + 1;
    const end = text.indexOf('</coordinates', start);
    if (start <= 0 || end < 0) break;
    let inToken = false;
    for (let k = start; k < end; k++) {
      const space = text.charCodeAt(k) <= 32;
      if (!space && !inToken) n++;
      inToken = !space;
    }
    i = end;
  }
  return n;
}

/** Refuses before any parsing what would be dangerous or too large. */
export function checkKmlText(text: string, context: ReadContext): void {
  if (/<!ENTITY/i.test(text)) throw new ImportFailure('xml-entities', { key: 'impXmlEntities' });
  const { maxFeatures, maxVertices } = context.limits;
  const placemarks = countOccurrences(text, '<Placemark');
  if (placemarks > maxFeatures) throw new ImportFailure('too-many-features', { key: 'impTooManyFeaturesCounted', params: { count: placemarks, limit: maxFeatures } });
  const tuples = countTuples(text);
  if (tuples > maxVertices) throw new ImportFailure('too-many-vertices', { key: 'impTooManyVertices', params: { count: tuples, limit: maxVertices } });
}

/** KML text → GeoJSON features. */
export function kmlToFeatures(text: string, encoding: EncodingId = 'utf-8'): Feature[] {
  // Errors (not only fatal ones) stop parsing; xmldom's ParseError carries the line.
  const parser = new DOMParser({
    onError(level, message) {
      if (level !== 'warning') throw new Error(message);
    },
  });
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    doc = parser.parseFromString(text, 'text/xml');
  } catch (e) {
    const line = (e as { locator?: { lineNumber?: number } }).locator?.lineNumber;
    const params = { line: line ?? 0, encoding: ENCODING_LABELS[encoding] };
    throw new ImportFailure('xml-invalid', { key: line ? 'impXmlInvalidAt' : 'impXmlInvalid', params });
  }
  try {
    return kml(doc as unknown as Document).features.filter((f): f is Feature => f.geometry !== null);
  } catch (e) {
    if (e instanceof RangeError) throw new ImportFailure('too-deep', { key: 'impKmlTooDeep' });
    throw e;
  }
}

function readKmlBytes(bytes: Uint8Array, context: ReadContext): FormatReadResult {
  const decoded = decodeBytes(bytes, context.encoding);
  checkKmlText(decoded.text, context);
  context.onProgress?.({ stage: 'parse', done: 0, total: 0 });
  return {
    features: kmlToFeatures(decoded.text, decoded.encoding),
    // KML coordinates are WGS-84 longitude,latitude by specification; GCJ-02 exports exist.
    crs: WGS84,
    notes: [note('kml-datum', 'impKmlDatum')],
    encoding: { encoding: decoded.encoding, reason: decoded.reason, undecodable: decoded.undecodable },
  };
}

export const kmlFormat: FormatReader = {
  id: 'kml',
  label: { zh: 'KML', en: 'KML' },
  extensions: ['.kml'],
  mimeTypes: ['application/vnd.google-earth.kml+xml'],
  sniff: ({ text }) => /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>\s*)?<kml[\s>]/i.test(text),
  async read(file, context) {
    return readKmlBytes(new Uint8Array(file.bytes), context);
  },
};

/** The KML inside a KMZ (or a zip without a shapefile): doc.kml, else the first .kml. */
export function readKmz(bytes: Uint8Array, context: ReadContext): FormatReadResult | undefined {
  const kmls = fileEntries(bytes, context.limits.maxZipEntries).filter((e) => /\.kml$/i.test(e.name));
  const entry = kmls.find((e) => /(^|\/)doc\.kml$/i.test(e.name)) ?? kmls[0];
  if (!entry) return undefined;
  checkInflatedSize([entry], context.limits.maxUncompressedBytes);
  const inflated = readZipEntry(bytes, entry, (done) => context.onProgress?.({ stage: 'inflate', done, total: entry.uncompressedSize }));
  return readKmlBytes(inflated, context);
}

export const kmzFormat: FormatReader = {
  id: 'kmz',
  label: { zh: 'KMZ', en: 'KMZ' },
  extensions: ['.kmz'],
  mimeTypes: ['application/vnd.google-earth.kmz'],
  // A zip like a zipped shapefile: chosen by the .kmz extension (the shapefile reader also reads a KML it finds in a .zip).
  sniff: ({ bytes }) => isZip(bytes),
  async read(file, context) {
    const bytes = new Uint8Array(file.bytes);
    if (!isZip(bytes)) throw new ImportFailure('zip-damaged', { key: 'impZipNoDirectory' });
    const read = readKmz(bytes, context);
    if (!read) throw new ImportFailure('zip-no-layer', { key: 'impKmzNoKml' });
    return read;
  },
};
