/**
 * One colour per project kind: the 项目 layer's marks (map/projectLayers.ts), the layer panel's swatches and
 * the legends of the PNG figure, the print sheet and the presenter (state/figureText.ts). Here, below all of
 * them, so the map, the legends and the UI read the same table.
 */
import type { ProjectKind } from './projects';

export const PROJECT_KIND_COLORS: Record<ProjectKind, string> = {
  commerce: '#e8590c',
  culture: '#9c36b5',
  health: '#e03131',
  industry: '#5f3dc4',
  tech: '#1971c2',
  transport: '#0c8599',
  housing: '#a0712b',
  ecology: '#2f9e44',
  education: '#d9a400',
  public: '#5c677d',
};

/** The ink of the legend's keys to located, approximate and precision (they hold for every kind's colour; darker than 市政与公共设施's grey, the edge key's ink). */
export const PROJECT_KEY_INK = '#374151';
