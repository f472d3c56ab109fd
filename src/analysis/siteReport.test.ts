import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { PlanFeature } from '../data/types';
import { siteReport, siteReportToCsv, siteReportToGeoJson, type SiteFeature } from './siteReport';
import { point, testProject } from './testing/projectFixture';

// Rectangles in km east/north of a point in Zhengzhou.
const KM_LAT = 1 / 111.195;
const KM_LON = KM_LAT / Math.cos((34.75 * Math.PI) / 180);
function box(x: number, y: number, w: number, h: number): Polygon {
  const [x0, y0] = [113.6 + x * KM_LON, 34.7 + y * KM_LAT];
  const [x1, y1] = [x0 + w * KM_LON, y0 + h * KM_LAT];
  return { type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] };
}
const plan = (id: string, name: string, geometry: PlanFeature['geometry']): PlanFeature => ({
  type: 'Feature',
  geometry,
  properties: { id, name, nameEn: `${id} en`, layer: 'test-layer', level: 'erqi', sources: [], drawing: { method: { zh: '测试', en: 'test' }, precisionM: 0 } },
});
const site = (id: string, name: string, geometry: Polygon): SiteFeature => ({ type: 'Feature', properties: { id, name }, geometry });

const zoneA = plan('zone-a', '甲片区', box(0, 0, 2, 2));
const zoneB = plan('zone-b', '乙片区', box(-5, -5, 20, 20));
const axis = plan('axis', '发展轴', { type: 'LineString', coordinates: [[113.5, 34.7], [113.7, 34.8]] });
const planFeatures = [zoneA, zoneB, axis];

