import { describe, expect, it } from 'vitest';
import { compareVariants } from './boundaryVariants';
import type { PlanFeature, PlanGeometry, PlanProperties } from '../data/types';

const box = (w: number, s: number, e: number, n: number): PlanGeometry => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const feature = (id: string, geometry: PlanGeometry, statedAreaKm2: number | null): PlanFeature => ({
  type: 'Feature',
  geometry,
  properties: { id, name: id, nameEn: id, layer: 'l', level: 'erqi', statedAreaKm2, sources: [], drawing: { method: { zh: '测试', en: 'test' }, precisionM: 1 } } as PlanProperties,
});
const cite = (line: number) => ({ file: '000_062be593f0ca59e2.txt', lines: `${line}-${line}` });

// A 0.01° square here is about 1.017 km²: the main reading two squares, the variant the east one and a third.
const SQ = 1.0172;

describe('two readings of one boundary', () => {
  const main = { feature: feature('main', box(113.6, 34.7, 113.62, 34.71), 2 * SQ), source: cite(272) };
  const variant = { feature: feature('variant', box(113.61, 34.7, 113.63, 34.71), 1.5 * SQ), source: cite(650) };
  const c = compareVariants(main, variant)!;

  it('measures each drawing and the land both take in', () => {
    expect(c.readings.map((r) => [r.feature.properties.id, r.source.lines, Number(r.drawnKm2.toFixed(2))])).toEqual([['main', '272-272', 2.03], ['variant', '650-650', 2.03]]);
    expect(c.sharedKm2).toBeCloseTo(SQ, 2);
  });

  it('holds each drawing against each stated area, and against none where the words state none', () => {
    expect(c.gaps.map((row) => row.map((g) => (g === null ? null : Math.round(g * 100) + 0)))).toEqual([[0, 33], [0, 33]]);
    const silent = compareVariants(main, { ...variant, feature: feature('v', box(113.61, 34.7, 113.63, 34.71), null) })!;
    expect(silent.gaps.map((row) => row[1])).toEqual([null, null]);
  });
});
