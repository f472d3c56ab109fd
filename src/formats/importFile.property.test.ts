/**
 * Property-based: thousands of generated files, hostile and messy, through every
 * reader. Whatever the bytes, importFile() answers: a result, or a refusal with a
 * code and a message in both languages; never an exception, never a library's words,
 * and quickly. (Speed targets live in `npm run bench`; the bound here only catches
 * a reader that loops.)
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { importFile } from './importFile';
import type { Result } from './result';
import type { ImportSummary } from './importFile';
import { buildDbf, buildShp } from './testing/shpFixture';
import { buildZip } from './testing/zipFixture';

const RUNS = 250;
/** The CPU is shared with other work: time for the whole run, not a speed target. */
const SUITE_MS = 60_000;
/** Far above any real answer here (a few ms): only a loop or a blow-up gets near it. */
const MAX_MS = 10_000;
const LIBRARY_WORDS = /Error|undefined|null|NaN|\[object|DataView|Offset|Unexpected token|at position|invalid (block|distance|length)/;

function checkAnswer(r: Result<ImportSummary>): void {
  if (r.ok) {
    expect(r.value.sites.length).toBeGreaterThan(0);
    for (const site of r.value.sites) expect(Number.isFinite(site.geometry.coordinates.flat(3).reduce<number>((a, b) => a + Number(b), 0))).toBe(true);
    return;
  }
  expect(r.error.code).toMatch(/^[a-z0-9-]+$/);
  expect(r.error.message.zh.length).toBeGreaterThan(3);
  expect(r.error.message.en.length).toBeGreaterThan(3);
  expect(r.error.message.en).not.toMatch(LIBRARY_WORDS);
}

async function importsSafely(name: string, bytes: Uint8Array): Promise<void> {
  const started = performance.now();
  const r = await importFile({ name, bytes: bytes.slice().buffer }, { limits: { maxVertices: 20_000, maxFeatures: 2_000 } });
  expect(performance.now() - started).toBeLessThan(MAX_MS);
  checkAnswer(r);
}

const enc = (s: string) => new TextEncoder().encode(s);
const coord = fc.oneof(fc.double({ min: 113.5, max: 114, noNaN: true }), fc.double({ min: 34.5, max: 35, noNaN: true }), fc.double({ noNaN: true }), fc.integer());
const ring = fc.array(fc.tuple(coord, coord), { minLength: 0, maxLength: 12 });
const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 });

function flipped(bytes: Uint8Array, changes: [number, number][]): Uint8Array {
  const out = bytes.slice();
  for (const [at, value] of changes) if (out.length > 0) out[at % out.length] = value;
  return out;
}

describe('every reader, fed generated files, answers with a result or a message', () => {
  let heapBefore = 0;
  beforeAll(() => {
    heapBefore = process.memoryUsage().heapUsed;
  });

  it('random bytes under every extension', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('a.geojson', 'a.kml', 'a.kmz', 'a.zip', 'a.txt', 'a.bin'), fc.uint8Array({ maxLength: 600 }), (name, bytes) => importsSafely(name, bytes)),
      { numRuns: RUNS },
    );
  }, SUITE_MS);

  it('GeoJSON-like JSON: any JSON value, and polygons with any numbers and ring shapes', async () => {
    const geometry = fc.record({ type: fc.constantFrom('Polygon', 'MultiPolygon', 'LineString', 'GeometryCollection', 'Point'), coordinates: fc.oneof(fc.array(ring, { maxLength: 4 }), fc.array(fc.array(ring, { maxLength: 3 }), { maxLength: 3 }), fc.jsonValue({ maxDepth: 4 })) });
    const feature = fc.record({ type: fc.constant('Feature'), properties: fc.oneof(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 4 })), fc.constant(null)), geometry });
    const doc = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(feature, { maxLength: 6 }) }));
    await fc.assert(fc.asyncProperty(doc, (json) => importsSafely('a.geojson', enc(JSON.stringify(json) ?? 'null'))), { numRuns: RUNS });
  }, SUITE_MS);

  it('KML put together from real and broken pieces', async () => {
    const piece = fc.constantFrom(
      '<Placemark>', '</Placemark>', '<Polygon>', '</Polygon>', '<outerBoundaryIs><LinearRing><coordinates>', '</coordinates></LinearRing></outerBoundaryIs>',
      '<innerBoundaryIs><LinearRing><coordinates>', '</coordinates></LinearRing></innerBoundaryIs>', '<Folder>', '</Folder>', '<name>二七</name>', '<![CDATA[x]]>',
      '<!ENTITY a "b">', '&amp;', '&a;', '<MultiGeometry>', '</MultiGeometry>', '<LineString><coordinates>', '</coordinates></LineString>', '<', '>',
      '113.66,34.75 113.67,34.75 113.67,34.76 113.66,34.75', '1e308,1e308', ' ', '\n',
    );
    const kml = fc.array(piece, { maxLength: 40 }).map((p) => `<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${p.join('')}</Document></kml>`);
    await fc.assert(fc.asyncProperty(kml, (text) => importsSafely('a.kml', enc(text))), { numRuns: RUNS });
  }, SUITE_MS);

  it('coordinate text in every separator and width', async () => {
    const number = fc.oneof(fc.double({ noNaN: true }).map(String), fc.constantFrom('113.66', '34.75', '38468905.72', '3847276.95', 'J1', '１１３．６', 'x', ''));
    const sep = fc.constantFrom(',', ' ', ';', '，', '；', '\t', '|', '\n', '\r\n', '@', '[地块坐标]\n', '=');
    const text = fc.array(fc.tuple(number, sep), { maxLength: 60 }).map((parts) => parts.flat().join(''));
    await fc.assert(fc.asyncProperty(text, (t) => importsSafely('a.txt', enc(t))), { numRuns: RUNS });
  }, SUITE_MS);

  it('zipped shapefiles with bytes changed anywhere: headers, counts, lengths, deflate data', async () => {
    const shp = buildShp([[[[500_000, 3_845_000], [500_000, 3_845_500], [500_500, 3_845_500], [500_500, 3_845_000], [500_000, 3_845_000]]]]);
    const dbf = buildDbf('NAME', [enc('地块')]);
    await fc.assert(
      fc.asyncProperty(fc.boolean(), flips, flips, flips, (deflate, shpFlips, dbfFlips, zipFlips) => {
        const zip = new Uint8Array(buildZip([
          { name: 'a.shp', data: flipped(shp, shpFlips), deflate },
          { name: 'a.dbf', data: flipped(dbf, dbfFlips), deflate },
        ]));
        return importsSafely('a.zip', flipped(zip, zipFlips));
      }),
      { numRuns: RUNS },
    );
  }, SUITE_MS);

  it('stays within bounded memory over all of the above', () => {
    // A reader that kept what it read, or inflated without a bound, would show here.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(256 * 1024 * 1024);
  });
});
