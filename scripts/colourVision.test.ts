import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LayerHeader, PlanCollection } from '../src/data/types';
import { GEODATA, listFiles } from './geodataFiles';
import { adjacentLayerPairs, colourDistances } from './lib/colourVision';

/** Two colours this far apart (CIEDE2000) are told apart at a glance on the map's small swatches and thin lines. */
const TELL_APART = 10;

const layers = listFiles('zones', '.json').map((f) => {
  const header = JSON.parse(readFileSync(join(GEODATA, f), 'utf8')) as LayerHeader;
  return { header, data: JSON.parse(readFileSync(join(GEODATA, `layers/${header.layer}.geojson`), 'utf8')) as PlanCollection };
});

describe('colours under colour-vision deficiencies (docs/colour-vision.md)', () => {
  it('measures what a simulator shows: the old water blue was the 四区联动 blue to every eye', () => {
    expect(colourDistances('#0072b2', '#2b7bb9').normal).toBeLessThan(5);
    expect(colourDistances('#0072b2', '#0072b2')).toEqual({ normal: 0, protanopia: 0, deuteranopia: 0, tritanopia: 0 });
    // Red and green part for normal vision and merge for the red- and green-blind.
    const redGreen = colourDistances('#d62728', '#2ca02c');
    expect(redGreen.normal).toBeGreaterThan(40);
    expect(Math.min(redGreen.protanopia, redGreen.deuteranopia)).toBeLessThan(TELL_APART * 2);
  });

  it('keeps the layers on at first that meet on the map apart for normal, protan, deutan and tritan vision', () => {
    const onAtFirst = layers.filter((l) => l.header.style.visibleByDefault);
    const pairs = adjacentLayerPairs(onAtFirst);
    expect(pairs.map((p) => `${p.a.layer} × ${p.b.layer}`)).toContain('erqi-four-zones × erqi-water');
    const tooClose = pairs.filter((p) => p.least < TELL_APART).map((p) => `${p.a.layer} ${p.a.style.color} × ${p.b.layer} ${p.b.style.color}: ${JSON.stringify(p.distances)}`);
    expect(tooClose).toEqual([]);
  });
});
