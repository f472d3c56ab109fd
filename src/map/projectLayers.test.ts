import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { ProjectCollection } from '../data/projects';
import { point, testProject } from '../analysis/testing/projectFixture';
import { baseStyle } from './styleBuilder';
import { PROJECT_LAYER_IDS, projectLayerSpecs, projectSourceData, projectSources, projectZoomFilters } from './projectLayers';
import { expression, featureFilter, latest as v8, type CircleLayerSpecification } from '@maplibre/maplibre-gl-style-spec';

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

  it('a lit or selected project shows at every zoom, point or line; the others wait for their zoom', () => {
    const data = projectSourceData(collection);
    const props = (id: string) => data.features.find((f) => f.properties!.id === id)!.properties!;
    const b = props('prj-b'); // a point that waits for zoom 14
    const road = { ...props('prj-road'), minZoom: 13 }; // a line as if it showed from zoom 13
    const shows = (always: string[], zoom: number) => {
      const filters = new Map(projectZoomFilters(always));
      // Each filter meets the style specification in its layer.
      const style = baseStyle();
      style.sources = projectSources(collection);
      style.layers = [...style.layers, ...projectLayerSpecs('zh', true).map((l) => (filters.has(l.id) ? { ...l, filter: filters.get(l.id)! } : l))];
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
      const passes = (id: string, type: 1 | 2, properties: object) => featureFilter(filters.get(id)!, 'filter').filter({ zoom }, { type, properties, geometry: [] } as never);
      return { point: passes('projects:point', 1, b), line: passes('projects:line', 2, road) || passes('projects:line-approx', 2, road) };
    };
    expect(shows([], 11)).toEqual({ point: false, line: false });
    expect(shows([], 14)).toEqual({ point: true, line: true });
    expect(shows(['prj-b', 'prj-road'], 11)).toEqual({ point: true, line: true });
    expect(shows(['prj-a'], 11)).toEqual({ point: false, line: false });
  });

  it('rings each ± precision at street zoom and fills only the open project\'s, so a crowded square stays readable', () => {
    const layer = projectLayerSpecs('zh', true).find((l) => l.id === 'projects:precision') as CircleLayerSpecification;
    const fill = expression.createExpression(layer.paint!['circle-opacity'], v8.paint_circle['circle-opacity'] as never);
    if (fill.result !== 'success') throw new Error('circle-opacity does not parse');
    const at = (selected: boolean) =>
      fill.value.evaluate({ zoom: 15 }, { type: 1, properties: {} } as never, { selected } as never);
    expect(at(false)).toBe(0);
    expect(at(true)).toBeGreaterThan(0.05);
    expect(layer.paint!['circle-stroke-width']).toBeGreaterThan(0);
  });
});
