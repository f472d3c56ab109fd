import { describe, expect, it } from 'vitest';
import { along, destination, distance, length, lineString, pointToLineDistance } from '@turf/turf';
import type { Polygon } from 'geojson';
import { clipToDistrict, farthestFromPoints, MAX_GAP_M, MIN_ROAD_PRECISION_M, offAxisPrecision, orderAlongAxis, traceRoad, type RoadPoint } from './roadTrace';

// A road running east from an origin in 二七区, and a square district around its first 3 km.
const O: [number, number] = [113.63, 34.72];
const at = (alongM: number, offM = 0, bearing = 90): [number, number] => {
  const a = destination(O, alongM / 1000, bearing).geometry.coordinates;
  return destination(a, Math.abs(offM) / 1000, offM >= 0 ? bearing - 90 : bearing + 90).geometry.coordinates as [number, number];
};
const pt = (pos: [number, number], from = 'test'): RoadPoint => ({ lon: pos[0], lat: pos[1], from });
const district: Polygon = { type: 'Polygon', coordinates: [[at(-500, -1500), at(3000, -1500), at(3000, 1500), at(-500, 1500), at(-500, -1500)]] };
// Kerb-side points every 100 m (a densely evidenced road), alternating 30 m north and south of the centreline.
const kerbs = (fromM: number, toM: number, bearing = 90, stepM = 100) => {
  const out: RoadPoint[] = [];
  for (let m = fromM, i = 0; m <= toM; m += stepM, i++) out.push(pt(at(m, i % 2 ? 30 : -30, bearing), `kerb ${m}`));
  return out;
};
/** The farthest any part of the line lies from the nearest point, measured independently (turf, every 5 m). */
const worstGapM = (line: number[][], points: RoadPoint[]) => {
  const ls = lineString(line);
  let worst = 0;
  for (let s = 0; s <= length(ls, { units: 'meters' }); s += 5) {
    const q = along(ls, s, { units: 'meters' });
    worst = Math.max(worst, Math.min(...points.map((p) => distance(q, [p.lon, p.lat], { units: 'meters' }))));
  }
  return worst;
};

describe('ordering points along a road', () => {
  it('orders shuffled points along the axis and finds its bearing', () => {
    const pts = kerbs(0, 1500, 90, 150);
    const shuffled = [...pts].sort((a, b) => a.from.length - b.from.length || (a.from < b.from ? 1 : -1));
    const o = orderAlongAxis(shuffled);
    const along = o.points.map((q) => Number(q.p.from.split(' ')[1]));
    // One way along the road (which end comes first does not matter).
    expect(along[0] < along[1] ? along : [...along].reverse()).toEqual([...along].sort((a, b) => a - b));
    expect([90, 91, 89]).toContain(o.bearingDeg);
    for (const q of o.points) expect(q.offM).toBeCloseTo(30, -1);
  });

  it('works for a road running north–south as well', () => {
    const o = orderAlongAxis(kerbs(0, 1200, 0));
    expect(o.bearingDeg === 0 || o.bearingDeg === 180 || o.bearingDeg === 179 || o.bearingDeg === 1).toBe(true);
  });
});

describe('clipping to the district the plan belongs to', () => {
  it('keeps points inside or within the border tolerance, and sets the rest apart', () => {
    const inside = pt(at(1000));
    const nearBorder = pt(at(3050)); // 50 m outside the border
    const beyond = pt(at(3400));
    const r = clipToDistrict([inside, nearBorder, beyond], district, 100);
    expect(r.inside).toEqual([inside, nearBorder]);
    expect(r.outside).toEqual([beyond]);
  });
});

describe('precision from the points\' spread off the line', () => {
  it('is the 90th percentile of their distances from the line, rounded up to 10 m', () => {
    const line = [at(0), at(2000)];
    const pts = [10, 20, 30, 40, 50, 60, 70, 80, 90, 130].map((off, i) => pt(at(i * 200, off)));
    expect(offAxisPrecision(pts, line)).toEqual({ p90M: 90, precisionM: 90 });
  });

  it('is never better than the sources\' own error', () => {
    expect(offAxisPrecision([pt(at(0, 5)), pt(at(500, -5))], [at(0), at(500)]).precisionM).toBe(MIN_ROAD_PRECISION_M);
  });
});

