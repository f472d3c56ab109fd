/**
 * A small atlas for component tests, in the shape data:build writes (public/data is not committed, so tests
 * cannot read it): 二七区 as the frame, one zone and one board inside it that the plan relates, with the
 * board's text (positioning, a project, boundary words). Coordinates are made up, around 二七广场.
 */
import { vi } from 'vitest';
import { lang } from '../../i18n';
import { atlas, visibleLayers } from '../../state/atlasState';
import { herePoint, selectedId } from '../../state/selection';
import { activeTab, type PanelTab } from '../../state/ui';
import { cameraRequest, fitRequest } from '../../state/view';
import type { LoadedAtlas } from '../../data/loadAtlas';
import type { AtlasManifest, LayerInfo, PlanFeature } from '../../data/types';
import type { Level } from '../../data/levels';

const box = (w: number, s: number, e: number, n: number) => ({ type: 'Polygon' as const, coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });

function layer(id: string, level: Level, zh: string, en: string, order: number): LayerInfo {
  return { id, level, title: { zh, en }, geometry: 'polygon', style: { color: '#336699', fillOpacity: 0.2, visibleByDefault: level === 'admin', order }, file: `${id}.geojson`, featureCount: 1 };
}

function feature(id: string, layerId: string, level: Level, name: string, nameEn: string, geometry: ReturnType<typeof box>, extra: Partial<PlanFeature['properties']> = {}): PlanFeature {
  return {
    type: 'Feature',
    geometry,
    properties: {
      id,
      name,
      nameEn,
      layer: layerId,
      level,
      sources: [{ file: '000-erqi-plan.md', lines: '272-272' }],
      drawing: { method: { zh: '沿道路绘制', en: 'Drawn along roads' }, precisionM: 150 },
      ...extra,
    },
  };
}

export const DISTRICT = feature('erqi', 'districts', 'admin', '二七区', 'Erqi District', box(113.55, 34.6, 113.75, 34.78));
export const ZONE = feature('zone-commerce', 'zones', 'erqi', '二七特色商业区', 'Erqi Featured Commercial Zone', box(113.64, 34.74, 113.68, 34.77), {
  relations: [{ type: 'contains', target: 'board-shangquan', source: { file: '000-erqi-plan.md', lines: '264-264' } }],
});
export const BOARD = feature('board-shangquan', 'boards', 'erqi', '二七商圈板块', 'Erqi Business District Board', box(113.65, 34.745, 113.67, 34.76), {
  statedAreaKm2: 1.2,
  relations: [{ type: 'inside', target: 'zone-commerce', source: { file: '000-erqi-plan.md', lines: '264-264' } }],
});

const LAYERS: LoadedAtlas['layers'] = [
  { info: layer('districts', 'admin', '行政区划', 'Districts', 0), data: { type: 'FeatureCollection', features: [DISTRICT] } },
  { info: layer('zones', 'erqi', '四区联动', 'Four zones', 10), data: { type: 'FeatureCollection', features: [ZONE] } },
  { info: layer('boards', 'erqi', '六核协同', 'Six cores', 20), data: { type: 'FeatureCollection', features: [BOARD] } },
];

const TEXT: AtlasManifest['text'] = {
  'board-shangquan': {
    positioning: { text: '打造国际商都核心区', en: 'the core of an international trade city', source: { file: '000-erqi-plan.md', lines: '272-272' } },
    projects: [{ name: '德化街改造提升', nameEn: 'Dehua Street upgrade', source: { file: '000-erqi-plan.md', lines: '580-580' } }],
    boundaryText: { text: '东至紫荆山路，西至京广铁路', source: { file: '000-erqi-plan.md', lines: '272-272' } },
  },
};

export function fixtureAtlas(): LoadedAtlas {
  return { manifest: { version: 1, layers: LAYERS.map((l) => l.info), text: TEXT }, layers: LAYERS };
}

/**
 * The page's data folder for a component test: `fetch` answers these files (by name, whatever the data
 * version in the URL) and a 404 for anything else, so no test reaches a network.
 */
export function serveData(files: Record<string, unknown>): void {
  vi.stubGlobal('fetch', async (url: string | URL) => {
    const name = String(url).split('?')[0].split('/').pop() ?? '';
    return name in files ? new Response(JSON.stringify(files[name])) : new Response('', { status: 404 });
  });
}

/** The app as a component test starts it: the fixture atlas loaded, in Chinese, nothing selected, on `tab`. */
export function startWithFixture(tab: PanelTab): void {
  atlas.value = fixtureAtlas();
  lang.value = 'zh';
  visibleLayers.value = new Set(['districts']);
  selectedId.value = null;
  herePoint.value = null;
  activeTab.value = tab;
  fitRequest.value = cameraRequest.value = null;
}
