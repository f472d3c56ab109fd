import { describe, expect, it } from 'vitest';
import { importFile } from './importFile';
import { bombZip, buildZip } from './testing/zipFixture';
import { checkInflatedSize, isZip, listZipEntries, readZipEntry } from './zip';

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as { code: string; bilingual: { zh: string; en: string } };
  }
  throw new Error('not refused');
};

describe('zip reader', () => {
  it('lists entries and reads stored and deflated ones', () => {
    const text = '界址点 '.repeat(100);
    const bytes = new Uint8Array(buildZip([{ name: '地块/a.txt', data: 'stored' }, { name: 'b.prj', data: text, deflate: true }]));
    expect(isZip(bytes)).toBe(true);
    const entries = listZipEntries(bytes, 100);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([['地块/a.txt', 0, 6], ['b.prj', 8, new TextEncoder().encode(text).length]]);
    expect(new TextDecoder().decode(readZipEntry(bytes, entries[0]))).toBe('stored');
    expect(new TextDecoder().decode(readZipEntry(bytes, entries[1]))).toBe(text);
  });

  it('refuses a truncated archive in words a planner understands', () => {
    const bytes = new Uint8Array(buildZip([{ name: 'a.shp', data: 'x' }])).slice(0, 40);
    expect(refusal(() => listZipEntries(bytes, 100)).bilingual.zh).toBe('不是完整的 zip 压缩包（找不到文件目录），可能下载不完整');
  });

  it('refuses, from the directory alone, archives that would inflate past the limit or list too many entries', () => {
    // The directory claims 3 GB: refused with the numbers before one byte is inflated.
    const bomb = new Uint8Array(buildZip([{ name: 'a.shp', data: 'x', deflate: true, declaredSize: 3_000_000_000 }]));
    const e = refusal(() => checkInflatedSize(listZipEntries(bomb, 100), 200 * 1048576));
    expect(e.code).toBe('zip-too-large');
    expect(e.bilingual.zh).toBe('压缩包解压后共 2,861 MB，超过 200 MB 上限，未解压');
    const many = new Uint8Array(buildZip(Array.from({ length: 30 }, (_, i) => ({ name: `${i}.txt`, data: '' }))));
    expect(refusal(() => listZipEntries(many, 20)).bilingual.en).toBe('The zip holds 30 files, over the limit of 20');
  });

  it('refuses the issue’s zip bomb (1 MB that inflates to 1 GB) from its directory, twice in a row, without inflating it', async () => {
    const bomb = bombZip(1024);
    expect(bomb.byteLength).toBeLessThan(1.1 * 1024 * 1024);
    const heap = process.memoryUsage().heapUsed;
    for (let i = 0; i < 2; i++) {
      const r = await importFile({ name: 'parcels.zip', bytes: bomb });
      expect(r).toMatchObject({ ok: false, error: { code: 'zip-too-large', message: { zh: '压缩包解压后共 1,024 MB，超过 200 MB 上限，未解压' } } });
    }
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(64 * 1024 * 1024);
  });

  it('stops inflating an entry as soon as it outgrows the size it declared (a bomb that lies)', async () => {
    const r = await importFile({ name: 'parcels.zip', bytes: bombZip(1024, 2000) });
    expect(r.ok || r.error.message.en).toMatch(/^"parcels\.shp" in the zip unpacks to more than the 2,000 bytes its directory declares/);
  });

  it('says damaged deflate data is damaged (no library text), and names encrypted entries', () => {
    const bytes = new Uint8Array(buildZip([{ name: 'a.shp', data: 'x'.repeat(50), rawDeflated: new Uint8Array([0xff, 0xff, 0xff, 0x00, 0x12]) }]));
    expect(refusal(() => readZipEntry(bytes, listZipEntries(bytes, 10)[0])).bilingual.zh).toBe('zip 压缩包中的数据已损坏，无法解压');
    const entry = { ...listZipEntries(bytes, 10)[0], encrypted: true };
    expect(refusal(() => readZipEntry(bytes, entry)).bilingual.en).toBe('"a.shp" in the zip is encrypted; decrypt it before importing');
  });

  it('imports refuse an honest zip whose shapefile would inflate past the limit, before inflating it', async () => {
    const zip = buildZip([{ name: 'big.shp', data: new Uint8Array(3 * 1024 * 1024), deflate: true }]);
    const r = await importFile({ name: 'big.zip', bytes: zip }, { limits: { maxUncompressedBytes: 1024 * 1024 } });
    expect(r).toMatchObject({ ok: false, error: { code: 'zip-too-large', message: { en: 'The zip would unpack to 3 MB, over the 1 MB limit; nothing was unpacked' } } });
  });
});
