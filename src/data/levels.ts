import type { StringKey } from '../i18n';

/** The plan levels, in the order the layer panel lists them, with their heading keys. */
export const LEVELS = [
  { level: 'erqi', label: 'levelErqi' },
  { level: 'zhongyuan', label: 'levelZhongyuan' },
  { level: 'city', label: 'levelCity' },
  { level: 'admin', label: 'levelAdmin' },
] as const satisfies readonly { level: string; label: StringKey }[];

/** A plan level: the city's plan, a district's plan, or the administrative districts. */
export type Level = (typeof LEVELS)[number]['level'];

export const LEVEL_IDS: readonly Level[] = LEVELS.map((l) => l.level);

/**
 * Whether a level draws a plan's layout. The administrative districts are the frame around the plans:
 * analysis, presenter dimming and "what is planned here" treat them apart.
 */
export const isPlanLevel = (level: Level): boolean => level !== 'admin';
