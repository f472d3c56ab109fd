/**
 * `npm run data:projects`: derives each project's position from its recipe (geodata/projects/projects.json)
 * and writes geodata/projects/evidence.json — the position, its precision, the evidence in words and the
 * findings — so the evidence is committed and reviewable, and the reference files are never shipped.
 * Recipes: `poi` (the reference POIs beside the project, ../shared/reference/zhengzhou-poi-addresses-wgs84.geojson,
 * matched by words, district and nearness to the board: scripts/lib/poiMatch.ts), `place` (a located point of
 * geodata/places or a metro station), `line` (a road or tunnel work between located points), the road recipes
 * (`road`, `between`, `junction`) and `bounded` (a site a web page says named roads enclose).
 * Needs ../shared (the POI file); data:build then only checks the committed evidence.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import { ADMIN_FILE, GEODATA, readDrawnFeatures, readJson } from './geodataFiles';
import { betweenEvidence, boundedEvidence, junctionEvidence, roadEvidence, type District } from './lib/roadEvidence';
import { farthestFromPoints } from './lib/roadTrace';
import type { RoadRecords } from './lib/roadRecords';
import { readAnchors, type Anchor } from './lib/projectAnchors';
import { distanceToM, matchPois, MAX_PRECISION_M, type Poi, type PoiMatch } from './lib/poiMatch';
import { PROJECT_EVIDENCE_FILE, PROJECT_SOURCES_FILE, type PlaceEvidence, type PlaceRecipe, type ProjectEvidenceFile, type ProjectSource, type ProjectSourceFile } from './lib/validate/projectList';
import type { Bilingual } from '../src/lib/bilingual';
import type { DataProblem, PlanFeature } from '../src/data/types';

const REFERENCE = (file: string) => fileURLToPath(new URL(`../../shared/reference/${file}`, import.meta.url));
export const POI_FILE = REFERENCE('zhengzhou-poi-addresses-wgs84.geojson');
const ROAD_EVIDENCE_FILE = REFERENCE('zhengzhou-road-evidence-wgs84.geojson');
const STREET_ADDRESS_FILE = REFERENCE('zhengzhou-street-addresses-wgs84.geojson');
const BUS_STOP_FILE = REFERENCE('zhengzhou-bus-stops-2013-wgs84.geojson');
/** How far from the board a POI may lie unless the recipe says (a site at the board's edge, a mall across its road). */
export const DEFAULT_WITHIN_M = 1000;
const SAMPLES = 3;

const km = (m: number) => (m >= 1000 ? `${(m / 1000).toFixed(1)} km` : `${Math.round(m)} m`);
const zhKm = (m: number) => (m >= 1000 ? `${(m / 1000).toFixed(1)}公里` : `${Math.round(m)}米`);

/** Where the position lies against the features the plan ties the project to: outside them all is a finding. */
function placeFindings(pos: [number, number], p: ProjectSource, features: Map<string, PlanFeature>): Bilingual[] {
  const areas = p.features.map((id) => features.get(id)).filter((f): f is PlanFeature => !!f && /Polygon/.test(f.geometry.type));
  if (!areas.length) return [];
  const gaps = areas.map((f) => ({ f, m: distanceToM(pos, f.geometry as Geometry) }));
  if (gaps.some((g) => g.m === 0)) return [];
  const nearest = gaps.sort((a, b) => a.m - b.m)[0];
  const prec = nearest.f.properties.drawing.precisionM;
  return [{
    zh: `位于规划所属的${nearest.f.properties.name}之外约${zhKm(nearest.m)}（该范围为示意，边界精度约±${prec}米）。`,
    en: `Lies about ${km(nearest.m)} outside the ${nearest.f.properties.nameEn}, the area the plan ties it to (a schematic outline, edges ±${prec} m).`,
  }];
}

const distinct = (xs: string[]) => [...new Set(xs.filter(Boolean))];

