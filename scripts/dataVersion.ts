/**
 * One version for the whole data bundle (public/data): a hash of every file's
 * name and content. The app asks for `data/<file>?v=<version>`, so a browser
 * never pairs new code with data from its HTTP cache, and the service worker
 * precaches exactly those URLs next to the code of the same build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * 12 hex digits of a SHA-256 over the sorted files, sub-folders included (the plan
 * reader's documents live in data/plans/); '' when the folder is missing (dev server
 * before data:build).
 */
export function dataVersion(dir: string): string {
  if (!existsSync(dir)) return '';
  const hash = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .sort();
  for (const file of files) {
    hash.update(file).update('\0').update(readFileSync(join(dir, file))).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}
