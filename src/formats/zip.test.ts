import { describe, expect, it } from 'vitest';
import { buildZip } from './testing/zipFixture';
import { isZip, listZipEntries, readZipEntry } from './zip';

describe('zip reader', () => {
  it('lists entries and reads stored and deflated ones', async () => {
    const text = '界址点 '.repeat(100);
    const bytes = new Uint8Array(buildZip([{ name: '地块/a.txt', data: 'stored' }, { name: 'b.prj', data: text, deflate: true }]));
    expect(isZip(bytes)).toBe(true);
    const entries = listZipEntries(bytes, 100);
    expect(entries.map((e) => [e.name, e.method])).toEqual([['地块/a.txt', 0], ['b.prj', 8]]);
    expect(new TextDecoder().decode(await readZipEntry(bytes, entries[0]))).toBe('stored');
    expect(new TextDecoder().decode(await readZipEntry(bytes, entries[1]))).toBe(text);
  });

  it('refuses a truncated archive', () => {
    const bytes = new Uint8Array(buildZip([{ name: 'a.shp', data: 'x' }])).slice(0, 40);
    expect(() => listZipEntries(bytes, 100)).toThrow(/Not a complete zip archive/);
  });
});
