import { describe, expect, it } from 'vitest';
import type { PlanFeature } from '../src/data/types';
import { deriveEvidence } from './build-project-places';
import type { ProjectSource } from './lib/validate/projectList';
import type { Poi } from './lib/poiMatch';

const FILE = '000_062be593f0ca59e2.txt';
// A board of about 1.1 × 1.1 km (113.640–113.652, 34.650–34.660).
const board = {
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [[[113.64, 34.65], [113.652, 34.65], [113.652, 34.66], [113.64, 34.66], [113.64, 34.65]]] },
  properties: { id: 'eq-board-health', name: '健康产业核心板块', nameEn: 'Health Industry core board', drawing: { precisionM: 700 } },
} as unknown as PlanFeature;
const features = new Map([[board.properties.id, board]]);
const project = (id: string, place: ProjectSource['place']): ProjectSource => ({
  id, name: id, nameEn: id, shortNames: [], kind: 'commerce', features: ['eq-board-health'], quotes: [{ text: '郑州杉杉国际名品时尚中心项目', source: { file: FILE, lines: '613-613' } }], schedule: [], place,
});
const poi = (lon: number, lat: number, district = '二七区', name = '杉杉奥莱店'): Poi => ({ name, address: '大学南路319号', district, lon, lat });
const anchors = new Map([
  ['erqi-square', { id: 'erqi-square', name: '二七纪念塔', lon: 113.6604, lat: 34.7533, precisionM: 30, from: 'metro-2025: 二七广场' }],
  ['dehua-mid', { id: 'dehua-mid', name: '德化街（中段）', lon: 113.6605, lat: 34.7511, precisionM: 100, from: 'addresses: 德化街' }],
]);

describe('deriving a project\'s evidence', () => {
  const pois = [poi(113.6455, 34.6552), poi(113.6457, 34.6555), poi(113.6453, 34.6551), poi(114.0213, 34.784, '中牟县'), poi(113.6555, 34.6552, '二七区', '杉杉奥莱(东店)')];
  const evidence = deriveEvidence({ projects: [
    project('prj-inside', { poi: { words: ['杉杉奥莱'], district: '二七区', withinM: 300 } }),
    project('prj-outside', { poi: { words: ['东店'], district: '二七区', withinM: 1000 } }),
    project('prj-square', { place: 'erqi-square', extentM: 400 }),
    project('prj-street', { line: ['erqi-square', 'dehua-mid'] }),
  ] }, pois, anchors, features);

  it('places from the district\'s POIs near the board, names what it left out, and says how it combined them', () => {
    const e = evidence.projects['prj-inside'];
    expect(e.geometry).toEqual({ type: 'Point', coordinates: [113.6455, 34.6552] });
    if (!e.geometry) throw new Error('not placed');
    expect(e.precisionM).toBe(100);
    expect(e.evidence.en).toContain('Median of the 3 reference POIs');
    expect(e.evidence.en).toContain('same words in other districts (中牟县 1) not taken');
    expect(e.evidence.en).toContain('1 in the district too far from it not taken');
    expect(e.findings).toEqual([]);
  });

  it('shows a place outside the board the plan ties it to as a finding', () => {
    const e = evidence.projects['prj-outside'];
    if (!e.geometry) throw new Error('not placed');
    expect(e.findings[0].en).toMatch(/^Lies about 3\d\d m outside the Health Industry core board/);
  });

  it('takes a located place\'s position with the project\'s extent as its precision', () => {
    const e = evidence.projects['prj-square'];
    if (!e.geometry) throw new Error('not placed');
    expect(e.precisionM).toBe(400);
    expect(e.evidence.en).toContain('reaches about 400 m around it');
  });

  it('draws a street or tunnel work as a line between located places, its ± true of its middle too', () => {
    const e = evidence.projects['prj-street'];
    if (!e.geometry) throw new Error('not placed');
    expect(e.geometry).toEqual({ type: 'LineString', coordinates: [[113.6604, 34.7533], [113.6605, 34.7511]] });
    // The ends are ±30 and ±100 m, but the middle of the 245 m line lies 122 m from either: ±130 m.
    expect(e.precisionM).toBe(130);
    expect(e.evidence.zh).toContain('二七纪念塔—德化街（中段）');
    expect(e.evidence.en).toMatch(/No part of the line lies more than 12[23] m from the nearest of them, hence ±130 m/);
  });
});
