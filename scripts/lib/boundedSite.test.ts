import { describe, expect, it } from 'vitest';
import { destination, distance } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import type { RoadRecords } from './roadRecords';
import { locateBoundedSite, locateCorner, MAX_BOUNDED_PRECISION_M } from './boundedSite';
import { boundedEvidence, junctionEvidence, type District } from './roadEvidence';
import { validateProjectSources } from './validate/projectList';

// A 1.2 km × 0.8 km block: 西路 and 东路 run north–south, 北街 and 南街 east–west.
const O: [number, number] = [113.88, 34.79];
const at = (bearing: number, m: number) => destination(O, m / 1000, bearing).geometry.coordinates as [number, number];
const shift = (p: Position, bearing: number, m: number) => destination(p, m / 1000, bearing).geometry.coordinates as [number, number];
const box: Polygon = { type: 'Polygon', coordinates: [[at(225, 5000), at(135, 5000), at(45, 5000), at(315, 5000), at(225, 5000)]] };
const D: District = { name: '中牟县', geometry: box, toleranceM: 100 };
const ll = (p: Position) => ({ lon: p[0], lat: p[1] });
const none: RoadRecords = { evidence: [], addresses: [], stops: [], pois: [] };
const NW = shift(shift(O, 270, 600), 0, 400);
const NE = shift(shift(O, 90, 600), 0, 400);
const SE = shift(shift(O, 90, 600), 180, 400);
const RING = ['西路', '北街', '东路', '南街'];
const m = (a: Position, b: Position) => distance(a, b, { units: 'meters' });
/** House numbers on 西路 north of NW and on 北街 east of it, and no record naming both roads. */
const tracedNW: RoadRecords = {
  ...none,
  pois: [
    ...[200, 500, 800].map((d, i) => ({ address: `西路${i + 1}号`, ...ll(shift(NW, 0, d)) })),
    ...[200, 500, 800].map((d, i) => ({ address: `北街${i + 10}号`, ...ll(shift(NW, 90, d)) })),
  ],
};

describe('a site bounded by named roads', () => {
  it('is the middle of the located corners, ± the half-diagonal plus the corners\' own precision', () => {
    const r: RoadRecords = {
      ...none,
      pois: [
        { address: '西路与北街交叉口向东20米', ...ll(NW) },
        { address: '北街与东路交叉口西南角', ...ll(NE) },
        { address: '东路与南街交叉口', ...ll(SE) },
      ],
    };
    const s = locateBoundedSite(RING, r, D);
    expect(s.position).not.toBeNull();
    if (!s.position) return;
    // Three corners of a 1200 × 800 m block: their middle lies inside it, nearer the three than the missing SW corner.
    expect(m(s.position, O)).toBeLessThan(400);
    expect(s.halfDiagonalM).toBeGreaterThan(500);
    expect(s.precisionM).toBe(Math.ceil((s.halfDiagonalM + 100) / 10) * 10);
    expect(s.corners.filter((c) => c.position)).toHaveLength(3);
    expect(s.corners[3]).toMatchObject({ roads: ['南街', '西路'], position: null, junction: 'none' });
  });

  it('takes two opposite corners of a four-road ring, but not two adjacent ones', () => {
    const diagonal: RoadRecords = { ...none, pois: [{ address: '西路与北街交叉口', ...ll(NW) }, { address: '东路与南街交叉口', ...ll(SE) }] };
    const s = locateBoundedSite(RING, diagonal, D);
    expect(s.position && m(s.position, O)).toBeLessThan(30);
    const side: RoadRecords = { ...none, pois: [{ address: '西路与北街交叉口', ...ll(NW) }, { address: '北街与东路交叉口', ...ll(NE) }] };
    expect(locateBoundedSite(RING, side, D)).toMatchObject({ position: null, why: 'corners' });
  });

  it('never takes a same-name junction in another district as a corner', () => {
    const far = shift(O, 0, 20000);
    const r: RoadRecords = { ...none, pois: [{ address: '西路与北街交叉口', ...ll(far) }, { address: '北街与东路交叉口', ...ll(NE) }, { address: '东路与南街交叉口', ...ll(SE) }] };
    const c = locateCorner('西路', '北街', r, D);
    expect(c).toMatchObject({ position: null, junction: 'outside' });
    expect(locateBoundedSite(RING, r, D).position).toBeNull();
  });

  it('finds a corner where the lines traced through two roads\' own addresses cross, when no record names the junction', () => {
    // 西路 has house numbers north of the block, 北街 east of 西路: their lines meet at NW only when reached on.
    const c = locateCorner('西路', '北街', tracedNW, D);
    expect(c.position).not.toBeNull();
    if (!c.position || c.how !== 'traces') throw new Error('expected a crossing of traces');
    expect(m(c.position, NW)).toBeLessThan(30);
    expect(c.beyondM).toBeGreaterThan(150);
    expect(c.precisionM).toBeGreaterThanOrEqual(100 + c.beyondM);
  });

  it('leaves corners spread over a district unplaced rather than give a ± wider than a site', () => {
    const r: RoadRecords = {
      ...none,
      pois: [{ address: '西路与北街交叉口', ...ll(shift(O, 315, 2500)) }, { address: '北街与东路交叉口', ...ll(shift(O, 45, 2500)) }, { address: '东路与南街交叉口', ...ll(shift(O, 135, 2500)) }],
    };
    const s = locateBoundedSite(RING, r, D);
    expect(s).toMatchObject({ position: null, why: 'wide' });
    expect(s.halfDiagonalM! + 100).toBeGreaterThan(MAX_BOUNDED_PRECISION_M);
  });

  it('names the page, its date and the missing corners in the evidence of an unplaced site', () => {
    const page = { url: 'http://example.org/news/1.html', date: '2023-02-06', says: { zh: '项目位于西路、北街、东路、南街围合区域', en: 'the project lies in the area the four roads enclose' } };
    const e = boundedEvidence({ bounded: { roads: RING, district: '中牟县', page } }, { ...none, pois: [{ address: '西路与北街交叉口', ...ll(NW) }] }, D);
    expect(e.geometry).toBeNull();
    if (e.geometry) return;
    expect(e.why.en).toContain('http://example.org/news/1.html (2023-02-06)');
    expect(e.why.en).toContain('1 of 4 are located');
    expect(e.why.zh).toContain('「东路」与「南街」：无此路口的记录');
  });
});

