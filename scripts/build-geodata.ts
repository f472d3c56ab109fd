/**
 * `npm run data:build`: checks that the committed geodata/layers are what the
 * recipes give (`npm run data:zones` regenerates them), validates
 * every geodata file and, only if nothing is wrong, writes the bundle the app
 * loads: public/data/atlas.json, one <layer>.geojson per layer (with its edge
 * classes, <layer>.edges.geojson, for polygon and line layers, and where its
 * areas are named, <layer>.labels.geojson, for polygon layers) and search.json.
 * Every problem is printed as `file › featureId: problem`; any problem exits 1.
 */
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildZones } from './build-zones';
import { buildOrientation } from './build-orientation';
import { vertexPlaceNames } from './lib/placeNames';
import { searchIndexFile } from './lib/searchIndex';
import { ADMIN_FILE, ADMIN_HEADER, ADMIN_LAYER, EDGES_DIR, featureLines, GEODATA, listFiles, readJson, readSeeds } from './geodataFiles';
import { ogcValidityProblems } from './lib/ogcValidity';
import { PROJECT_INVENTORY_FILE, validateProjectInventory } from './lib/validate/projects';
import { INVENTORY_FILE, validateInventory } from './lib/validate/layouts';
import type { Seeds } from './lib/validate/citations';
import { validateCollection } from './lib/validate/collections';
import { validateLinks, type AtlasFiles } from './lib/validate/links';
import { validateText } from './lib/validate/text';
import { validateLayerHeader, validateZoneHeader } from './lib/validate/zones';
import { layerRegistryProblems, type RegisteredLayer } from './lib/validate/layerHeader';
import { PROJECT_LINK_ALIASES, PROJECT_LINK_LAYER } from '../src/state/projectLinkLayer';
import { readAnchors } from './lib/projectAnchors';
import { buildProjectBundle, PROJECT_EVIDENCE_FILE, PROJECT_SOURCES_FILE } from './lib/validate/projectList';
import { PROJECTS_FILE, type ProjectCollection } from '../src/data/projects';
import type { AtlasManifest, DataProblem, LayerHeader, LayerInfo, NotDrawn, PlanCollection, PlanText } from '../src/data/types';
import type { Level } from '../src/data/levels';
import { ORIENTATION_FILE } from '../src/data/orientation';
import { chooseLabelPoints, SHORT_NAMES_FILE, validateShortNames, type ShortNames } from './lib/labelPoints';
import { LEVEL_IDS } from '../src/data/levels';

/** A layer's manifest entry: its header as the app needs it, and where its features are. */
const layerInfo = (header: LayerHeader, featureCount: number, notDrawn?: NotDrawn[]): LayerInfo => {
  const { layer: id, level, title, geometry, style, aliases } = header;
  return { id, level, title, geometry, style, ...(aliases ? { aliases } : {}), file: `${id}.geojson`, featureCount, ...(notDrawn?.length ? { notDrawn } : {}) };
};

/** The districts' layer header (geodata/admin/layer.json): the districts have no zone file. */
function readAdminHeader(root: string, problems: DataProblem[]): LayerHeader | undefined {
  if (!existsSync(join(root, ADMIN_HEADER))) {
    problems.push({ file: ADMIN_HEADER, featureId: '-', problem: 'missing: the districts layer needs its header (layer, level, title, geometry, style)' });
    return undefined;
  }
  const header = readJson<LayerHeader>(ADMIN_HEADER, problems, root);
  if (header === undefined) return undefined;
  const found = validateLayerHeader(ADMIN_HEADER, header);
  if (header?.layer !== ADMIN_LAYER) found.push({ file: ADMIN_HEADER, featureId: '-', problem: `layer must be "${ADMIN_LAYER}"` });
  if (header?.level !== 'admin') found.push({ file: ADMIN_HEADER, featureId: '-', problem: 'level must be "admin"' });
  problems.push(...found);
  return found.length ? undefined : header;
}
/** Manifest order: the city's layers first, then the districts' plans in panel order, the districts last. */
const manifestRank = (level: Level): number => (level === 'city' ? -1 : LEVEL_IDS.indexOf(level));

export interface GeodataOptions {
  root?: string;
  /** Where the bundle goes (public/data). */
  out?: string;
  /** The plan texts (default geodata/plans): enable citation range and verbatim-quote checks. */
  seedsDir?: string;
  /** Rebuild geodata/layers from the recipes first instead of checking them (tests on a scratch root). */
  writeLayers?: boolean;
}

export interface GeodataResult {
  problems: DataProblem[];
  /** Written only when there are no problems. */
  manifest?: AtlasManifest;
  notes: string[];
}

const featureCount = (data: unknown) => ((data as { features?: unknown[] })?.features ?? []).length;

/** Ids of every feature built (layers and districts): what the inventories may point at. */
const builtIds = (files: AtlasFiles) =>
  new Set(files.collections.flatMap((c) => ((c.data as PlanCollection | undefined)?.features ?? []).map((f) => f.properties?.id)));

