/** Fixtures shared by the validators' tests: a seed file and a valid plan feature to break field by field. */
import type { Seeds } from '../citations';

export const SEED = '000_062be593f0ca59e2.txt';
export const seeds: Seeds = {
  [SEED]: ['第一行', '“四区”即二七新区、二七特色商业区、马寨产城融合示范区和樱桃沟西美示范区。', '打造 国际化 现代化 新二七'],
};

/** A valid square around 113.6, 34.7, counter-clockwise. */
export const square = () => [[[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.6, 34.71], [113.6, 34.7]]];

export function feature(props: Record<string, unknown> = {}, geometry: unknown = { type: 'Polygon', coordinates: square() }) {
  // JSON has no undefined: a key set to undefined here stands for a missing key.
  const properties: Record<string, unknown> = {
    id: 'erqi-new-district',
    name: '二七新区',
    nameEn: 'Erqi New District',
    layer: 'erqi-four-zones',
    level: 'erqi',
    statedAreaKm2: 40,
    sources: [{ file: SEED, lines: '2-2' }],
    drawing: { method: { zh: '路口连线', en: 'ring of junctions' }, precisionM: 250 },
    ...props,
  };
  for (const k of Object.keys(properties)) if (properties[k] === undefined) delete properties[k];
  return { type: 'Feature', properties, geometry };
}
export const fc = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
