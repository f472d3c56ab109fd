import { describe, expect, it } from 'vitest';
import { destination } from '@turf/turf';
import type { Polygon } from 'geojson';
import { junctionRecords, locateJunction, pointsOnRoad, roadNameVariants, type RoadRecords } from './roadRecords';
import { betweenEvidence, junctionEvidence, roadEvidence, type District } from './roadEvidence';

const O: [number, number] = [113.63, 34.72];
const at = (bearing: number, m: number) => destination(O, m / 1000, bearing).geometry.coordinates as [number, number];
const box: Polygon = { type: 'Polygon', coordinates: [[at(225, 4000), at(135, 4000), at(45, 4000), at(315, 4000), at(225, 4000)]] };
const ERQI: District = { name: '二七区', geometry: box, toleranceM: 100 };
const ll = (p: [number, number]) => ({ lon: p[0], lat: p[1] });
const none: RoadRecords = { evidence: [], addresses: [], stops: [], pois: [] };

describe('which records lie on a named road', () => {
  it('reads the plan\'s road under its East/Middle/West sections, not under another road\'s South/North name', () => {
    expect(roadNameVariants('陇海路')).toEqual(['陇海路', '陇海东路', '陇海中路', '陇海西路']);
    expect(roadNameVariants('德化东街')).toEqual(['德化东街']);
    const r: RoadRecords = { ...none, pois: [{ address: '陇海中路56号', ...ll(at(90, 100)) }, { address: '大学南路8号', ...ll(at(180, 2000)) }] };
    expect(pointsOnRoad(['陇海路'], r).map((p) => p.from)).toEqual(['poi-addresses: 陇海中路56号']);
    expect(pointsOnRoad(['大学路'], r)).toEqual([]);
  });

  it('takes a house number or a junction on the road, never a longer road whose name ends the same', () => {
    const r: RoadRecords = {
      ...none,
      pois: [
        { address: '人和路12号', ...ll(at(0, 100)) },
        { address: '淮河路街道人和路30-2号', ...ll(at(0, 300)) },
        { address: '淮河路与人和路交叉口向南10米', ...ll(at(0, 500)) },
        { address: '南人和路5号', ...ll(at(90, 3000)) },
        { address: '人和路小区3号楼', ...ll(at(90, 2000)) },
      ],
    };
    expect(pointsOnRoad(['人和路'], r).map((p) => p.from)).toEqual(['poi-addresses: 人和路12号', 'poi-addresses: 淮河路街道人和路30-2号', 'poi-addresses: 淮河路与人和路交叉口向南10米']);
  });

  it('takes bus stops named <road><cross street> and counts a restaurant found in two files once', () => {
    const p = ll(at(0, 100));
    const r: RoadRecords = {
      evidence: [{ road: '福寿街', label: 'amap_poi:福寿街88号', ...p }],
      addresses: [{ road: '福寿街', address: '福寿街88号', ...p }],
      stops: [{ name: '福寿街兴隆街站', ...ll(at(0, 600)) }, { name: '二马路福寿街', ...ll(at(0, 900)) }, { name: '福寿', ...ll(at(0, 50)) }],
      pois: [{ address: '福寿街88号1层', ...p }],
    };
    expect(pointsOnRoad(['福寿街'], r).map((x) => x.from)).toEqual(['road-evidence: 福寿街 amap_poi:福寿街88号', 'bus-stops-2013: 福寿街兴隆街站', 'bus-stops-2013: 二马路福寿街']);
  });
});

describe('where two roads meet', () => {
  const r: RoadRecords = {
    evidence: [],
    addresses: [{ road: '淮河路', crossRoad: '人和路', address: '淮河路与人和路交叉口向南10米路东', ...ll(at(0, 20)) }],
    stops: [{ name: '人和路淮河路站', ...ll(at(90, 60)) }],
    pois: [{ address: '人和路与淮河路交叉口西50米', ...ll(at(270, 50)) }, { address: '淮河路58号', ...ll(at(90, 900)) }],
  };

  it('takes records naming both roads in either order, and places the crossing at their median', () => {
    const recs = junctionRecords('人和路', '淮河路', r);
    expect(recs).toHaveLength(3);
    const j = locateJunction(recs, box, 100);
    expect(j.position).not.toBeNull();
    expect(j.position && j.precisionM).toBe(100);
  });

  it('does not take the crossing of same-name roads in another district', () => {
    const elsewhere = junctionRecords('人和路', '淮河路', r).map((p) => ({ ...p, lon: p.lon + 0.3 }));
    const j = locateJunction(elsewhere, box, 100);
    expect(j.position).toBeNull();
    expect(j.position === null && j.reason).toBe('outside');
  });

  it('places a work at a crossing as a point with the records named', () => {
    const e = junctionEvidence({ junction: { roads: ['人和路', '淮河路'], district: '二七区' } }, r, ERQI);
    expect(e.geometry?.type).toBe('Point');
    expect(e.geometry && e.evidence.zh).toContain('「人和路」与「淮河路」的路口');
  });
});

describe('a road given with its two ends', () => {
  const r: RoadRecords = {
    ...none,
    addresses: [{ road: '景西一路', crossRoad: '萍湖路', address: '景西一路与萍湖路交叉口', ...ll(at(0, 1000)) }],
    pois: [{ address: '郑少高速南辅道与景西一路交叉口北50米', ...ll(at(180, 500)) }],
  };

  it('is a line between the two located junctions', () => {
    const e = betweenEvidence({ between: { road: '景西一路', from: '郑少高速南辅道', to: '萍湖路', district: '二七区' } }, r, ERQI);
    expect(e.geometry?.type).toBe('LineString');
    expect(e.geometry?.type === 'LineString' && e.geometry.coordinates).toHaveLength(2);
  });

  it('needs both junctions: with one missing it stays unplaced and says which', () => {
    const one = { ...r, pois: [] };
    const e = betweenEvidence({ between: { road: '景西一路', from: '郑少高速南辅道', to: '萍湖路', district: '二七区' } }, one, ERQI);
    expect(e.geometry).toBeNull();
    expect(e.geometry === null && e.why.zh).toContain('「景西一路」与「郑少高速南辅道」的路口');
    expect(e.geometry === null && e.why.zh).not.toContain('「景西一路」与「萍湖路」');
  });
});

describe('a renovated road\'s evidence', () => {
  it('says when the road has no point inside the district, naming the ones outside', () => {
    const r: RoadRecords = { ...none, pois: [0, 300, 600].map((m) => ({ address: `桐柏路${m + 1}号`, ...ll(at(90, 9000 + m)) })) };
    const e = roadEvidence({ road: { names: ['桐柏路'], district: '二七区' } }, r, ERQI);
    expect(e.geometry).toBeNull();
    expect(e.geometry === null && e.why.en).toContain('All 3 reference points on 「桐柏路」 lie outside 二七区');
  });
});
