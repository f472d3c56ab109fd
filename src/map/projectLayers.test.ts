import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { ProjectCollection } from '../data/projects';
import { point, testProject } from '../analysis/testing/projectFixture';
import { baseStyle } from './styleBuilder';
import { PROJECT_LAYER_IDS, projectLayerSpecs, projectSourceData, projectSources } from './projectLayers';

const collection: ProjectCollection = {
  type: 'FeatureCollection',
  features: [
    testProject('prj-a', point(113.66, 34.75), { precisionM: 80, kind: 'commerce' }),
    testProject('prj-b', point(113.6601, 34.7501), { precisionM: 900, kind: 'health' }),
    testProject('prj-road', { type: 'LineString', coordinates: [[113.6, 34.7], [113.61, 34.71]] }, { precisionM: 400, kind: 'transport' }),
    testProject('prj-none', null),
  ],
};

describe('the 项目 layer style', () => {
  it('meets the style specification in both languages, shown and hidden (MapController adds it unchecked)', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const visible of [true, false]) {
        const style = baseStyle();
        style.sources = projectSources(collection);
        style.layers = [...style.layers, ...projectLayerSpecs(lang, visible)];
        expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
      }
    }
    expect(projectLayerSpecs('zh', true).map((l) => l.id)).toEqual([...PROJECT_LAYER_IDS]);
  });

  it('draws placed projects only, saying which are located and from which zoom each point shows', () => {
    const data = projectSourceData(collection);
    const byId = new Map(data.features.map((f) => [f.properties!.id, f.properties!]));
    expect([...byId.keys()]).toEqual(['prj-a', 'prj-b', 'prj-road']);
    expect(byId.get('prj-a')).toMatchObject({ located: true, kind: 'commerce', minZoom: 10 });
    // 14 m from prj-a and only approximate: it waits until street zoom.
    expect(byId.get('prj-b')).toMatchObject({ located: false, minZoom: 14 });
  });
});
