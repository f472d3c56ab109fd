/**
 * Old links keep working: each migration rewrites one legacy hash form into
 * version-1 text before it is decoded. Add one here when the format changes.
 */

/** A legacy hash form and how it maps to version 1. */
export interface Migration {
  from: string;
  matches(raw: string): boolean;
  toV1(raw: string): string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // MapLibre's `hash: true` writes `#zoom/lat/lon[/bearing[/pitch]]`, the same order as our `m=`.
    from: 'maplibre-hash',
    matches: (raw) => /^[-\d.]+(\/[-\d.]+){2,4}$/.test(raw),
    toV1: (raw) => `v=1&m=${raw}`,
  },
];

/** The hash as version-1 text, and which legacy form it was in (if any). */
export function migrate(raw: string): { raw: string; migratedFrom?: string } {
  const migration = MIGRATIONS.find((m) => m.matches(raw));
  return migration ? { raw: migration.toV1(raw), migratedFrom: migration.from } : { raw };
}
