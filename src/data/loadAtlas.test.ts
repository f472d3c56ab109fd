import { describe, expect, it } from 'vitest';
import { loadAtlas, type AtlasSource } from './loadAtlas';

const memory = (files: Record<string, unknown>): AtlasSource => ({
  async getJson(path) {
    if (!(path in files)) throw new Error(`${path}: HTTP 404`);
    return files[path];
  },
});

describe('loadAtlas', () => {
  it('loads every layer the manifest lists', async () => {
    const layer = { type: 'FeatureCollection', features: [] };
    const atlas = await loadAtlas(
      memory({
        'atlas.json': { version: 1, text: {}, layers: [{ id: 'a', level: 'admin', title: { zh: '甲', en: 'A' }, geometry: 'polygon', file: 'a.geojson', featureCount: 0 }] },
        'a.geojson': layer,
      }),
    );
    expect(atlas.layers.map((l) => l.info.id)).toEqual(['a']);
    expect(atlas.layers[0].data).toEqual(layer);
  });

  it('rejects a manifest of an unknown version with a message naming the file', async () => {
    await expect(loadAtlas(memory({ 'atlas.json': { version: 99, layers: [] } }))).rejects.toThrow('atlas.json');
  });

  it('names the missing layer file', async () => {
    const manifest = { version: 1, text: {}, layers: [{ id: 'b', level: 'admin', title: { zh: '乙', en: 'B' }, geometry: 'polygon', file: 'b.geojson', featureCount: 0 }] };
    await expect(loadAtlas(memory({ 'atlas.json': manifest }))).rejects.toThrow('b.geojson');
  });
});
