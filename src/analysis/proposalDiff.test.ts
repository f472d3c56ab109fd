import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Polygon, Position } from 'geojson';
import type { EdgeCollection, PlanCollection } from '../data/types';
import { areaKm2 } from './area';
import { distanceM } from './measure';
import { diffProposal } from './proposalDiff';

const GEODATA = fileURLToPath(new URL('../../geodata/', import.meta.url));
const read = <T>(path: string): T => JSON.parse(readFileSync(`${GEODATA}${path}`, 'utf8')) as T;

// 二七商圈板块 as drawn, with its edge classes: the real board the e2e proposes a new edge for.
const board = read<PlanCollection>('layers/erqi-six-boards.geojson').features.find((f) => f.properties.id === 'eq-board-shangquan')!;
const edges = read<EdgeCollection>('edges/erqi-six-boards.geojson').features.filter((e) => e.properties.id === 'eq-board-shangquan');
const drawn = board.geometry as Polygon;
const ring = drawn.coordinates[0];
const stated = board.properties.statedAreaKm2!;

/** `p` moved `m` metres east (negative: west) or north. */
const east = (p: Position, m: number): Position => [p[0] + (m / distanceM(p, [p[0] + 0.01, p[1]])) * 0.01, p[1]];
const north = (p: Position, m: number): Position => [p[0], p[1] + (m / distanceM(p, [p[0], p[1] + 0.01])) * 0.01];
const withRing = (r: Position[]): Polygon => ({ type: 'Polygon', coordinates: [r] });
/** The open ring (no closing vertex) with `f` applied, closed again. */
const editRing = (f: (open: Position[]) => Position[]): Polygon => {
  const open = f(ring.slice(0, -1).map((p) => [...p]));
  return withRing([...open, open[0]]);
};
const indexOf = (p: Position) => ring.findIndex((q) => q[0] === p[0] && q[1] === p[1]);