describe('tracing a renovated road', () => {
  it('draws a line along the road from its first to its last point, within the points\' spread', () => {
    const t = traceRoad(kerbs(0, 2400), district, 100);
    expect(t.line).not.toBeNull();
    if (!t.line) return;
    const ends = [t.line[0], t.line[t.line.length - 1]];
    // Runs the road's length (the first and last bins' means sit a little inside the ends).
    expect(distance(ends[0], ends[1], { units: 'meters' })).toBeGreaterThan(2000);
    for (const v of t.line) expect(pointToLineDistance(v, { type: 'LineString', coordinates: [at(-100), at(2500)] }, { units: 'meters' })).toBeLessThan(30);
    expect(t.precisionM).toBe(MIN_ROAD_PRECISION_M);
    // Vertices go one way along the road, not back and forth.
    const lons = t.line.map((c) => c[0]);
    expect(lons).toEqual([...lons].sort((a, b) => a - b));
  });

  it('takes no point of the same road beyond the district, and draws only the part inside', () => {
    const t = traceRoad(kerbs(0, 6000), district, 100);
    expect(t.line).not.toBeNull();
    if (!t.line) return;
    // Inside the border or within its 100 m tolerance.
    for (const v of t.line) expect(v[0]).toBeLessThan(at(3110)[0]);
    expect(t.outsideDistrict.length).toBeGreaterThan(15);
  });

  it('does not take a same-name road in another district', () => {
    const elsewhere = kerbs(0, 2000).map((p) => ({ ...p, lon: p.lon + 0.3 }));
    const t = traceRoad(elsewhere, district, 100);
    expect(t.line).toBeNull();
    expect(t.line === null && t.reason).toBe('outside');
    expect(t.outsideDistrict).toHaveLength(elsewhere.length);
  });

  it('drops a point far off the axis (a shop-name prefix read as the road)', () => {
    const stray = pt(at(800, 900), 'stray');
    const t = traceRoad([...kerbs(0, 2000), stray], district, 100);
    expect(t.offAxis).toEqual([stray]);
    expect(t.line && t.precisionM).toBe(MIN_ROAD_PRECISION_M);
  });

  it('leaves out a separate stretch far along the axis (a namesake in the same district)', () => {
    const main = kerbs(-400, 1000);
    const far = [pt(at(1400)), pt(at(1450)), pt(at(1480))];
    const t = traceRoad([...main, ...far], { type: 'Polygon', coordinates: [[at(-500, -1500), at(8000, -1500), at(8000, 1500), at(-500, 1500), at(-500, -1500)]] }, 100);
    // A 0.4 km gap: one road; a 4 km gap: two.
    expect(t.otherStretches).toHaveLength(0);
    const farther = [pt(at(5100)), pt(at(5200))];
    const t2 = traceRoad([...main, ...farther], { type: 'Polygon', coordinates: [[at(-500, -1500), at(8000, -1500), at(8000, 1500), at(-500, 1500), at(-500, -1500)]] }, 100);
    expect(t2.otherStretches).toEqual(farther);
    if (t2.line) for (const v of t2.line) expect(v[0]).toBeLessThan(at(1100)[0]);
  });

  it('does not bridge a gap longer than MAX_GAP_M: draws the stretch with more points and sets the other apart', () => {
    const west = kerbs(0, 1200);
    const east = kerbs(1200 + MAX_GAP_M + 200, 2600);
    const t = traceRoad([...west, ...east], district, 100);
    expect(t.otherStretches).toEqual(east);
    if (!t.line) throw new Error('no line');
    for (const v of t.line) expect(v[0]).toBeLessThan(at(1300)[0]);
    expect(t.precisionM).toBe(MIN_ROAD_PRECISION_M);
  });

  it('draws no line from too few points or too short a stretch, and says which', () => {
    const few = traceRoad([pt(at(0)), pt(at(800))], district, 100);
    expect(few.line === null && few.reason).toBe('few');
    const short = traceRoad([pt(at(0)), pt(at(100, 20)), pt(at(200, -20))], district, 100);
    expect(short.line === null && short.reason).toBe('short');
  });

  it('refuses to order a road that turns a corner along one axis', () => {
    const corner = [...kerbs(0, 2400), ...kerbs(150, 2400, 0).map((p) => ({ ...p, lon: p.lon + (at(2400)[0] - O[0]) }))];
    const t = traceRoad(corner, { type: 'Polygon', coordinates: [[at(-500, -1500), at(3000, -1500), at(3000, 3000), at(-500, 3000), at(-500, -1500)]] }, 100);
    expect(t.line === null && t.reason).toBe('bends');
  });
});

describe('a line\'s precision holds for every part of it', () => {
  it('a densely evidenced road keeps its tight ±: no part of the line is far from a point', () => {
    const pts = kerbs(0, 2400);
    const t = traceRoad(pts, district, 100);
    if (!t.line) throw new Error('no line');
    expect(t.precisionM).toBe(MIN_ROAD_PRECISION_M);
    expect(worstGapM(t.line, pts)).toBeLessThanOrEqual(t.precisionM);
    expect(t.gap?.m).toBeCloseTo(100, -1);
  });

  it('a gap between the points widens the line\'s ±, though the points lie close to the line', () => {
    const pts = [...kerbs(0, 1000), ...kerbs(1450, 2400)];
    const t = traceRoad(pts, district, 100);
    if (!t.line) throw new Error('no line');
    expect(t.otherStretches).toHaveLength(0);
    // The points fit the line as well as a dense road's do…
    expect(t.p90M).toBeLessThanOrEqual(40);
    // …but the middle of the 450 m gap lies about 225 m from either side's last point: the ± says so.
    expect(t.gap?.m).toBeCloseTo(450, -1);
    expect(t.gap?.between.map((p) => p.from)).toEqual(['kerb 1000', 'kerb 1450']);
    expect(t.farthestM).toBeGreaterThan(220);
    expect(t.precisionM).toBeGreaterThanOrEqual(t.farthestM);
    expect(t.precisionM).toBeLessThan(t.farthestM + 10);
    // Measured independently: no part of the line lies beyond its ± from a point.
    expect(worstGapM(t.line, pts)).toBeLessThanOrEqual(t.precisionM);
  });

  it('the farthest part may be an end of the line, not only a gap', () => {
    const pts = [pt(at(0, 10)), pt(at(100, -10)), pt(at(200, 10))];
    const r = farthestFromPoints([at(0), at(500)], pts);
    expect(r.maxM).toBeGreaterThan(295);
    expect(r.maxM).toBeLessThan(305);
    expect(r.atM).toBeCloseTo(500, -1);
    // A line through the points, ending at them, lies only their own offset from them (checked every 10 m along it).
    expect(farthestFromPoints([at(0), at(200)], pts).maxM).toBeLessThanOrEqual(52);
  });
});
