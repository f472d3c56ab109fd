import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbox } from '@turf/turf';
import type { LayerHeader, PlanCollection } from '../src/data/types';
import { HOME_FRAMES, type Bbox } from '../src/config/region';
import { GEODATA, listFiles } from './geodataFiles';

/** The box of the features of the layers on at first, at these plan levels. */
function plansBox(levels: string[]): Bbox {
  const features = listFiles('zones', '.json')
    .map((f) => JSON.parse(readFileSync(join(GEODATA, f), 'utf8')) as LayerHeader)
    .filter((h) => h.style.visibleByDefault && levels.includes(h.level))
    .flatMap((h) => (JSON.parse(readFileSync(join(GEODATA, `layers/${h.layer}.geojson`), 'utf8')) as PlanCollection).features);
  return bbox({ type: 'FeatureCollection', features }) as unknown as Bbox;
}

describe('the home view frames (src/config/region.ts)', () => {
  it('hold the plans on at first, tightly: the districts\' plans, and those with the city\'s', () => {
    for (const [frame, box] of [
      [HOME_FRAMES.districts, plansBox(['erqi', 'zhongyuan'])],
      [HOME_FRAMES.city, plansBox(['erqi', 'zhongyuan', 'city'])],
    ] as const) {
      // Inside by at most 100 m (the frame's 3 decimals), outside by at most ~1 km.
      expect(frame[0]).toBeLessThanOrEqual(box[0] + 1e-3);
      expect(frame[1]).toBeLessThanOrEqual(box[1] + 1e-3);
      expect(frame[2]).toBeGreaterThanOrEqual(box[2] - 1e-3);
      expect(frame[3]).toBeGreaterThanOrEqual(box[3] - 1e-3);
      for (let i = 0; i < 4; i++) expect(Math.abs(frame[i] - box[i])).toBeLessThan(0.01);
    }
  });
});