function poiEvidence(p: ProjectSource, r: Extract<PlaceRecipe, { poi: unknown }>['poi'], pois: Poi[], features: Map<string, PlanFeature>): PlaceEvidence {
  const nearId = r.near ?? p.features[0];
  const nearFeature = features.get(nearId);
  const withinM = r.withinM ?? DEFAULT_WITHIN_M;
  const m: PoiMatch = matchPois(pois, { words: r.words, district: r.district, exclude: r.exclude, near: nearFeature ? { geometry: nearFeature.geometry as Geometry, withinM } : undefined });
  const words = r.words.map((w) => `「${w}」`).join('、');
  const others = Object.entries(m.otherDistricts).map(([d, n]) => `${d} ${n}`);
  const samples = distinct(m.used.map((x) => x.address)).slice(0, SAMPLES);
  const detail = { matched: m.matched, otherDistricts: m.otherDistricts, tooFar: m.tooFar, used: m.used.length, outliers: m.outliers.length, spreadM: m.spreadM, sampleAddresses: samples, near: nearId, withinM };
  const where = !nearFeature
    ? { zh: `${r.district}内`, en: `in ${r.district}` }
    : withinM === 0
      ? { zh: `${r.district}内、${nearFeature.properties.name}之内`, en: `in ${r.district}, inside the ${nearFeature.properties.nameEn}` }
      : { zh: `${r.district}内、${nearFeature.properties.name}${zhKm(withinM)}范围内`, en: `in ${r.district} within ${km(withinM)} of the ${nearFeature.properties.nameEn}` };
  const notTaken = {
    zh: `${others.length ? `；其他区同名 ${others.join('、')} 个未采用` : ''}${m.tooFar ? `；本区内离该范围过远的 ${m.tooFar} 个未采用` : ''}`,
    en: `${others.length ? `; same words in other districts (${others.join(', ')}) not taken` : ''}${m.tooFar ? `; ${m.tooFar} in the district too far from it not taken` : ''}`,
  };
  if (!m.position) {
    const why = m.used.length
      ? { zh: `参考兴趣点中名称或地址含${words}的 ${m.used.length} 个（${where.zh}）分散约${zhKm(m.spreadM ?? 0)}，超过±${MAX_PRECISION_M}米，不能定为一处${notTaken.zh}。`, en: `The ${m.used.length} reference POIs whose name or address holds ${words} (${where.en}) spread over about ${km(m.spreadM ?? 0)}, more than ±${MAX_PRECISION_M} m: no one place${notTaken.en}.` }
      : { zh: `参考兴趣点中没有名称或地址含${words}的（${where.zh}）${notTaken.zh}。`, en: `No reference POI whose name or address holds ${words} (${where.en})${notTaken.en}.` };
    return { recipe: { poi: r }, geometry: null, why, detail };
  }
  const pos = m.position as [number, number];
  const precisionM = Math.max(m.precisionM!, r.extentM ?? 0);
  const reach = r.extentM && r.extentM > m.precisionM! ? { zh: `；项目可能距此约${r.extentM}米，故精度取±${precisionM}米`, en: `; the project may lie about ${r.extentM} m from it, hence ±${precisionM} m` } : { zh: '', en: '' };
  const sample = samples.length ? `；地址示例：${samples.join('；')}` : '';
  const outl = m.outliers.length ? { zh: `，剔除离群 ${m.outliers.length} 个`, en: `, ${m.outliers.length} outlier(s) dropped` } : { zh: '', en: '' };
  return {
    recipe: { poi: r },
    geometry: { type: 'Point', coordinates: pos },
    precisionM,
    evidence: {
      zh: `${r.basis ? r.basis.zh : ''}参考兴趣点（商业地图餐饮点位及其地址，已转为WGS-84）中名称或地址含${words}的 ${m.used.length} 个（${where.zh}）取经纬度中位数${outl.zh}；八成在中位点 ${m.spreadM} 米内${reach.zh}${notTaken.zh}${sample}。`,
      en: `${r.basis ? `${r.basis.en} ` : ''}Median of the ${m.used.length} reference POIs (commercial-map restaurant points with their addresses, converted to WGS-84) whose name or address holds ${words} (${where.en})${outl.en}; 80 % lie within ${m.spreadM} m of it${reach.en}${notTaken.en}${samples.length ? `; sample address words: ${samples.join('; ')}` : ''}.`,
    },
    findings: placeFindings(pos, p, features),
    detail,
  };
}

