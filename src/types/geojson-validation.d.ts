/** The parts of `geojson-validation` (untyped CommonJS) that we call. With `trace`, each returns its error messages. */
declare module 'geojson-validation' {
  type Check = {
    (object: unknown, trace: true): string[];
    (object: unknown, trace?: false): boolean;
  };
  export const valid: Check;
  export const isFeature: Check;
  export const isFeatureCollection: Check;
  export const isGeometryObject: Check;
}
