/**
 * DXF for CAD, in CGCS2000 Gauss-Krüger metres (with or without the zone number):
 * one CAD layer per exported layer, each outline a polyline (closed for polygons,
 * every ring), each point a POINT, and each feature's name as a TEXT at its label
 * point. Written by @tarikjabiri/dxf (a maintained TypeScript DXF writer).
 *
 * Text encoding, as CAD reads it: UTF-8 writes a DXF R2007 (AC1021), the version
 * from which DXF text is UTF-8; its $DWGCODEPAGE says ANSI_65001 (UTF-8) so readers
 * that go by the code page (GDAL, older converters) decode it right too. GBK writes
 * a DXF R2000 (AC1015) with $DWGCODEPAGE ANSI_936, for older Chinese CAD. Units are metres.
 */
import { DxfWriter, LWPolylineFlags, point2d, point3d, Units } from '@tarikjabiri/dxf';
import { pointOnFeature } from '@turf/turf';
import type { Geometry, Position } from 'geojson';
import { exportCrs, projectGeometry } from '../exportCrs';
import type { ExportLayer } from '../exportLayers';
import { encoderFor } from '../textEncoding';
import type { ExportWrite } from './writer';

/** Characters a CAD layer name may not hold. */
const NOT_IN_LAYER_NAME = /[<>/\\":;?*|=`,]/g;

export function dxfLayerName(layer: ExportLayer, taken: Set<string>): string {
  const base = (layer.title.zh || layer.id).replace(NOT_IN_LAYER_NAME, '_').trim().slice(0, 200) || layer.id;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

/** AutoCAD colour index per layer, in turn: red, yellow, green, cyan, blue, magenta, then the next ring of the palette. */
const ACI = [1, 2, 3, 4, 5, 6, 30, 140, 210, 40, 110, 180];

function lines(g: Geometry): { points: Position[]; closed: boolean }[] {
  switch (g.type) {
    case 'LineString':
      return [{ points: g.coordinates, closed: false }];
    case 'MultiLineString':
      return g.coordinates.map((points) => ({ points, closed: false }));
    case 'Polygon':
      return g.coordinates.map((r) => ({ points: r.slice(0, -1), closed: true }));
    case 'MultiPolygon':
      return g.coordinates.flat().map((r) => ({ points: r.slice(0, -1), closed: true }));
    default:
      return [];
  }
}

function points(g: Geometry): Position[] {
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'MultiPoint') return g.coordinates;
  return [];
}

/** Label text height, metres: about 1/150 of the drawing's width, between 5 and 200 m. */
function textHeight(all: Position[]): number {
  if (!all.length) return 20;
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  return Math.min(200, Math.max(5, Math.round(span / 150)));
}

export const writeDxf: ExportWrite = async (layers, options) => {
  const crs = exportCrs(options.crs === 'wgs84' ? 'gk38' : options.crs);
  const dxf = new DxfWriter();
  const gbk = options.encoding === 'gbk';
  dxf.setVariable('$ACADVER', { 1: gbk ? 'AC1015' : 'AC1021' });
  dxf.setVariable('$DWGCODEPAGE', { 3: gbk ? 'ANSI_936' : 'ANSI_65001' });
  dxf.setUnits(Units.Meters);
  // Names in Chinese: the text style takes AutoCAD's Chinese big font (gbcbig.shx ships with AutoCAD and its
  // Chinese-market clones); without it a plain txt.shx shows CJK text as "?".
  dxf.document.styleStandard.fontFileName = 'txt.shx';
  dxf.document.styleStandard.bigFontFileName = 'gbcbig.shx';
  const projected = layers.map((l) => ({
    layer: l,
    features: l.features.filter((f) => f.geometry).map((f) => ({ f, g: projectGeometry(f.geometry, crs.project) })),
  }));
  const height = textHeight(projected.flatMap((p) => p.features.flatMap(({ g }) => [...lines(g).flatMap((l) => l.points), ...points(g)])));
  const taken = new Set<string>();
  projected.forEach(({ layer, features }, i) => {
    const name = dxfLayerName(layer, taken);
    dxf.addLayer(name, ACI[i % ACI.length], 'Continuous');
    dxf.setCurrentLayerName(name);
    for (const { f, g } of features) {
      for (const line of lines(g)) {
        if (line.points.length < 2) continue;
        dxf.addLWPolyline(
          line.points.map((p) => ({ point: point2d(p[0], p[1]) })),
          { flags: line.closed ? LWPolylineFlags.Closed : LWPolylineFlags.None },
        );
      }
      for (const p of points(g)) dxf.addPoint(p[0], p[1], 0);
      const label = typeof f.properties.name === 'string' ? f.properties.name : '';
      if (label) {
        const [x, y] = pointOnFeature(g).geometry.coordinates;
        dxf.addText(point3d(x, y, 0), height, label.replace(/[\r\n]+/g, ' '));
      }
    }
  });
  const encoder = await encoderFor(options.encoding);
  return { name: `${options.stem}.dxf`, mime: 'application/dxf', bytes: encoder.encode(dxf.stringify()), notes: { replaced: encoder.replaced(), cut: 0 } };
};
