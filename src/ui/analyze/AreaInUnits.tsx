import { formatArea } from '../../analysis/units';
import { lang } from '../../i18n';

/** An area in 平方公里, 公顷 and 亩 side by side, as planners compare them. */
export function AreaInUnits({ km2 }: { km2: number }) {
  const l = lang.value;
  return <>{(['km2', 'ha', 'mu'] as const).map((unit) => formatArea(km2, l, { unit })).join(' · ')}</>;
}
