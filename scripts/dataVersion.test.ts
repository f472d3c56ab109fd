import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataVersion } from './dataVersion';

describe('dataVersion', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('changes when a document in a sub-folder (data/plans/) changes', () => {
    dir = mkdtempSync(join(tmpdir(), 'data-version-'));
    writeFileSync(join(dir, 'atlas.json'), '{}');
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', '000.json'), '{"lines":[]}');
    const before = dataVersion(dir);
    expect(before).toMatch(/^[0-9a-f]{12}$/);
    writeFileSync(join(dir, 'plans', '000.json'), '{"lines":["改"]}');
    expect(dataVersion(dir)).not.toBe(before);
  });

  it('is empty when the bundle has not been built', () => {
    dir = mkdtempSync(join(tmpdir(), 'data-version-'));
    expect(dataVersion(join(dir, 'missing'))).toBe('');
  });
});