function anchorEvidence(p: ProjectSource, recipe: PlaceRecipe, anchors: Map<string, Anchor>, features: Map<string, PlanFeature>): PlaceEvidence {
  const ids = 'place' in recipe ? [recipe.place] : 'line' in recipe ? recipe.line : [];
  const used = ids.map((id) => anchors.get(id)!);
  const extentM = 'place' in recipe ? recipe.extentM ?? 0 : 0;
  const precisionM = Math.max(extentM, ...used.map((a) => a.precisionM));
  const names = used.map((a) => a.name);
  const from = distinct(used.map((a) => a.from)).join('; ');
  if ('place' in recipe) {
    const pos: [number, number] = [used[0].lon, used[0].lat];
    return {
      recipe, geometry: { type: 'Point', coordinates: pos }, precisionM,
      evidence: extentM
        ? { zh: `以已定位的${names[0]}为中心（来源：${from}），项目向四周延伸约${extentM}米，故精度取±${precisionM}米。`, en: `Centred on the located place ${names[0]} (from ${from}); the project reaches about ${extentM} m around it, hence ±${precisionM} m.` }
        : { zh: `位于已定位的${names[0]}（±${precisionM}米；来源：${from}）。`, en: `At the located place ${names[0]} (±${precisionM} m; from ${from}).` },
      findings: placeFindings(pos, p, features), detail: { places: ids },
    };
  }
  const coords = used.map((a) => [a.lon, a.lat]);
  // The line's ± holds for every part of it: between the located places it lies up to `far` from the nearest one.
  const far = farthestFromPoints(coords, used).maxM;
  const lineM = Math.max(precisionM, Math.ceil(far / 10) * 10);
  return {
    recipe, geometry: { type: 'LineString', coordinates: coords }, precisionM: lineM,
    evidence: {
      zh: `由已定位的${names.join('—')}连成的示意线（各点精度±${precisionM}米；来源：${from}）。线上离最近的已定位点最远约 ${far} 米，故精度取±${lineM}米，对整条线都成立。`,
      en: `A schematic line through the located places ${names.join(' – ')} (each ±${precisionM} m; from ${from}). No part of the line lies more than ${far} m from the nearest of them, hence ±${lineM} m, true of the whole line.`,
    },
    findings: [], detail: { places: ids, farthestFromPointM: far },
  };
}

export function readPois(file = POI_FILE): Poi[] {
  const fc = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Point, { name: string; address: string | null; district: string }>;
  return fc.features.map((f) => ({ name: f.properties.name ?? '', address: f.properties.address ?? '', district: f.properties.district, lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1] }));
}

type Props = Record<string, string | undefined>;
const readPoints = (file: string): { props: Props; lon: number; lat: number }[] =>
  (JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Geometry, Props>).features.filter((f) => f.geometry.type === 'Point').map((f) => ({ props: f.properties, lon: (f.geometry as Point).coordinates[0], lat: (f.geometry as Point).coordinates[1] }));

/** The road and junction records of ../shared/reference (drawing aids: only counts and sample words reach evidence.json). */
export function readRoadRecords(pois: Poi[]): RoadRecords {
  return {
    evidence: readPoints(ROAD_EVIDENCE_FILE).filter(({ props }) => props.kind === 'evidence_point').map(({ props, lon, lat }) => ({ road: props.road ?? '', label: props.evidence ?? '', lon, lat })),
    addresses: readPoints(STREET_ADDRESS_FILE).map(({ props, lon, lat }) => ({ road: props.road ?? '', crossRoad: props.crossRoad, address: props.address ?? '', lon, lat })),
    stops: readPoints(BUS_STOP_FILE).map(({ props, lon, lat }) => ({ name: props.name ?? '', lon, lat })),
    pois: pois.filter((p) => p.address).map((p) => ({ address: p.address, lon: p.lon, lat: p.lat })),
  };
}

