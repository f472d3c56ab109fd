import type { Level } from './types';
import type { StringKey } from '../i18n';

/** Plan levels in the order the panel lists them, with their heading keys. */
export const LEVELS: { level: Level; label: StringKey }[] = [
  { level: 'erqi', label: 'levelErqi' },
  { level: 'zhongyuan', label: 'levelZhongyuan' },
  { level: 'city', label: 'levelCity' },
  { level: 'admin', label: 'levelAdmin' },
];
