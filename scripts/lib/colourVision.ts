/**
 * How far apart two layers' colours look, for readers with normal colour vision and with the three common
 * deficiencies at full strength (protanopia, deuteranopia, tritanopia, simulated after Machado et al. 2009 by
 * culori), as CIEDE2000 colour differences; and which layers lie next to each other on the map (a feature of
 * one meets a feature of the other), so their colours must be told apart.
 */
import { booleanIntersects, bbox } from '@turf/turf';
import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori';
import type { LayerHeader, PlanCollection } from '../../src/data/types';

export const VISIONS = {
  normal: (c: Color) => c,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
} as const;
export type Vision = keyof typeof VISIONS;

const ciede2000 = differenceCiede2000();

/** The colour difference of two `#rrggbb` colours as each kind of vision sees them. */
export function colourDistances(a: string, b: string): Record<Vision, number> {
  const [ca, cb] = [parse(a), parse(b)];
  if (!ca || !cb) throw new Error(`not a colour: ${ca ? b : a}`);
  const out = {} as Record<Vision, number>;
  for (const [vision, simulate] of Object.entries(VISIONS) as [Vision, (c: Color) => Color][]) out[vision] = Math.round(ciede2000(simulate(ca), simulate(cb)) * 10) / 10;
  return out;
}

export interface LayerPair {
  a: LayerHeader;
  b: LayerHeader;
  distances: Record<Vision, number>;
  /** The smallest of the four. */
  least: number;
}

const boxesMeet = (x: number[], y: number[]) => x[0] <= y[2] && y[0] <= x[2] && x[1] <= y[3] && y[1] <= x[3];

/** Every pair of layers with features that meet, with their colour distances, closest first. */
export function adjacentLayerPairs(layers: { header: LayerHeader; data: PlanCollection }[]): LayerPair[] {
  const boxes = layers.map((l) => l.data.features.map((f) => bbox(f)));
  const pairs: LayerPair[] = [];
  for (let i = 0; i < layers.length; i++) {
    for (let j = i + 1; j < layers.length; j++) {
      const meet = layers[i].data.features.some((fa, m) =>
        layers[j].data.features.some((fb, n) => boxesMeet(boxes[i][m], boxes[j][n]) && booleanIntersects(fa, fb)),
      );
      if (!meet) continue;
      const distances = colourDistances(layers[i].header.style.color, layers[j].header.style.color);
      pairs.push({ a: layers[i].header, b: layers[j].header, distances, least: Math.min(...Object.values(distances)) });
    }
  }
  return pairs.sort((x, y) => x.least - y.least);
}
