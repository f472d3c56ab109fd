/**
 * What every data validator shares: the id and text shapes, and the sanity of
 * positions (inside Zhengzhou, 6 decimals). The checks of each kind of data
 * live in their own file beside this one; each returns problems, never throws.
 */
import type { Position } from 'geojson';
import { ZHENGZHOU_BBOX } from '../../../src/config/region';
import { LEVEL_IDS, type Level } from '../../../src/data/levels';

export const isLevel = (v: unknown): v is Level => typeof v === 'string' && (LEVEL_IDS as readonly string[]).includes(v);

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const HAN = /\p{Script=Han}/u;

export type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
export const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
/** `{ zh, en }` with Chinese in zh and text in en. */
export const isBilingual = (v: unknown): boolean => isObj(v) && nonEmpty(v.zh) && HAN.test(v.zh) && nonEmpty(v.en);

const decimalsOk = (v: number) => Number(v.toFixed(6)) === v;

export function positionProblems(positions: Position[]): string[] {
  const out: string[] = [];
  const [w, s, e, n] = ZHENGZHOU_BBOX;
  const first = (test: (p: Position) => boolean, what: string) => {
    const bad = positions.filter(test);
    if (bad.length) out.push(`${bad.length} position(s) ${what}, first ${JSON.stringify(bad[0])}`);
  };
  first((p) => p.length !== 2, 'not [lon, lat]');
  first((p) => !p.every((v) => typeof v === 'number' && Number.isFinite(v)), 'not finite numbers');
  first((p) => Number.isFinite(p[0]) && Number.isFinite(p[1]) && !(p[0] >= w && p[0] <= e && p[1] >= s && p[1] <= n), `outside Zhengzhou's bbox [${ZHENGZHOU_BBOX.join(', ')}]`);
  first((p) => p.some((v) => Number.isFinite(v) && !decimalsOk(v)), 'with more than 6 decimals');
  return out;
}