describe('a proposed boundary against the drawn plan feature', () => {
  it('an untouched outline moves nothing and keeps the drawing\'s gap to the stated area', () => {
    const d = diffProposal({ before: drawn, after: drawn, edges, statedAreaKm2: stated });
    expect(d.moved).toEqual([]);
    expect(d.areaAfterKm2).toBe(d.areaBeforeKm2);
    expect(d.areaBeforeKm2).toBeCloseTo(areaKm2(drawn), 12);
    expect(d.gapBefore).toBeCloseTo((areaKm2(drawn) - stated) / stated, 12);
    expect(d.gapBefore!).toBeLessThan(0); // the board is drawn smaller than the plan says (README: −8.4 %)
    expect(d.touched.located.moved + d.touched.estimated.moved + d.touched.mark.moved).toBe(0);
  });

  it('the same outline started elsewhere and run the other way round is no change', () => {
    const open = ring.slice(0, -1);
    const turned = [...open.slice(7), ...open.slice(0, 7)].reverse();
    const d = diffProposal({ before: drawn, after: withRing([...turned, turned[0]]), edges, statedAreaKm2: stated });
    expect(d.moved).toEqual([]);
  });

  it('a vertex of the estimated south-west edge dragged 100 m west moves that edge 100 m, inside its ±120 m band', () => {
    const corner = [113.652888, 34.7456];
    const i = indexOf(corner);
    expect(i).toBeGreaterThan(0);
    const after = editRing((open) => open.map((p, k) => (k === i ? east(p, -100) : p)));
    const d = diffProposal({ before: drawn, after, edges, statedAreaKm2: stated });
    expect(d.moved).toHaveLength(1);
    const [m] = d.moved;
    expect(m.edge).toBe('estimated');
    expect(m.precisionM).toBe(120);
    expect(m.movedM).toBeGreaterThan(99);
    expect(m.movedM).toBeLessThan(101);
    expect(m.withinBand).toBe(true);
    expect(m.side).toMatch(/^s|w$/);
    expect(d.touched.estimated).toMatchObject({ moved: 1, beyondBand: 0 });
    expect(d.touched.located.moved).toBe(0);
    expect(d.areaAfterKm2).toBeGreaterThan(d.areaBeforeKm2);
    expect(Math.abs(d.gapAfter!)).toBeLessThan(Math.abs(d.gapBefore!)); // west is outward: closer to 1.23 km²
  });

  it('a vertex inserted mid-way along the located north edge and pulled 200 m north is a 200 m move beyond the edge\'s band, and adds the triangle it makes', () => {
    const a = [113.6598, 34.7586];
    const b = [113.653859, 34.75899];
    const mid = north([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2], 200);
    const after = editRing((open) => {
      const k = open.findIndex((p) => p[0] === a[0] && p[1] === a[1]);
      return [...open.slice(0, k + 1), mid, ...open.slice(k + 1)];
    });
    const d = diffProposal({ before: drawn, after, edges, statedAreaKm2: stated });
    expect(d.moved).toHaveLength(1);
    const [m] = d.moved;
    expect(m.edge).toBe('located');
    expect(m.side).toBe('n');
    // The edge is not quite east-west, so the new vertex lies a little less than 200 m from it.
    expect(m.movedM).toBeGreaterThan(195);
    expect(m.movedM).toBeLessThanOrEqual(200.5);
    expect(m.withinBand).toBe(false);
    expect(d.touched.located).toMatchObject({ moved: 1, beyondBand: 1 });
    const triangleKm2 = (0.5 * distanceM(a, b) * m.movedM) / 1e6;
    expect((d.areaAfterKm2 - d.areaBeforeKm2) / triangleKm2).toBeCloseTo(1, 1);
  });

  it('a vertex removed counts for the edge it was on, by how far the new chord passes from it', () => {
    const corner = [113.652888, 34.7456];
    const i = indexOf(corner);
    const after = editRing((open) => open.filter((_, k) => k !== i));
    const d = diffProposal({ before: drawn, after, edges, statedAreaKm2: stated });
    expect(d.moved).toHaveLength(1);
    expect(d.moved[0].edge).toBe('estimated');
    // The chord between its neighbours passes some hundreds of metres from the removed corner, never further
    // than the corner is from either neighbour.
    const [prev, next] = [ring[i - 1], ring[i + 1]];
    const nearestNeighbourM = Math.min(distanceM(prev, corner), distanceM(corner, next));
    expect(d.moved[0].movedM).toBeGreaterThan(100);
    expect(d.moved[0].movedM).toBeLessThan(nearestNeighbourM);
    expect(d.areaAfterKm2).toBeLessThan(d.areaBeforeKm2);
  });

  it('sorts the moved edges by how far they moved and tallies them by class', () => {
    const sw = indexOf([113.652888, 34.7456]);
    const ne = indexOf([113.6655, 34.7518]);
    const after = editRing((open) => open.map((p, k) => (k === sw ? east(p, -50) : k === ne ? east(p, 300) : p)));
    const d = diffProposal({ before: drawn, after, edges, statedAreaKm2: stated });
    expect(d.moved.map((m) => m.edge)).toEqual(['located', 'estimated']);
    expect(d.moved[0].movedM).toBeGreaterThan(d.moved[1].movedM);
    expect(d.moved[0].side).toBe('ne'); // the staircase of located streets between the east and north edges
    expect(d.touched.located.lengthM).toBeGreaterThan(0);
    expect(d.touched.estimated.moved).toBe(1);
  });

  it('says when the new outline crosses itself', () => {
    const after = editRing((open) => open.map((p, k) => (k === 0 ? east(p, 2000) : p)));
    expect(diffProposal({ before: drawn, after, edges }).selfCrossing).toBe(true);
    expect(diffProposal({ before: drawn, after: drawn, edges }).selfCrossing).toBe(false);
  });

  it('without a stated area there is no gap, and without edge classes the whole ring is one stretch', () => {
    // The south-east corner pulled 40 m south: 40 m from the old south edge and from the old corner.
    const se = indexOf([113.664, 34.7463]);
    const after = editRing((open) => open.map((p, k) => (k === se ? north(p, -40) : p)));
    const d = diffProposal({ before: drawn, after, edges: [] });
    expect(d.gapBefore).toBeNull();
    expect(d.gapAfter).toBeNull();
    expect(d.moved).toHaveLength(1);
    expect(d.moved[0].edge).toBeNull();
    expect(d.moved[0].withinBand).toBe(false);
    expect(d.moved[0].movedM).toBeCloseTo(40, 0);
  });

  it('an edge pushed straight out moves alone: its neighbours lengthen along their own lines, whichever order the stretches come in', () => {
    const sq = [[113.6, 34.7], [113.61, 34.7], [113.61, 34.71], [113.6, 34.71]];
    const before = withRing([...sq, sq[0]]);
    const stretches = sq.map((a, i) => ({
      type: 'Feature' as const,
      properties: { id: 'sq', edge: (i % 2 ? 'estimated' : 'located') as 'estimated' | 'located', precisionM: 100 },
      geometry: { type: 'LineString' as const, coordinates: [a, sq[(i + 1) % 4]] },
    }));
    // Push each side out by 80 m in turn, with the stretches listed forwards and backwards.
    const out = [(p: Position) => north(p, -80), (p: Position) => east(p, 80), (p: Position) => north(p, 80), (p: Position) => east(p, -80)];
    for (let side = 0; side < 4; side++) {
      const moved = sq.map((p, k) => (k === side || k === (side + 1) % 4 ? out[side](p) : p));
      for (const list of [stretches, [...stretches].reverse()]) {
        const d = diffProposal({ before, after: withRing([...moved, moved[0]]), edges: list });
        expect(d.moved.map((m) => m.side)).toEqual([['s', 'e', 'n', 'w'][side]]);
        expect(d.moved[0].movedM).toBeCloseTo(80, 0);
      }
    }
  });
});
