/**
 * Zipped shapefile: .zip with one or more .shp (+ .dbf, optional .prj and .cpg),
 * parsed with shpjs. With a .prj that proj4 understands the geometry is reprojected
 * to WGS-84; otherwise the coordinates are passed on as written and importFile()
 * detects the system from the numbers. Attribute text: the .cpg encoding, else
 * UTF-8, else GBK (what Chinese GIS software writes without saying so).
 */
import { parseDbf, parseShp } from 'shpjs';
import proj4 from 'proj4';
import type { Feature } from 'geojson';
import { WGS84, type Crs } from './datum';
import { decodeText } from './decode';
import type { FormatReader } from './reader';
import { ImportFailure, note, type Note } from './result';
import { isZip, listZipEntries, readZipEntry, type ZipEntry } from './zip';

const base = (name: string) => name.replace(/\.[^./\\]+$/, '');
const ext = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1].toLowerCase() ?? '';

function readAttributes(dbf: Uint8Array | undefined, cpg: string | undefined, notes: Note[]): Record<string, unknown>[] {
  if (!dbf) return [];
  if (cpg) return parseDbf(dbf, cpg.trim());
  const rows = parseDbf(dbf);
  const garbled = rows.some((r) => Object.values(r).some((v) => typeof v === 'string' && v.includes('\uFFFD')));
  if (!garbled) return rows;
  notes.push(note('shp-gbk', '属性表未注明编码（缺少 .cpg），已按 GBK 读取', 'The attribute table names no encoding (no .cpg); read as GBK'));
  return parseDbf(dbf, 'gbk');
}

/** The .prj if proj4 can use it, plus notes on what was done. */
function usablePrj(prj: string | undefined, notes: Note[]): string | undefined {
  if (!prj) return undefined;
  try {
    proj4(prj);
  } catch {
    notes.push(note('shp-prj-unknown', '.prj 投影无法识别，按坐标数值判断坐标系', 'The .prj was not understood; the system is judged from the numbers'));
    return undefined;
  }
  notes.push(note('shp-prj', '已按 .prj 投影转换为 WGS-84', 'Reprojected to WGS-84 using the .prj'));
  if (/xian|xi.an|beijing.?1954|beijing.?54/i.test(prj)) {
    notes.push(note('shp-old-datum', '西安80/北京54 坐标转换未加七参数，位置可能偏差约百米', "Xi'an 1980 / Beijing 1954 converted without datum-shift parameters: positions may be ~100 m off"));
  }
  return prj;
}

export const shapefileFormat: FormatReader = {
  id: 'shapefile',
  label: { zh: 'Shapefile（zip 压缩包）', en: 'Shapefile (zipped)' },
  extensions: ['.zip'],
  mimeTypes: ['application/zip', 'application/x-zip-compressed'],
  sniff: ({ bytes }) => isZip(bytes),
  async read(file) {
    const bytes = new Uint8Array(file.bytes);
    let entries: ZipEntry[];
    try {
      entries = listZipEntries(bytes).filter((e) => !e.name.includes('__MACOSX'));
    } catch (e) {
      throw new ImportFailure('parse-failed', { zh: `无法读取压缩包：${String(e).slice(0, 120)}`, en: `Could not read the zip: ${String(e).slice(0, 120)}` });
    }
    const shps = entries.filter((e) => ext(e.name) === 'shp');
    if (shps.length === 0) throw new ImportFailure('parse-failed', { zh: '压缩包中没有 .shp 文件', en: 'The zip holds no .shp file' });
    const sibling = (shp: ZipEntry, suffix: string) => entries.find((e) => base(e.name) === base(shp.name) && ext(e.name) === suffix);
    const readText = async (e: ZipEntry | undefined) => (e ? decodeText(await readZipEntry(bytes, e)) : undefined);

    const notes: Note[] = [];
    const features: Feature[] = [];
    let reprojected = true;
    try {
      for (const shp of shps) {
        const prj = usablePrj(await readText(sibling(shp, 'prj')), notes);
        reprojected &&= prj !== undefined; // mixed layers: judge all from the numbers
        const dbfEntry = sibling(shp, 'dbf');
        const attributes = readAttributes(dbfEntry && (await readZipEntry(bytes, dbfEntry)), await readText(sibling(shp, 'cpg')), notes);
        parseShp(await readZipEntry(bytes, shp), prj).forEach((geometry, i) =>
          features.push({ type: 'Feature', geometry, properties: attributes[i] ?? {} }),
        );
      }
    } catch (e) {
      if (e instanceof ImportFailure) throw e;
      const detail = e instanceof Error ? e.message.slice(0, 120) : String(e).slice(0, 120);
      throw new ImportFailure('parse-failed', { zh: `无法读取 Shapefile：${detail}`, en: `Could not read the shapefile: ${detail}` });
    }
    if (shps.length > 1) notes.push(note('shp-layers', `压缩包含 ${shps.length} 个图层，已全部读取`, `The zip holds ${shps.length} layers; all were read`));
    const crs: Crs | undefined = reprojected ? WGS84 : undefined;
    return { features, notes, crs };
  },
};