/** The districts by the name the recipes use (二七区), with their drawn border's precision as the tolerance. */
export function readDistricts(problems: DataProblem[]): Map<string, District> {
  const fc = readJson<FeatureCollection<Geometry, { name: string; drawing?: { precisionM?: number } }>>(ADMIN_FILE, problems);
  return new Map((fc?.features ?? []).map((f) => [f.properties.name, { name: f.properties.name, geometry: f.geometry, toleranceM: f.properties.drawing?.precisionM ?? 100 }]));
}

export function deriveEvidence(sources: ProjectSourceFile, pois: Poi[], anchors: Map<string, Anchor>, features: Map<string, PlanFeature>, roads?: { records: RoadRecords; districts: Map<string, District> }): ProjectEvidenceFile {
  const projects: Record<string, PlaceEvidence> = {};
  for (const p of sources.projects) {
    const r = p.place;
    if (!r) continue;
    if ('road' in r || 'between' in r || 'junction' in r || 'bounded' in r) {
      const name = 'road' in r ? r.road.district : 'between' in r ? r.between.district : 'junction' in r ? r.junction.district : r.bounded.district;
      const d = roads?.districts.get(name);
      if (!roads || !d) throw new Error(`${p.id}: no district ${name} for a road recipe`);
      projects[p.id] = 'road' in r ? roadEvidence(r, roads.records, d) : 'between' in r ? betweenEvidence(r, roads.records, d) : 'junction' in r ? junctionEvidence(r, roads.records, d) : boundedEvidence(r, roads.records, d);
      continue;
    }
    projects[p.id] = 'poi' in r ? poiEvidence(p, r.poi, pois, features) : anchorEvidence(p, r, anchors, features);
  }
  return {
    about: 'Generated by npm run data:projects from geodata/projects/projects.json, geodata/places, the metro stations, geodata/admin and ../shared/reference (zhengzhou-poi-addresses, -road-evidence, -street-addresses, -bus-stops-2013: drawing aids; only counts, spread and sample address words are kept here). Never edit by hand.',
    projects,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(POI_FILE)) {
    console.error(`data:projects needs the reference POIs at ${POI_FILE} (../shared beside the project)`);
    process.exit(1);
  }
  const problems: DataProblem[] = [];
  const sources = readJson<ProjectSourceFile>(PROJECT_SOURCES_FILE, problems);
  const anchors = readAnchors(problems);
  const features = new Map(readDrawnFeatures().features.map((f) => [f.properties.id, f]));
  if (!sources || problems.length) {
    for (const p of problems) console.error(`geodata/${p.file} › ${p.featureId}: ${p.problem}`);
    process.exit(1);
  }
  const missing = sources.projects.flatMap((p) => (p.place && 'place' in p.place ? [p.place.place] : p.place && 'line' in p.place ? p.place.line : [])).filter((id) => !anchors.has(id));
  if (missing.length) {
    console.error(`unknown places in recipes: ${missing.join(', ')}`);
    process.exit(1);
  }
  const pois = readPois();
  const districts = readDistricts(problems);
  const evidence = deriveEvidence(sources, pois, anchors, features, { records: readRoadRecords(pois), districts });
  writeFileSync(join(GEODATA, PROJECT_EVIDENCE_FILE), `${JSON.stringify(evidence, null, 1)}\n`);
  const all = Object.entries(evidence.projects);
  const placed = all.filter(([, e]) => e.geometry);
  console.log(`wrote geodata/${PROJECT_EVIDENCE_FILE}: ${placed.length} of ${all.length} recipes placed`);
  for (const [id, e] of all) if (!e.geometry) console.log(`- not placed: ${id}: ${e.why.en}`);
}