/** geodata/projects.json (optional): its mentions quoted from the plans, its passages tied to drawn features. */
function projectInventoryProblems(root: string, files: AtlasFiles, seeds: Seeds | undefined, problems: DataProblem[]): DataProblem[] {
  if (!existsSync(join(root, PROJECT_INVENTORY_FILE))) return [];
  const data = readJson<unknown>(PROJECT_INVENTORY_FILE, problems, root);
  if (data === undefined) return [];
  return validateProjectInventory(data, builtIds(files), seeds);
}

/** geodata/layouts.json (optional): against the built features and every layer's notDrawn list. */
function layoutInventoryProblems(root: string, files: AtlasFiles, zones: { layer: string; notDrawn?: NotDrawn[] }[], seeds: Seeds | undefined): DataProblem[] {
  if (!existsSync(join(root, INVENTORY_FILE))) return [];
  const problems: DataProblem[] = [];
  const data = readJson<unknown>(INVENTORY_FILE, problems, root);
  if (data === undefined) return problems;
  const notDrawn = new Map(zones.filter((z) => Array.isArray(z?.notDrawn)).map((z) => [z.layer, z.notDrawn!]));
  return validateInventory(INVENTORY_FILE, data, { featureIds: builtIds(files), notDrawn, seeds });
}

/** geodata/projects/ (optional): the project list and its generated evidence, checked and assembled into one bundle. */
function projectBundle(root: string, files: AtlasFiles, texts: Record<string, PlanText>, seeds: Seeds | undefined, problems: DataProblem[]): ProjectCollection | undefined {
  if (!existsSync(join(root, PROJECT_SOURCES_FILE))) return undefined;
  const sources = readJson<unknown>(PROJECT_SOURCES_FILE, problems, root);
  const evidence = existsSync(join(root, PROJECT_EVIDENCE_FILE)) ? readJson<unknown>(PROJECT_EVIDENCE_FILE, problems, root) : { projects: {} };
  if (sources === undefined || evidence === undefined) return undefined;
  const built = buildProjectBundle(sources, evidence, { featureIds: builtIds(files), placeIds: new Set(readAnchors(problems, root).keys()), texts, seeds });
  problems.push(...built.problems);
  return built.bundle;
}

/** geodata/labels.json (optional): short names of areas, checked against the built features. */
function shortNamesOf(root: string, files: AtlasFiles, problems: DataProblem[]): ShortNames {
  if (!existsSync(join(root, SHORT_NAMES_FILE))) return {};
  const data = readJson<ShortNames>(SHORT_NAMES_FILE, problems, root);
  if (data === undefined) return {};
  const features = new Map(files.collections.flatMap((c) => ((c.data as PlanCollection | undefined)?.features ?? []).map((f) => [f.properties?.id, f] as const)));
  const found = validateShortNames(SHORT_NAMES_FILE, data, features);
  problems.push(...found);
  return found.length ? {} : data;
}

