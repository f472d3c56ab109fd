/** The data bundle's version, set by the build (vite.config.ts); empty in unit tests and before data:build. */
export const DATA_VERSION: string = import.meta.env.VITE_DATA_VERSION ?? '';

/** The URL of a data file as the build precached it: versioned, relative to the page. */
export function dataUrl(base: string, file: string): string {
  return DATA_VERSION ? `${base}${file}?v=${DATA_VERSION}` : `${base}${file}`;
}
