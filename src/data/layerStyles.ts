import type { GeometryKind, LayerInfo, Level, PlanCollection } from './types';

/**
 * How each layer is drawn and whether it is on at first. Layers not listed get a
 * colour from the level's palette. Colours are chosen to stay distinguishable
 * under translucent overlap (outline + light fill) and for common colour-vision
 * deficiencies (Okabe–Ito based).
 */
export interface LayerStyle {
  color: string;
  /** Fill opacity for polygons at 100 % layer opacity. */
  fillOpacity: number;
  visibleByDefault: boolean;
  /** Draw order within the map: higher draws on top. */
  order: number;
}

/** A layer with its data and its resolved style, as the map and the layer panel get it. */
export interface StyledLayer {
  info: LayerInfo;
  data: PlanCollection;
  style: LayerStyle;
}

const explicit: Record<string, Partial<LayerStyle>> = {
  'admin-districts': { color: '#6b7280', fillOpacity: 0, visibleByDefault: true, order: 0 },
  'erqi-four-zones': { color: '#0072b2', fillOpacity: 0.12, visibleByDefault: true, order: 10 },
  'erqi-six-boards': { color: '#d55e00', fillOpacity: 0.22, visibleByDefault: true, order: 20 },
  'erqi-centres': { color: '#cc79a7', fillOpacity: 1, visibleByDefault: true, order: 30 },
  'zhongyuan-core-boards': { color: '#009e73', fillOpacity: 0.22, visibleByDefault: true, order: 20 },
  'zhongyuan-core-subareas': { color: '#56b4e9', fillOpacity: 0.15, visibleByDefault: false, order: 25 },
  'zhongyuan-areas-parks': { color: '#e69f00', fillOpacity: 0.18, visibleByDefault: true, order: 15 },
  'zhongyuan-green-corridors': { color: '#2e8b57', fillOpacity: 1, visibleByDefault: false, order: 12 },
  'zhongyuan-water': { color: '#2b7bb9', fillOpacity: 0.35, visibleByDefault: false, order: 13 },
  'city-core-boards': { color: '#7b3294', fillOpacity: 0.15, visibleByDefault: true, order: 8 },
  // City-wide structures are large and overlap everything: off until asked for.
  'city-development-pattern': { color: '#a6761d', fillOpacity: 0.08, visibleByDefault: false, order: 3 },
  'city-pattern-axes': { color: '#8c510a', fillOpacity: 1, visibleByDefault: false, order: 6 },
  'city-urban-system': { color: '#1f78b4', fillOpacity: 0.08, visibleByDefault: false, order: 4 },
  'city-directions': { color: '#e7298a', fillOpacity: 0.06, visibleByDefault: false, order: 2 },
  'city-innovation-pillars': { color: '#b8860b', fillOpacity: 0.06, visibleByDefault: false, order: 3 },
  'city-key-design-areas': { color: '#b15928', fillOpacity: 0.15, visibleByDefault: false, order: 7 },
  'city-green-framework': { color: '#1b9e77', fillOpacity: 1, visibleByDefault: false, order: 6 },
  'city-green-hearts': { color: '#4d9221', fillOpacity: 1, visibleByDefault: false, order: 9 },
  'city-culture-belts': { color: '#c51b7d', fillOpacity: 1, visibleByDefault: false, order: 6 },
  // Structures inside boards and new areas: detail to switch on, not the first view.
  'erqi-square-areas': { color: '#aa3377', fillOpacity: 0.25, visibleByDefault: false, order: 32 },
  'erqi-board-structures': { color: '#882255', fillOpacity: 1, visibleByDefault: false, order: 31 },
  'zhongyuan-board-structures': { color: '#44aa99', fillOpacity: 0.15, visibleByDefault: false, order: 26 },
  'zhongyuan-new-areas': { color: '#999933', fillOpacity: 0.08, visibleByDefault: false, order: 14 },
};

const palettes: Record<Level, string[]> = {
  city: ['#7b3294', '#5e3c99', '#b2abd2', '#8073ac'],
  erqi: ['#0072b2', '#d55e00', '#cc79a7'],
  zhongyuan: ['#009e73', '#e69f00', '#56b4e9'],
  admin: ['#6b7280'],
};

export function layerStyle(id: string, level: Level, geometry: GeometryKind, indexInLevel: number): LayerStyle {
  const palette = palettes[level];
  const base: LayerStyle = {
    color: palette[indexInLevel % palette.length],
    fillOpacity: geometry === 'polygon' ? 0.15 : 1,
    visibleByDefault: level !== 'city',
    order: level === 'admin' ? 0 : level === 'city' ? 5 : 15,
  };
  return { ...base, ...explicit[id] };
}
