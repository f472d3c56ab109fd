/**
 * The site report: for each imported polygon (a "site"), every plan area it
 * touches, with the intersection area and the share of the site and of the plan
 * feature, and the planned projects inside it or within 500 m of it; exported as
 * CSV or GeoJSON.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { ProjectFeature, ProjectKind } from '../data/projects';
import { createProjectIndex, NEAR_SITE_M, projectsNearArea } from './projectsNear';
import { isAreaFeature, type AreaFeature, type PlanFeature } from '../data/types';
import type { Level } from '../data/levels';
import { toCsv, type CsvOptions } from '../lib/csv';
import type { Job } from '../lib/job';
import { runJob } from '../lib/job';
import type { AreaGeometry } from './area';
import { intersectionOf, overlapOfPrepared, prepareArea, type Overlap, type OverlapVerdict, type PreparedArea } from './overlap';
import { buildBBoxIndex } from './spatialIndex';
import { fromKm2 } from './units';
import type { Lang } from '../lib/lang';

/** Any polygon with an id and a display name; imported sites carry more properties. */
export type SiteFeature = Feature<Polygon | MultiPolygon, { id: string; name: string }>;

export interface SiteHit {
  planId: string;
  planName: string;
  planNameEn: string;
  layer: string;
  level: Level;
  intersectionKm2: number;
  shareOfSite: number;
  shareOfPlan: number;
  /** The site's relation to the plan feature ("inside" = the site lies inside it). */
  verdict: OverlapVerdict;
  /** The shared area, when asked for (keepGeometry). */
  intersection?: AreaGeometry;
}

/** A planned project inside the site or near it. */
export interface SiteProjectHit {
  projectId: string;
  projectName: string;
  projectNameEn: string;
  kind: ProjectKind;
  /** 0 inside or touching the site; otherwise metres from the site's edge to the project. */
  distanceM: number;
  /** How precisely the project is placed (± m). */
  precisionM: number | null;
  /** Its geometry, for the GeoJSON export. */
  geometry: Geometry;
}

export interface SiteReportRow {
  siteId: string;
  siteName: string;
  siteAreaKm2: number;
  /** Largest share of the site first. */
  hits: SiteHit[];
  /** Projects inside or within `projectRadiusM` of the site, nearest first (empty when projects were not given). */
  projects: SiteProjectHit[];
  /** Set when the geometry library failed on this site; its hits may be incomplete. */
  error?: string;
}

export interface SiteReport {
  rows: SiteReportRow[];
  /** Plan area features compared against. */
  planAreaCount: number;
  /** Plan features left out because they are lines or points. */
  skippedPlanFeatures: number;
  /** Whether projects were looked for (they load on demand: a report made before they could be had has none). */
  projectsChecked: boolean;
  projectRadiusM: number;
}

export interface SiteReportOptions {
  /** Keep each intersection's geometry (for the map and the GeoJSON export). */
  keepGeometry?: boolean;
  /**
   * Also list edge slivers (verdict "disjoint": under 0.1 % of the smaller area).
   * Off by default: with boundaries drawn to ±100–500 m they are noise, not findings.
   */
  includeSlivers?: boolean;
  /** The planned projects to look for inside and near each site. */
  projects?: readonly ProjectFeature[];
  /** How far from a site a project still counts as near it (500 m). */
  projectRadiusM?: number;
}

/** The report as a job of one step per site. */
export function siteReportJob(
  sites: readonly SiteFeature[],
  planFeatures: readonly PlanFeature[],
  options: SiteReportOptions = {},
): Job<SiteReport> {
  const plan = planFeatures.filter(isAreaFeature).map((f) => prepareArea<AreaFeature>(f));
  const index = buildBBoxIndex<PreparedArea<AreaFeature>>(plan, (p) => p.bbox);
  const projectRadiusM = options.projectRadiusM ?? NEAR_SITE_M;
  const projectById = new Map((options.projects ?? []).map((p) => [p.properties.id, p]));
  const projectIndex = createProjectIndex(options.projects ?? []);
  const rows: SiteReportRow[] = [];
  return {
    size: sites.length,
    step(i) {
      const site = prepareArea(sites[i]);
      const row: SiteReportRow = {
        siteId: site.feature.properties.id,
        siteName: site.feature.properties.name,
        siteAreaKm2: site.areaKm2,
        hits: [],
        projects: [],
      };
      for (const p of index.search(site.bbox)) {
        let o: Overlap;
        let intersection: AreaGeometry | null = null;
        try {
          o = overlapOfPrepared(site, p);
          if (o.intersectionKm2 <= 0 || (o.verdict === 'disjoint' && !options.includeSlivers)) continue;
          if (options.keepGeometry) intersection = intersectionOf(site, p);
        } catch (e) {
          row.error = e instanceof Error ? e.message : String(e);
          continue;
        }
        const props = p.feature.properties;
        row.hits.push({
          planId: props.id,
          planName: props.name,
          planNameEn: props.nameEn,
          layer: props.layer,
          level: props.level,
          intersectionKm2: o.intersectionKm2,
          shareOfSite: o.shareOfA,
          shareOfPlan: o.shareOfB,
          verdict: o.verdict,
          ...(intersection ? { intersection } : {}),
        });
      }
      row.hits.sort((a, b) => b.shareOfSite - a.shareOfSite || a.planId.localeCompare(b.planId));
      try {
        for (const hit of projectsNearArea(projectIndex, site.feature.geometry, projectRadiusM)) {
          const project = projectById.get(hit.id)!;
          const p = project.properties;
          row.projects.push({ projectId: p.id, projectName: p.name, projectNameEn: p.nameEn, kind: p.kind, distanceM: hit.distanceM, precisionM: p.precisionM, geometry: project.geometry! });
        }
      } catch (e) {
        row.error = e instanceof Error ? e.message : String(e);
      }
      rows.push(row);
    },
    result: () => ({
      rows,
      planAreaCount: plan.length,
      skippedPlanFeatures: planFeatures.length - plan.length,
      projectsChecked: options.projects !== undefined,
      projectRadiusM,
    }),
  };
}

