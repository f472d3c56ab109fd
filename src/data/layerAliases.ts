/**
 * Short names of layers in shared links (`l=e4,e6`). Never reuse or change an
 * alias once published: old links depend on it. Layers without one are written
 * by id.
 */
export const LAYER_ALIASES: Readonly<Record<string, string>> = {
  'admin-districts': 'ad',
  'erqi-four-zones': 'e4',
  'erqi-six-boards': 'e6',
  'erqi-centres': 'e9',
  'zhongyuan-core-boards': 'z3',
  'zhongyuan-core-subareas': 'zs',
  'zhongyuan-areas-parks': 'z8',
  'zhongyuan-green-corridors': 'zg',
  'zhongyuan-water': 'zw',
  'city-core-boards': 'cb',
  'city-development-pattern': 'cp',
  'city-urban-system': 'cu',
  'city-directions': 'cd',
  'city-pattern-axes': 'ca',
  'city-innovation-pillars': 'ci',
  'city-key-design-areas': 'ck',
  'city-green-framework': 'cg',
  'city-green-hearts': 'ch',
  'city-culture-belts': 'cc',
  'erqi-square-areas': 'es',
  'erqi-board-structures': 'eb',
  'zhongyuan-board-structures': 'zb',
  'zhongyuan-new-areas': 'zn',
};
