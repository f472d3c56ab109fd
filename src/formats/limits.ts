/**
 * What one import may cost, checked before the work is done (sizes from the zip's
 * directory and the file headers) and again while reading (counts), so that no
 * single file can exhaust the tab's memory or hold the worker for minutes.
 */
export const IMPORT_LIMITS = {
  /** The file as picked. */
  maxBytes: 50 * 1024 * 1024,
  /** All zip entries that are read, once inflated. */
  maxUncompressedBytes: 200 * 1024 * 1024,
  /** Entries listed in a zip's central directory. */
  maxZipEntries: 2_000,
  /** Features (records, placemarks, parcels) read from one file. */
  maxFeatures: 50_000,
  /** Vertices of all boundaries in one file. */
  maxVertices: 200_000,
} as const;

export type ImportLimits = { -readonly [K in keyof typeof IMPORT_LIMITS]: number };