export function buildGeodata(opts: GeodataOptions = {}): GeodataResult {
  const root = opts.root ?? GEODATA;
  const out = opts.out ?? fileURLToPath(new URL('../public/data/', import.meta.url));
  const seeds = readSeeds(opts.seedsDir);
  const notes: string[] = [];
  if (!seeds) notes.push('seeds not found: citation line ranges and verbatim quotes were not checked');

  const { problems, places, districts: admin, zones } = buildZones(root, { write: opts.writeLayers ?? false });
  // Metro, roads and landmarks to find one's way by (drawn under the plan layers, found by search).
  const orientation = buildOrientation(places, problems, root);
  notes.push(...orientation.notes);

  const files: AtlasFiles = { collections: [], texts: [] };
  const adminHeader = admin === undefined ? undefined : readAdminHeader(root, problems);
  if (admin !== undefined) {
    problems.push(...validateCollection(ADMIN_FILE, admin, { layer: ADMIN_LAYER, admin: true, seeds }), ...ogcValidityProblems(ADMIN_FILE, admin));
    files.collections.push({ file: ADMIN_FILE, layer: ADMIN_LAYER, data: admin, admin: true });
  }

  const layers: { info: LayerInfo; source: string; edgesSource?: string }[] = [];
  for (const { file: zoneFile, zone } of zones) {
    problems.push(...validateZoneHeader(zoneFile, zone, seeds));
    const file = `layers/${basename(zoneFile, '.json')}.geojson`;
    if (!existsSync(join(root, file))) continue; // never built: buildZones said why
    const data = readJson<unknown>(file, problems, root);
    if (data === undefined) continue;
    problems.push(...validateCollection(file, data, { layer: zone.layer, seeds }), ...ogcValidityProblems(file, data));
    files.collections.push({ file, layer: zone.layer, data });
    // Polygon and line layers carry their edge classes (written and checked fresh by buildZones).
    const edgesSource = zone.geometry === 'point' ? undefined : `${EDGES_DIR}/${zone.layer}.geojson`;
    const edges = edgesSource ? { edges: `${zone.layer}.edges.geojson` } : {};
    layers.push({ info: { ...layerInfo(zone, featureCount(data), zone.notDrawn), ...edges }, source: file, edgesSource });
  }
  const registered: RegisteredLayer[] = zones.map(({ file, zone }) => ({ file, layer: zone?.layer, aliases: zone?.aliases }));
  if (adminHeader) registered.push({ file: ADMIN_HEADER, layer: adminHeader.layer, aliases: adminHeader.aliases });
  // The 项目 layer is listed in links too (src/state/projectLinkLayer.ts): no plan layer may take its names.
  registered.push({ file: 'projects/projects.json', layer: PROJECT_LINK_LAYER, aliases: PROJECT_LINK_ALIASES });
  problems.push(...layerRegistryProblems(registered));

  const text: Record<string, PlanText> = {};
  for (const file of listFiles('text', '.json', root)) {
    const data = readJson<Record<string, PlanText>>(file, problems, root);
    if (data === undefined) continue;
    problems.push(...validateText(file, data, seeds));
    files.texts.push({ file, layer: basename(file, '.json'), data });
    if (data && typeof data === 'object') Object.assign(text, data);
  }
  problems.push(...validateLinks(files));
  problems.push(...projectInventoryProblems(root, files, seeds, problems));
  problems.push(...layoutInventoryProblems(root, files, zones.map((z) => z.zone), seeds));
  const projects = projectBundle(root, files, text, seeds, problems);
  const shortNames = shortNamesOf(root, files, problems);

  if (problems.length) return { problems, notes };

  if (adminHeader) layers.push({ info: layerInfo(adminHeader, featureCount(admin)), source: ADMIN_FILE });
  // Stable sort: by level, then zone-file order.
  layers.sort((a, b) => manifestRank(a.info.level) - manifestRank(b.info.level));
  const dataByFile = new Map(files.collections.map((c) => [c.file, c.data as PlanCollection]));
  const placeNames = vertexPlaceNames(dataByFile.values(), places);
  // Where each area is named: chosen here, once, from every layer (src/data/labels.ts).
  const labels = chooseLabelPoints(
    layers.map(({ info, source }) => ({ id: info.id, level: info.level, geometry: info.geometry, order: info.style.order, visibleByDefault: info.style.visibleByDefault, data: dataByFile.get(source)! })),
    shortNames,
  );
  for (const l of layers) if (labels.has(l.info.id)) l.info.labels = `${l.info.id}.labels.geojson`;
  const manifest: AtlasManifest = { version: 1, layers: layers.map((l) => l.info), text, placeNames };
  mkdirSync(out, { recursive: true });
  for (const [id, points] of labels) writeFileSync(join(out, `${id}.labels.geojson`), `${JSON.stringify(points)}\n`);
  for (const l of layers) {
    copyFileSync(join(root, l.source), join(out, l.info.file));
    if (l.edgesSource && l.info.edges) copyFileSync(join(root, l.edgesSource), join(out, l.info.edges));
  }
  writeFileSync(join(out, 'atlas.json'), `${JSON.stringify(manifest)}\n`);
  // The projects are loaded lazily by the app (not part of the first map): their own file.
  if (projects) writeFileSync(join(out, PROJECTS_FILE), featureLines(projects));
  writeFileSync(join(out, ORIENTATION_FILE), `${JSON.stringify(orientation.bundle)}\n`);
  // Search: every layer's features (in the app's order), their aliases and projects, the planned projects by
  // name and short name (leading to the project, loaded when picked), the place
  // names of the gazetteer (junctions, landmarks named in the plans; not the vertices of a shoreline,
  // which are no place anyone looks for) and the orientation layer's stations and roads, pinyin included.
  const searchable = layers.map((l) => dataByFile.get(l.source)!);
  // Landmarks come with the orientation layer's entries (label name, English name), not twice.
  const oriented = new Set(orientation.places.map((p) => p.id));
  const gazetteer = places.filter((p) => p.kind !== 'shore-point' && !oriented.has(p.id)).map(({ id, name, lon, lat }) => ({ id, name, lon, lat }));
  writeFileSync(join(out, 'search.json'), `${JSON.stringify(searchIndexFile(searchable, text, [...gazetteer, ...orientation.places], projects?.features ?? []))}\n`);
  return { problems, manifest, notes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { problems, manifest, notes } = buildGeodata();
  for (const n of notes) console.warn(`note: ${n}`);
  for (const p of problems) console.error(`geodata/${p.file} › ${p.featureId}: ${p.problem}`);
  if (!manifest) {
    console.error(`data:build failed: ${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log(`wrote public/data/atlas.json: ${manifest.layers.map((l) => `${l.id} (${l.featureCount})`).join(', ')}; text for ${Object.keys(manifest.text).length} feature(s)`);
}
