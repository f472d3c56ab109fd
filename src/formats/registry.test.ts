import { describe, expect, it } from 'vitest';
import { ACCEPT, detectFormat, FORMATS } from './registry';
import { buildZip } from './testing/zipFixture';

const file = (name: string, content: string | ArrayBuffer) => ({
  name,
  bytes: typeof content === 'string' ? (new TextEncoder().encode(content).buffer as ArrayBuffer) : content,
});

describe('format registry', () => {
  it('picks the reader by extension and content', () => {
    expect(detectFormat(file('a.geojson', '{"type":"Feature"}'))?.id).toBe('geojson');
    expect(detectFormat(file('a.kml', '<?xml version="1.0"?>\n<kml xmlns="x">'))?.id).toBe('kml');
    expect(detectFormat(file('a.zip', buildZip([{ name: 'a.shp', data: 'x' }])))?.id).toBe('shapefile');
    expect(detectFormat(file('a.txt', '1,2\n3,4\n5,6\n'))?.id).toBe('coords-text');
  });

  it('trusts content over a misleading or missing extension', () => {
    expect(detectFormat(file('export', '{"type":"FeatureCollection","features":[]}'))?.id).toBe('geojson');
    expect(detectFormat(file('points.json', '113.6,34.7\n113.7,34.7\n113.7,34.8\n'))?.id).toBe('coords-text');
    expect(detectFormat(file('survey.csv', '[地块坐标]\nJ1,1,3847000,38468000\nJ2,1,3847000,38469000\nJ3,1,3848000,38469000\n'))?.id).toBe('coords-text');
    expect(detectFormat(file('a.bin', 'hello'))).toBeUndefined();
  });

  it('lists every extension for the file picker', () => {
    expect(FORMATS.map((f) => f.id)).toEqual(['geojson', 'kml', 'shapefile', 'kmz', 'coords-text']);
    for (const ext of ['.geojson', '.json', '.kml', '.kmz', '.zip', '.txt', '.csv']) expect(ACCEPT.split(',')).toContain(ext);
  });
});
