import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { buildLayer } from './build';
import type { Districts } from './context';
import type { EdgeMap } from './edges';
import { traceEdges, type EdgeRun } from './edgeClasses';
import type { Place, PlaceKind, ZoneFile, ZoneRecipe } from '../../../src/data/types';

// One square district (0.02° a side) whose polygon is located to ±100 m.
const districts: Districts = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'erqi', drawing: { precisionM: 100 } },
      geometry: { type: 'Polygon', coordinates: [[[113.6, 34.7], [113.62, 34.7], [113.62, 34.72], [113.6, 34.72], [113.6, 34.7]]] },
    },
  ],
};

const place = (id: string, kind: PlaceKind, lon: number, lat: number, precisionM: number): Place => ({ id, name: id, kind, lon, lat, precisionM, from: 'test' });
// A rectangle of junctions inside the district; 'est' is an estimated corner; 'east-out' lies east of the district.
const places: Place[] = [
  place('sw', 'junction', 113.605, 34.705, 150),
  place('se', 'junction', 113.615, 34.705, 120),
  place('ne', 'landmark', 113.615, 34.715, 80),
  place('nw', 'road-point', 113.605, 34.715, 60),
  place('est', 'estimated', 113.615, 34.715, 900),
  place('est-s', 'estimated', 113.615, 34.705, 700),
  place('east-out', 'facility', 113.63, 34.71, 50),
  place('on-border', 'junction', 113.62, 34.71, 40),
];

const recipe = (id: string, geometry: Partial<ZoneRecipe>, statedAreaKm2: number | null = null): ZoneRecipe => ({
  id,
  name: '测试',
  nameEn: 'Test',
  statedAreaKm2,
  sources: [{ file: '000_062be593f0ca59e2.txt', lines: '1-1' }],
  drawing: { method: { zh: '测试', en: 'test' }, precisionM: 1000 },
  ...geometry,
});

const zone = (features: ZoneRecipe[], geometry: ZoneFile['geometry'] = 'polygon'): ZoneFile => ({ layer: 'test', level: 'erqi', title: { zh: '测', en: 'T' }, geometry, style: { color: '#0072b2', fillOpacity: 0.15, visibleByDefault: true, order: 10 }, features });

/** Builds the recipes and returns the edge runs of the last one. */
function edgesOf(features: ZoneRecipe[], geometry: ZoneFile['geometry'] = 'polygon', gazetteer = places): EdgeRun[] {
  const edges: EdgeMap = new Map();
  buildLayer(zone(features, geometry), gazetteer, districts, new Map(), undefined, edges);
  return edges.get(features[features.length - 1].id)!;
}

const M_PER_DEG_LAT = 110_574;
const metres = (runs: EdgeRun[], edge: string) =>
  runs
    .filter((r) => r.edge === edge)
    .flatMap((r) => r.coordinates.slice(1).map((b, i) => Math.hypot((b[0] - r.coordinates[i][0]) * 111_320 * Math.cos((34.71 * Math.PI) / 180), (b[1] - r.coordinates[i][1]) * M_PER_DEG_LAT)))
    .reduce((a, b) => a + b, 0);
const summary = (runs: EdgeRun[]) => runs.map((r) => `${r.edge} ${r.precisionM}`).sort();

