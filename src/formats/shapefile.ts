/**
 * Zipped shapefile: .zip with one or more .shp (+ .dbf, optional .prj and .cpg).
 * Sizes are checked from the zip's directory before anything is inflated (zip.ts);
 * geometry (shp.ts) and attributes (dbf.ts) are read with their counts checked
 * against the real bytes. With a .prj that proj4 understands the geometry is
 * reprojected to WGS-84; otherwise the coordinates are passed on as written and
 * importFile() detects the system from the numbers.
 */
import proj4 from 'proj4';
import type { Feature, Position } from 'geojson';
import { WGS84, type Crs } from './datum';
import { readDbf } from './dbf';
import { decodeText } from './decode';
import type { FormatReader, ReadContext, TextEncodingInfo } from './reader';
import { ImportFailure, note, type Note } from './result';
import { readShp } from './shp';
import { readKmz } from './kml';
import { checkInflatedSize, fileEntries, isZip, readZipEntry, type ZipEntry } from './zip';

const base = (name: string) => name.replace(/\.[^./\\]+$/, '');
const ext = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1].toLowerCase() ?? '';

/** The .prj as a transform to WGS-84 if proj4 can use it, plus notes on what was done. */
function prjTransform(prj: string | undefined, notes: Note[]): ((p: Position) => Position) | undefined {
  if (!prj) return undefined;
  let converter: proj4.Converter;
  try {
    converter = proj4(prj);
  } catch {
    notes.push(note('shp-prj-unknown', 'impShpPrjUnknown'));
    return undefined;
  }
  notes.push(note('shp-prj', 'impShpPrj'));
  if (/xian|xi.an|beijing.?1954|beijing.?54/i.test(prj)) notes.push(note('shp-old-datum', 'impShpOldDatum'));
  return (p) => converter.inverse([p[0], p[1]]);
}

interface Layer {
  shp: ZipEntry;
  dbf?: ZipEntry;
  prj?: ZipEntry;
  cpg?: ZipEntry;
}

function layersOf(entries: readonly ZipEntry[]): Layer[] {
  const sibling = (shp: ZipEntry, suffix: string) => entries.find((e) => base(e.name) === base(shp.name) && ext(e.name) === suffix);
  return entries
    .filter((e) => ext(e.name) === 'shp')
    .map((shp) => ({ shp, dbf: sibling(shp, 'dbf'), prj: sibling(shp, 'prj'), cpg: sibling(shp, 'cpg') }));
}

function readLayer(bytes: Uint8Array, layer: Layer, context: ReadContext, progress: (n: number) => void, notes: Note[]) {
  const fileName = layer.shp.name;
  const entry = (e: ZipEntry) => readZipEntry(bytes, e, progress);
  const transform = prjTransform(layer.prj && decodeText(entry(layer.prj)), notes);
  const shp = readShp(entry(layer.shp), context.limits, transform);
  if (shp.declaredLength !== undefined) notes.push(note('shp-length', 'impShpLength', { name: fileName, declared: shp.declaredLength }));
  if (shp.damagedAfter === 0) throw new ImportFailure('shp-damaged', { key: 'impShpUnreadable', params: { name: fileName } });
  if (shp.damagedAfter !== undefined) notes.push(note('shp-damaged-tail', 'impShpTail', { name: fileName, read: shp.damagedAfter }));
  if (shp.windingMismatches > 0) notes.push(note('shp-winding', 'impShpWinding', { n: shp.windingMismatches }));

  let encoding: TextEncodingInfo | undefined;
  let rows: Record<string, unknown>[] = [];
  if (layer.dbf) {
    const cpg = layer.cpg && decodeText(entry(layer.cpg)).trim();
    const dbf = readDbf(entry(layer.dbf), shp.geometries.length, { chosen: context.encoding, cpg });
    rows = dbf.rows;
    encoding = { encoding: dbf.encoding, reason: dbf.reason, undecodable: 0 };
    if (dbf.claimedRecords !== undefined) {
      notes.push(note('dbf-count', 'impDbfCount', { name: layer.dbf.name, claimed: dbf.claimedRecords, real: dbf.records }));
    }
    if (dbf.records !== shp.geometries.length) {
      notes.push(note('dbf-mismatch', 'impDbfMismatch', { shapes: shp.geometries.length, rows: dbf.records }));
    }
  }
  const features: Feature[] = [];
  shp.geometries.forEach((geometry, i) => {
    if (geometry) features.push({ type: 'Feature', geometry, properties: rows[i] ?? {} });
  });
  return { features, encoding, vertices: shp.vertices, reprojected: transform !== undefined };
}

export const shapefileFormat: FormatReader = {
  id: 'shapefile',
  label: { zh: 'Shapefile（zip 压缩包）', en: 'Shapefile (zipped)' },
  extensions: ['.zip'],
  mimeTypes: ['application/zip', 'application/x-zip-compressed'],
  sniff: ({ bytes }) => isZip(bytes),
  async read(file, context) {
    const bytes = new Uint8Array(file.bytes);
    const entries = fileEntries(bytes, context.limits.maxZipEntries);
    const layers = layersOf(entries);
    if (layers.length === 0) {
      const kmz = readKmz(bytes, context);
      if (kmz) return kmz;
      throw new ImportFailure('zip-no-layer', { key: 'impZipNoShp' });
    }
    const wanted = layers.flatMap((l) => [l.shp, l.dbf, l.prj, l.cpg]).filter((e): e is ZipEntry => e !== undefined);
    checkInflatedSize(wanted, context.limits.maxUncompressedBytes);

    const total = wanted.reduce((n, e) => n + e.uncompressedSize, 0);
    let finished = 0;
    const progress = (n: number) => context.onProgress?.({ stage: 'inflate', done: finished + n, total });
    const notes: Note[] = [];
    const features: Feature[] = [];
    let reprojected = true;
    let encoding: TextEncodingInfo | undefined;
    let vertices = 0;
    for (const layer of layers) {
      // The caps hold for the whole archive, not per layer.
      const limits = { ...context.limits, maxFeatures: context.limits.maxFeatures - features.length, maxVertices: context.limits.maxVertices - vertices };
      const read = readLayer(bytes, layer, { ...context, limits }, progress, notes);
      vertices += read.vertices;
      finished += [layer.shp, layer.dbf, layer.prj, layer.cpg].reduce((n, e) => n + (e?.uncompressedSize ?? 0), 0);
      features.push(...read.features);
      reprojected &&= read.reprojected; // mixed layers: judge all from the numbers
      encoding ??= read.encoding;
    }
    if (layers.length > 1) notes.push(note('shp-layers', 'impShpLayers', { n: layers.length }));
    const crs: Crs | undefined = reprojected ? WGS84 : undefined;
    return { features, notes, crs, encoding };
  },
};

