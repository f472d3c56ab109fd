// shpjs ships no types; only what shapefile.ts uses.
declare module 'shpjs' {
  import type { Geometry } from 'geojson';
  /** Geometries of a .shp, reprojected to WGS-84 when a .prj text proj4 understands is given. */
  export function parseShp(shp: DataView | Uint8Array | ArrayBuffer, prj?: string): Geometry[];
  /** Attribute rows of a .dbf, decoded with the .cpg encoding name (default UTF-8). */
  export function parseDbf(dbf: DataView | Uint8Array | ArrayBuffer, cpg?: string): Record<string, unknown>[];
}