describe('siteReport', () => {
  const sites = [
    site('s1', '半在甲片区', box(1.5, 0.5, 1, 1)), // half in zone A, all in zone B
    site('s2', '远处', box(40, 40, 0.2, 0.2)),
    site('s3', '擦边', box(2 - 0.0005, 0.5, 1, 1)), // 0.05 % of it in zone A: a sliver
  ];

  it('lists every plan area a site touches with both shares, largest share of the site first', () => {
    const report = siteReport(sites, planFeatures);
    expect(report.planAreaCount).toBe(2);
    expect(report.skippedPlanFeatures).toBe(1);
    const [s1, s2] = report.rows;
    expect(s1.siteAreaKm2).toBeCloseTo(1, 2);
    expect(s1.hits.map((h) => h.planId)).toEqual(['zone-b', 'zone-a']);
    expect(s1.hits[0]).toMatchObject({ verdict: 'inside', planName: '乙片区', layer: 'test-layer' });
    expect(s1.hits[0].shareOfSite).toBeCloseTo(1, 3);
    expect(s1.hits[0].shareOfPlan).toBeCloseTo(1 / 400, 4);
    expect(s1.hits[1].intersectionKm2).toBeCloseTo(0.5, 2);
    expect(s1.hits[1].shareOfSite).toBeCloseTo(0.5, 2);
    expect(s1.hits[1].shareOfPlan).toBeCloseTo(0.125, 2);
    expect(s2.hits).toEqual([]);
  });

  it('leaves out edge slivers unless asked', () => {
    expect(siteReport(sites, planFeatures).rows[2].hits.map((h) => h.planId)).toEqual(['zone-b']);
    const withSlivers = siteReport(sites, planFeatures, { includeSlivers: true }).rows[2].hits;
    expect(withSlivers.find((h) => h.planId === 'zone-a')?.verdict).toBe('disjoint');
  });

  it('exports CSV a spreadsheet shows as text, one line per site and plan feature', () => {
    const hostile = [site('=cmd|x', '<img src=x onerror=alert(1)>, "quoted"', box(0.5, 0.5, 0.5, 0.5)), sites[1]];
    const csv = siteReportToCsv(siteReport(hostile, planFeatures), 'zh');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('地块编号,地块名称,地块面积(平方公里),地块面积(亩),规划要素编号,规划要素名称,图层,相交面积(平方公里),占地块比例(%),占规划要素比例(%),关系,距地块(米)');
    expect(lines).toHaveLength(1 + 2 + 1 + 1); // header, 2 hits, 1 empty site, trailing ''
    const prefix = `'=cmd|x,"<img src=x onerror=alert(1)>, ""quoted""",`;
    expect(lines[1].startsWith(prefix)).toBe(true);
    const rest = lines[1].slice(prefix.length).split(',');
    expect(Number(rest[0])).toBeCloseTo(0.25, 2);
    expect(Number(rest[1])).toBeCloseTo(375, -1); // 亩
    expect(rest.slice(2, 5)).toEqual(['zone-a', '甲片区', 'test-layer']);
    expect(Number(rest[5])).toBeCloseTo(0.25, 2); // intersection km²
    expect(rest.slice(6)).toEqual(['100', '6.25', '地块位于其内', '']);
    expect(lines[3]).toMatch(/^s2,远处,0\.0\d+,\d+(\.\d+)?,,,,,,,,$/);
    expect(siteReportToCsv(siteReport(hostile, planFeatures), 'en').split('\r\n')[1]).toContain(',zone-a en,');
  });

  it('exports GeoJSON with the sites and, when kept, the intersections', () => {
    const report = siteReport(sites.slice(0, 2), planFeatures, { keepGeometry: true });
    const fc = siteReportToGeoJson(report, sites);
    expect(fc.features.map((f) => f.properties.kind)).toEqual(['site', 'site', 'intersection', 'intersection']);
    expect(fc.features[0].properties.hits).toHaveLength(2);
    expect('intersection' in fc.features[0].properties.hits[0]).toBe(false);
    expect(fc.features[3].properties.hits[0].planId).toBe('zone-a');
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
});

describe('siteReport: planned projects at the site', () => {
  // Site s1 spans 1.5–2.5 km east and 0.5–1.5 km north of the box origin.
  const s1 = site('s1', '地块', box(1.5, 0.5, 1, 1));
  const at = (x: number, y: number) => point(113.6 + x * KM_LON, 34.7 + y * KM_LAT);
  const inside = testProject('inside', at(2, 1), { name: '地块内项目', kind: 'culture' });
  const near = testProject('near', at(2.8, 1), { name: '近处项目' }); // 300 m east of the site
  const far = testProject('far', at(3.2, 1)); // 700 m east
  const unplaced = testProject('unplaced', null);
  const projects = [far, near, unplaced, inside];

  it('lists projects inside or within 500 m of the site, nearest first, with their distance', () => {
    const report = siteReport([s1], planFeatures, { projects });
    expect(report.projectsChecked).toBe(true);
    const hits = report.rows[0].projects;
    expect(hits.map((p) => p.projectId)).toEqual(['inside', 'near']);
    expect(hits[0]).toMatchObject({ distanceM: 0, kind: 'culture', projectName: '地块内项目' });
    expect(hits[1].distanceM).toBeGreaterThan(295);
    expect(hits[1].distanceM).toBeLessThan(305);
    expect(siteReport([s1], planFeatures).projectsChecked).toBe(false);
    expect(siteReport([s1], planFeatures).rows[0].projects).toEqual([]);
  });

  it('writes one CSV line per project after the plan areas, with its distance in metres', () => {
    const lines = siteReportToCsv(siteReport([s1], planFeatures, { projects }), 'zh').replace(/^\uFEFF/, '').split('\r\n');
    const projectLines = lines.filter((l) => l.includes(',projects,'));
    expect(projectLines).toHaveLength(2);
    expect(projectLines[0]).toMatch(/^s1,地块,[\d.]+,[\d.]+,inside,地块内项目,projects,,,,项目在地块内或与之相接,0$/);
    expect(projectLines[1]).toMatch(/,near,近处项目,projects,,,,项目距地块 30\d 米,30\d$/);
    expect(lines.indexOf(projectLines[0])).toBeGreaterThan(lines.findIndex((l) => l.includes(',zone-a,')));
  });

  it('adds each near project to the GeoJSON as its own feature with its geometry', () => {
    const fc = siteReportToGeoJson(siteReport([s1], planFeatures, { projects }), [s1]);
    expect(fc.features[0].properties.projects.map((p) => p.projectId)).toEqual(['inside', 'near']);
    expect('geometry' in fc.features[0].properties.projects[0]).toBe(false);
    const marks = fc.features.filter((f) => f.properties.kind === 'project');
    expect(marks.map((f) => f.properties.projects[0].projectId)).toEqual(['inside', 'near']);
    expect(marks[1].geometry).toEqual(near.geometry);
  });
});
