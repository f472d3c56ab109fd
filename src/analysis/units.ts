/**
 * Area and length units used in Chinese planning, and number formatting for them.
 * Pure (no DOM): Intl.NumberFormat exists in browsers, workers and Node alike.
 */
import type { Lang } from '../lib/lang';

export type AreaUnit = 'km2' | 'ha' | 'mu' | 'm2';
export type LengthUnit = 'm' | 'km';

/** Square metres in one unit. 1 亩 = 1/15 公顷 = 666.67 m² (the statutory 市亩). */
export const M2_PER: Readonly<Record<AreaUnit, number>> = {
  km2: 1_000_000,
  ha: 10_000,
  mu: 10_000 / 15,
  m2: 1,
};

export const M_PER: Readonly<Record<LengthUnit, number>> = { m: 1, km: 1000 };

const AREA_LABEL: Record<Lang, Record<AreaUnit, string>> = {
  zh: { km2: '平方公里', ha: '公顷', mu: '亩', m2: '平方米' },
  en: { km2: 'km²', ha: 'ha', mu: 'mu', m2: 'm²' },
};
const LENGTH_LABEL: Record<Lang, Record<LengthUnit, string>> = {
  zh: { m: '米', km: '公里' },
  en: { m: 'm', km: 'km' },
};

export function convertArea(value: number, from: AreaUnit, to: AreaUnit): number {
  return (value * M2_PER[from]) / M2_PER[to];
}

export function convertLength(value: number, from: LengthUnit, to: LengthUnit): number {
  return (value * M_PER[from]) / M_PER[to];
}

/** km² → the given unit (the analysis works in km² throughout). */
export const fromKm2 = (km2: number, unit: AreaUnit): number => convertArea(km2, 'km2', unit);

export const areaUnitLabel = (unit: AreaUnit, lang: Lang): string => AREA_LABEL[lang][unit];
export const lengthUnitLabel = (unit: LengthUnit, lang: Lang): string => LENGTH_LABEL[lang][unit];

/**
 * Decimals that keep about three significant digits: schematic boundaries are
 * no more precise than that, and more digits would suggest they were.
 */
export function displayDecimals(value: number): number {
  const v = Math.abs(value);
  if (v === 0 || v >= 100) return 0;
  if (v >= 10) return 1;
  if (v >= 1) return 2;
  return Math.min(6, 2 - Math.floor(Math.log10(v)));
}

export function formatNumber(value: number, lang: Lang, decimals = displayDecimals(value)): string {
  if (!Number.isFinite(value)) return '–';
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** The unit a planner expects for this size when none was chosen: 平方公里 for districts, 公顷 for sites. */
export const autoAreaUnit = (km2: number): AreaUnit => (Math.abs(km2) >= 0.1 ? 'km2' : 'ha');

export interface FormatAreaOptions {
  unit?: AreaUnit | 'auto';
  decimals?: number;
}

/** "12.3 km²" / "12.3 平方公里". Input is km². */
export function formatArea(km2: number, lang: Lang, options: FormatAreaOptions = {}): string {
  const unit = !options.unit || options.unit === 'auto' ? autoAreaUnit(km2) : options.unit;
  const value = fromKm2(km2, unit);
  return `${formatNumber(value, lang, options.decimals ?? displayDecimals(value))} ${areaUnitLabel(unit, lang)}`;
}

/** "850 m" below a kilometre, "1.25 km" above. Input is metres. */
export function formatLength(m: number, lang: Lang): string {
  const unit: LengthUnit = Math.abs(m) >= 1000 ? 'km' : 'm';
  const value = convertLength(m, 'm', unit);
  const decimals = unit === 'm' ? 0 : displayDecimals(value);
  return `${formatNumber(value, lang, decimals)} ${lengthUnitLabel(unit, lang)}`;
}

/** A share 0..1 as a percentage; tiny non-zero shares say "<0.1%" rather than a misleading "0.0%". */
export function formatShare(fraction: number, lang: Lang): string {
  if (!Number.isFinite(fraction)) return '–';
  if (fraction > 0 && fraction < 0.001) return `<${formatNumber(0.1, lang, 1)}%`;
  return `${formatNumber(fraction * 100, lang, 1)}%`;
}
