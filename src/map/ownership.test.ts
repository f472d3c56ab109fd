/**
 * The map has one owner (MapController.ts): it alone writes feature-state, listens for map clicks and makes the
 * MapLibre map. lint:deps keeps ui/ from importing the owner; these are calls, which an import graph cannot
 * see, so this test reads the source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const OWNER = 'map/MapController.ts';

const RULES: { what: string; pattern: RegExp }[] = [
  { what: 'writes feature-state', pattern: /\b(set|remove)FeatureState\s*\(/ },
  { what: 'listens for map clicks', pattern: /\.(on|once)\(\s*['"`](click|dblclick|contextmenu)['"`]/ },
  { what: 'makes a MapLibre map or imports MapLibre at runtime', pattern: /new\s+maplibregl\.Map\b|^import\s+(?!type\b)[^;]*from\s+['"]maplibre-gl['"]/m },
];

/** App source files (tests and test helpers are not the app), relative to src/. */
function appFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.split(/[\\/]/).includes('testing'))
    .map((f) => relative(SRC, join(SRC, f)).split('\\').join('/'));
}

function offenders(files: string[], pattern: RegExp, read: (f: string) => string): string[] {
  return files.filter((f) => f !== OWNER && pattern.test(read(f)));
}

describe('one owner for the map', () => {
  const files = appFiles();
  const read = (f: string) => readFileSync(join(SRC, f), 'utf8');

  it('reads the app source, the owner among it', () => {
    expect(files).toContain(OWNER);
    expect(files.length).toBeGreaterThan(100);
  });

  for (const { what, pattern } of RULES) {
    it(`only ${OWNER} ${what}`, () => {
      expect(offenders(files, pattern, read)).toEqual([]);
      expect(pattern.test(read(OWNER)), `${OWNER} ${what}`).toBe(true);
    });
  }

  it('would catch a module that did it', () => {
    const planted: Record<string, string> = {
      'map/other.ts': "this.map.setFeatureState({ source, id }, { selected: true });\nmap.on('click', onClick);\nimport * as maplibregl from 'maplibre-gl';",
      [OWNER]: '',
    };
    for (const { pattern } of RULES) expect(offenders(Object.keys(planted), pattern, (f) => planted[f])).toEqual(['map/other.ts']);
  });
});