export const siteReport = (
  sites: readonly SiteFeature[],
  planFeatures: readonly PlanFeature[],
  options?: SiteReportOptions,
): SiteReport => runJob(siteReportJob(sites, planFeatures, options));

const HEADER: Record<Lang, string[]> = {
  zh: ['地块编号', '地块名称', '地块面积(平方公里)', '地块面积(亩)', '规划要素编号', '规划要素名称', '图层', '相交面积(平方公里)', '占地块比例(%)', '占规划要素比例(%)', '关系', '距地块(米)'],
  en: ['site_id', 'site_name', 'site_area_km2', 'site_area_mu', 'plan_id', 'plan_name', 'layer', 'intersection_km2', 'share_of_site_pct', 'share_of_plan_pct', 'relation', 'distance_to_site_m'],
};

/** The "layer" column of a project line. */
export const PROJECT_LAYER = 'projects';

/** A project's relation to the site, as a sentence fragment. */
export function projectRelation(distanceM: number, lang: Lang): string {
  if (distanceM === 0) return lang === 'zh' ? '项目在地块内或与之相接' : 'project inside or touching the site';
  const m = Math.round(distanceM);
  return lang === 'zh' ? `项目距地块 ${m} 米` : `project ${m} m from the site`;
}

/** The verdict as a sentence fragment about the site. */
export const VERDICT_TEXT: Record<Lang, Record<OverlapVerdict, string>> = {
  zh: { inside: '地块位于其内', contains: '地块包含该要素', 'same-area': '基本重合', overlaps: '部分重叠', disjoint: '仅边缘接触' },
  en: { inside: 'site inside', contains: 'site contains it', 'same-area': 'about the same area', overlaps: 'partly overlapping', disjoint: 'edge contact only' },
};

const round = (value: number, decimals: number): number => Number(value.toFixed(decimals));

/**
 * One CSV line per (site, plan feature), then one per (site, project near it) with the project's
 * distance from the site; a site with neither still gets a line with empty plan columns.
 */
export function siteReportToCsv(report: SiteReport, lang: Lang, options?: CsvOptions): string {
  const lines = report.rows.flatMap((row) => {
    const site = [row.siteId, row.siteName, round(row.siteAreaKm2, 6), round(fromKm2(row.siteAreaKm2, 'mu'), 2)];
    if (row.hits.length === 0 && row.projects.length === 0) return [[...site, '', '', '', '', '', '', '', '']];
    const plan = row.hits.map((h) => [
      ...site,
      h.planId,
      lang === 'zh' ? h.planName : h.planNameEn,
      h.layer,
      round(h.intersectionKm2, 6),
      round(h.shareOfSite * 100, 2),
      round(h.shareOfPlan * 100, 2),
      VERDICT_TEXT[lang][h.verdict],
      '',
    ]);
    const projects = row.projects.map((p) => [
      ...site,
      p.projectId,
      lang === 'zh' ? p.projectName : p.projectNameEn,
      PROJECT_LAYER,
      '',
      '',
      '',
      projectRelation(p.distanceM, lang),
      Math.round(p.distanceM),
    ]);
    return [...plan, ...projects];
  });
  return toCsv(HEADER[lang], lines, options);
}

export interface ReportFeatureProperties {
  kind: 'site' | 'intersection' | 'project';
  siteId: string;
  siteName: string;
  siteAreaKm2: number;
  /** Site features: every hit without geometry. Intersection features: their one hit. Project features: none. */
  hits: Omit<SiteHit, 'intersection'>[];
  /** Site features: the projects near it, without geometry. Project features: their one project. */
  projects: Omit<SiteProjectHit, 'geometry'>[];
}

/**
 * The report as GeoJSON: one feature per site (its geometry, the hits and near projects as properties),
 * followed by one feature per intersection when the report kept geometry, then one per project near a site
 * (the project's own geometry).
 */
export function siteReportToGeoJson(report: SiteReport, sites: readonly SiteFeature[]): FeatureCollection<Geometry, ReportFeatureProperties> {
  const geometryById = new Map(sites.map((s) => [s.properties.id, s.geometry]));
  const features: Feature<Geometry, ReportFeatureProperties>[] = [];
  const pieces: typeof features = [];
  const projectMarks: typeof features = [];
  for (const row of report.rows) {
    const base = { siteId: row.siteId, siteName: row.siteName, siteAreaKm2: row.siteAreaKm2 };
    const hits = row.hits.map(({ intersection: _omit, ...hit }) => hit);
    const projects = row.projects.map(({ geometry: _omit, ...project }) => project);
    const geometry = geometryById.get(row.siteId);
    if (geometry) features.push({ type: 'Feature', geometry, properties: { kind: 'site', ...base, hits, projects } });
    row.hits.forEach((h, i) => {
      if (h.intersection) pieces.push({ type: 'Feature', geometry: h.intersection, properties: { kind: 'intersection', ...base, hits: [hits[i]], projects: [] } });
    });
    row.projects.forEach((p, i) => projectMarks.push({ type: 'Feature', geometry: p.geometry, properties: { kind: 'project', ...base, hits: [], projects: [projects[i]] } }));
  }
  return { type: 'FeatureCollection', features: [...features, ...pieces, ...projectMarks] };
}