describe('edge classes from the recipes', () => {
  it('a ring of located places is located all round, each edge as precise as its less precise end', () => {
    const runs = edgesOf([recipe('located', { ring: [{ place: 'sw' }, { place: 'se' }, { place: 'ne' }, { place: 'nw' }] })]);
    // nw–sw and sw–se (both 150 m) join round the ring's start.
    expect(summary(runs)).toEqual(['located 120', 'located 150', 'located 80']);
    expect(metres(runs, 'estimated') + metres(runs, 'mark')).toBe(0);
  });

  it('the two edges at an estimated place are estimated, at its precision; the others stay located', () => {
    const runs = edgesOf([recipe('one-estimate', { ring: [{ place: 'sw' }, { place: 'se' }, { place: 'est' }, { place: 'nw' }] })]);
    expect(summary(runs)).toEqual(['estimated 900', 'located 150']);
    // se–est and est–nw: 1.1 km + 0.9 km of a 4 km outline.
    const est = metres(runs, 'estimated');
    expect(est / (est + metres(runs, 'located'))).toBeCloseTo(0.5, 1);
    // One run per class: the two estimated edges join at the estimated corner, the located ones wrap round the ring's start.
    expect(runs.find((r) => r.edge === 'estimated')!.coordinates).toHaveLength(3);
  });

  it('an explicit lonlat vertex makes its edges estimated, as precise as the feature says', () => {
    const runs = edgesOf([recipe('by-hand', { ring: [{ place: 'sw' }, { place: 'se' }, { lonlat: [113.615, 34.715], why: 'test' }, { place: 'nw' }] })]);
    expect(summary(runs)).toEqual(['estimated 1000', 'located 150']);
  });

  it('a lonlat vertex with its own precisionM gives its edges that figure (or its neighbour\'s, if larger), not the feature\'s', () => {
    const vertex = (precisionM: number) => ({ lonlat: [113.615, 34.715] as [number, number], why: 'test', precisionM });
    const runs = edgesOf([recipe('placed-by-hand', { ring: [{ place: 'sw' }, { place: 'se' }, vertex(300), { place: 'nw' }] })]);
    expect(summary(runs)).toEqual(['estimated 300', 'located 150']);
    // Still estimated however small: a hand-placed vertex is never located; each of its edges is as precise as its other end.
    const tight = edgesOf([recipe('tight', { ring: [{ place: 'sw' }, { place: 'se' }, vertex(20), { place: 'nw' }] })]);
    expect(summary(tight)).toEqual(['estimated 120', 'estimated 60', 'located 150']);
  });

  it('a fitted edge is estimated at least as wide as its band, and a neighbour on the fitted line is too', () => {
    const fit = { places: ['est-s', 'est'], bearingDeg: 90, bandM: 1500, edge: { zh: '东边', en: 'east edge' } };
    const fitted = recipe('fitted', { ring: [{ place: 'sw' }, { place: 'est-s' }, { place: 'est' }, { place: 'nw' }], fit }, 1.2);
    const neighbour = recipe('neighbour', { ring: [{ place: 'est-s' }, { place: 'east-out' }, { place: 'est' }] });
    const edges: EdgeMap = new Map();
    buildLayer(zone([fitted, neighbour]), places, districts, new Map(), undefined, edges);
    expect(summary(edges.get('fitted')!)).toEqual(['estimated 1500', 'located 150']);
    expect(summary(edges.get('neighbour')!)).toEqual(['estimated 1500']);
  });

  it('a border stretch and the edges a clip cuts along the district are located at the district polygon’s precision', () => {
    const border = edgesOf([recipe('border', { ring: [{ place: 'sw' }, { place: 'se' }, { place: 'on-border' }, { border: 'erqi', from: 'on-border', to: 'ne', via: 'ne' }, { place: 'ne' }] })]);
    expect(new Set(border.map((r) => r.edge))).toEqual(new Set(['located']));
    expect(border.some((r) => r.precisionM === 100)).toBe(true);
    // The ring reaches past the district's east edge (113.62); the clip makes that edge the border.
    const clipped = edgesOf([recipe('clipped', { ring: [{ place: 'sw' }, { place: 'east-out' }, { place: 'nw' }], clip: 'erqi' })]);
    const borderRun = clipped.find((r) => r.coordinates.every((p) => p[0] === 113.62))!;
    expect(borderRun).toMatchObject({ edge: 'located', precisionM: 100 });
  });

  it('circles, hulls of explicit vertices and two-point lines only mark a place; points have no edges', () => {
    const circle = edgesOf([recipe('circle', { circle: { place: 'ne', radiusM: 300 } })]);
    expect(summary(circle)).toEqual(['mark 1000']);
    expect(circle[0].coordinates.length).toBeGreaterThan(60);
    const hull = edgesOf([recipe('hull', { ring: [{ lonlat: [113.6, 34.7], why: 'hull' }, { lonlat: [113.61, 34.7], why: 'hull' }, { lonlat: [113.61, 34.71], why: 'hull' }] })]);
    expect(summary(hull)).toEqual(['mark 1000']);
    expect(summary(edgesOf([recipe('chord', { line: [{ place: 'sw' }, { place: 'ne' }] })], 'line'))).toEqual(['mark 1000']);
    expect(summary(edgesOf([recipe('course', { line: [{ place: 'sw' }, { place: 'se' }, { place: 'est' }] })], 'line'))).toEqual(['estimated 900', 'located 150']);
    expect(edgesOf([recipe('spot', { point: 'ne' })], 'point')).toEqual([]);
  });

  it('a line marked `mark` (named places strung together, no course given) is one mark, located vertices or not', () => {
    const belt = edgesOf([recipe('belt', { line: [{ place: 'sw' }, { place: 'se' }, { place: 'est' }], mark: true })], 'line');
    expect(summary(belt)).toEqual(['mark 1000']);
    expect(belt[0].coordinates).toEqual([[113.605, 34.705], [113.615, 34.705], [113.615, 34.715]]);
  });

  it('a whole districts union is located; a union of parts keeps each part’s classes; sameAs copies them', () => {
    expect(summary(edgesOf([recipe('whole', { districts: ['erqi'] })]))).toEqual(['located 100']);
    const ring = recipe('ring-part', { ring: [{ place: 'sw' }, { place: 'se' }, { place: 'ne' }, { place: 'nw' }] });
    const circle = recipe('circle-part', { circle: { place: 'se', radiusM: 400 } });
    const runs = edgesOf([ring, circle, recipe('union', { union: ['ring-part', 'circle-part'] })]);
    expect(new Set(runs.map((r) => r.edge))).toEqual(new Set(['located', 'mark']));
    expect(summary(edgesOf([ring, recipe('twin', { sameAs: 'ring-part' })]))).toEqual(summary(edgesOf([ring])));
  });

  it('an edge that lies on no step of the recipe is counted, not guessed', () => {
    const line = { type: 'LineString' as const, coordinates: [[113.6, 34.7], [113.61, 34.7], [113.61, 34.71]] as Position[] };
    const sources = [{ a: [113.6, 34.7], b: [113.61, 34.7], edge: 'located' as const, precisionM: 50 }];
    const traced = traceEdges(line, sources, { edge: 'estimated', precisionM: 999 });
    expect(traced.untraced).toBe(1);
    expect(summary(traced.runs)).toEqual(['estimated 999', 'located 50']);
  });
});
