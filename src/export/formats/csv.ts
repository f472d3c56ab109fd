/**
 * CSV with the geometry as WKT (first column, named WKT as GDAL, QGIS and Excel
 * users expect), then every attribute; in either system and in UTF-8 (with a
 * byte-order mark, for Excel) or GBK. WKT by @terraformer/wkt (Esri's Terraformer).
 */
import { geojsonToWKT } from '@terraformer/wkt';
import { toCsv } from '../../lib/csv';
import { exportCrs, projectGeometry } from '../exportCrs';
import { encoderFor } from '../textEncoding';
import { keysOf } from './shapefile';
import type { ExportWrite } from './writer';

export const writeCsv: ExportWrite = async (layers, options) => {
  const crs = exportCrs(options.crs);
  const features = layers.flatMap((l) => l.features).filter((f) => f.geometry);
  const keys = keysOf(features);
  const rows = features.map((f) => [geojsonToWKT(projectGeometry(f.geometry, crs.project)), ...keys.map((k) => f.properties[k])]);
  const encoder = await encoderFor(options.encoding);
  const text = toCsv(['WKT', ...keys], rows, { bom: options.encoding === 'utf-8' });
  return { name: `${options.stem}.csv`, mime: 'text/csv', bytes: encoder.encode(text), notes: { replaced: encoder.replaced(), cut: 0 } };
};