describe('a junction work (recipe `junction`) no record names', () => {
  const traced = tracedNW;

  it('is placed where the lines traced through each road\'s own points cross, ± the lines\' precision plus the reach', () => {
    const e = junctionEvidence({ junction: { roads: ['西路', '北街'], district: '中牟县' } }, traced, D);
    if (!e.geometry || e.geometry.type !== 'Point') throw new Error('not placed');
    expect(m(e.geometry.coordinates, NW)).toBeLessThan(30);
    // The crossing lies about 200 m beyond both drawn stretches' ends: the ± says so.
    expect(e.precisionM).toBeGreaterThanOrEqual(300);
    expect(e.evidence.en).toContain('no reference names both roads');
    expect(e.evidence.en).toMatch(/\d+ m beyond a drawn stretch's end, ±\d+ m/);
  });

  it('stays unplaced, saying why, when one road has no points or the traced lines do not meet', () => {
    const onlyWest: RoadRecords = { ...none, pois: traced.pois.slice(0, 3) };
    const e = junctionEvidence({ junction: { roads: ['西路', '北街'], district: '中牟县' } }, onlyWest, D);
    if (e.geometry) throw new Error('placed');
    expect(e.why.en).toContain('names the junction of 「西路」 and 「北街」; 「北街」 has no reference points in 中牟县 to trace a line through.');
    // Two parallel roads 1.2 km apart never cross.
    const parallel: RoadRecords = { ...none, pois: [...traced.pois.slice(0, 3), ...[200, 500, 800].map((d, i) => ({ address: `东路${i + 1}号`, ...ll(shift(NE, 0, d)) }))] };
    const p = junctionEvidence({ junction: { roads: ['西路', '东路'], district: '中牟县' } }, parallel, D);
    if (p.geometry) throw new Error('placed');
    expect(p.why.zh).toContain('两路所连的线（端外延伸不超过300米）不相交');
  });
});

describe('the bounded recipe in the one list', () => {
  const project = (place: unknown) => ({
    projects: [{ id: 'prj-x', name: 'x', nameEn: 'x', shortNames: [], kind: 'tech', features: ['f'], quotes: [], schedule: [], place }],
  });
  const ctx = { featureIds: new Set(['f']), placeIds: new Set<string>() };
  const page = { url: 'http://example.org/a.html', date: '2023-02-06', says: { zh: '围合区域', en: 'enclosed' } };

  it('needs at least three different roads and a page with its address and date', () => {
    expect(validateProjectSources(project({ bounded: { roads: RING, district: '中牟县', page } }), ctx)).toEqual([]);
    expect(validateProjectSources(project({ bounded: { roads: ['西路', '北街'], district: '中牟县', page } }), ctx).map((p) => p.problem)).toEqual(['place.bounded.roads must list at least three different roads, in ring order']);
    expect(validateProjectSources(project({ bounded: { roads: RING, district: '中牟县', page: { ...page, date: '2023' } } }), ctx).map((p) => p.problem)).toEqual(['place.bounded.page must be { url: "http(s)://…", date: "YYYY-MM-DD", says: { zh, en } }']);
    expect(validateProjectSources(project({ bounded: { roads: RING, district: '中牟县' } }), ctx)).toHaveLength(1);
  });
});
