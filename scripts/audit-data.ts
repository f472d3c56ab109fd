/**
 * `npm run audit:data [-- --json]`: drawn vs stated areas, districts and the
 * relations the plans state, for every layer in geodata/layers (rebuilt from
 * the recipes first). A report, not a gate: it exits 0 even with misses.
 * `--root DIR` audits another geodata folder (for trying recipes out).
 */
import { basename, resolve } from 'node:path';
import { auditAtlas, RELATION_RULES, type AuditReport } from '../src/analysis/audit';
import { textTable } from './lib/textTable';
import { buildZones } from './build-zones';
import { ADMIN_FILE, GEODATA, listFiles, readJson, readSeeds } from './geodataFiles';
import { wholePercents } from '../src/analysis/edgeShares';
import { classLengthsKmTotal, edgeClassShares, layoutCoverageOf, linePrecision, notDrawnOf, projectPlacement, readProjects, totalKm } from './auditFigures';
import { findContradictions, type Contradiction } from '../src/data/contradictions';
import { findStatedSums, partsDisagree, partsTotal, type StatedSum } from '../src/data/statedSums';
import { isAreaFeature, type AreaFeature, type DataProblem, type Place, type PlanCollection, type PlanFeature, type PlanText, type ZoneFile } from '../src/data/types';
import { translationCoverage, type TranslationCoverage } from './lib/translationCoverage';
import { PROJECT_INVENTORY_FILE, projectCoverage, type CoverageReport, type ProjectInventory } from './lib/validate/projects';
import { INVENTORY_FILE, type Coverage, type LayoutInventory } from './lib/validate/layouts';
import { contradicts, includedPlace, type IncludedPlace } from './lib/recipe/includes';
import type { ProjectProps } from '../src/data/projects';

const pct = (v: number | null, signed = false) => (v === null ? '–' : `${signed && v > 0 ? '+' : ''}${(v * 100).toFixed(1)} %`);
const km2 = (v: number | null) => (v === null ? '–' : v.toFixed(2));
const verdict = (ok: boolean | null) => (ok === null ? '–' : ok ? 'ok' : 'MISS');

/** Why a polygon misses its target, in the drawer's words (its drawing note). */
/** Which estimated edges were placed from the stated area, and how far they moved. */
function printFits(features: PlanFeature[]): void {
  const fitted = features.filter((f) => f.properties.drawing.fit);
  if (!fitted.length) return;
  console.log('\nEstimated edges fitted to the stated area (recipe `fit`):\n');
  console.log(textTable(
    ['feature', 'edge', 'moved m', 'band ±m', 'bearing°', 'band end'],
    fitted.map((f) => {
      const fit = f.properties.drawing.fit!;
      return [f.properties.id, fit.edge.en, String(fit.offsetM), String(fit.bandM), String(fit.bearingDeg), fit.clamped ? 'REACHED' : '–'];
    }),
    ['left', 'left', 'right', 'right', 'right', 'left'],
  ));
}

/** Each place a feature's words put inside it (recipe `includes`), with its margin to the drawn outline. */
function includedPlaces(zones: { zone: ZoneFile }[], features: PlanFeature[], places: Place[]): (IncludedPlace & { feature: string })[] {
  const byId = new Map(features.map((f) => [f.properties.id, f]));
  const gazetteer = new Map(places.map((p) => [p.id, p]));
  return zones.flatMap(({ zone }) => zone.features.flatMap((r) => {
    const f = byId.get(r.id);
    if (!r.includes || !f || !isAreaFeature(f)) return [];
    return r.includes.flatMap((id) => {
      const place = gazetteer.get(id);
      return place ? [{ feature: r.id, ...includedPlace(f.geometry, place) }] : [];
    });
  }));
}

function printIncludes(list: (IncludedPlace & { feature: string })[]): void {
  if (!list.length) return;
  console.log('\nPlaces the plan\'s words put inside a feature (recipe `includes`; margin to the drawn outline, + inside):\n');
  console.log(textTable(
    ['feature', 'place', '±m', 'margin m', 'verdict'],
    list.map((p) => [p.feature, p.name, String(p.precisionM), `${p.marginM > 0 ? '+' : ''}${p.marginM}`, p.marginM >= 0 ? 'inside' : contradicts(p) ? 'OUTSIDE' : 'outside, within its precision']),
    ['left', 'left', 'right', 'right', 'left'],
  ));
}

function printWhy(report: AuditReport, byId: Map<string, { drawing?: { note?: { en: string } } }>): void {
  const misses = report.areas.filter((a) => !a.ok);
  if (!misses.length) return;
  console.log('\nWhy the misses (each feature\'s drawing note):\n');
  for (const a of misses) console.log(`- ${a.name} (${a.id}): ${byId.get(a.id)?.drawing?.note?.en ?? 'no note: explain the gap in the recipe\'s drawing.note'}\n`);
}

function printReport(report: AuditReport): void {
  console.log('Areas (target: stated area ±10 %, ±5 % from 5 km²; ≥ 95 % inside `district` when set)\n');
  console.log(textTable(
    ['layer', 'id', 'name', 'drawn km²', 'stated km²', 'gap', 'area', 'mostly in', 'share', 'district', 'inside', 'district', 'target'],
    report.areas.map((a) => [
      a.layer, a.id, a.name, km2(a.drawnKm2), km2(a.statedKm2), pct(a.gap, true), verdict(a.areaOk),
      a.mainDistrict ?? '–', pct(a.mainDistrictShare), a.expectedDistrict ?? '–', pct(a.expectedDistrictShare), verdict(a.districtOk),
      a.ok ? 'met' : 'MISSED',
    ]),
    ['left', 'left', 'left', 'right', 'right', 'right', 'left', 'left', 'right', 'left', 'right', 'left', 'left'],
  ));

  console.log(`\nRelations (${Object.entries(RELATION_RULES).map(([t, r]) => `${t}: ${r.text}`).join('; ')})\n`);
  console.log(textTable(
    ['feature', 'says', 'target', 'common km²', 'of feature', 'of target', 'drawn as', 'verdict'],
    report.relations.map((r) => [
      r.featureId, r.type, r.targetId, km2(r.measure?.intersectionKm2 ?? null), pct(r.measure?.shareOfA ?? null), pct(r.measure?.shareOfB ?? null),
      r.measure?.verdict ?? '–', r.holds ? 'holds' : `FAILS${r.note ? ` (${r.note})` : ''}`,
    ]),
    ['left', 'left', 'left', 'right', 'right', 'right', 'left', 'left'],
  ));

  const areaMisses = report.areas.filter((a) => !a.ok).length;
  const relationMisses = report.relations.filter((r) => !r.holds).length;
  console.log(`\n${report.areas.length} area(s), ${areaMisses} off target; ${report.relations.length} relation(s), ${relationMisses} not holding: ${report.misses} miss(es)`);
}

const share = (k: { total: number; found: number }) => `${k.found}/${k.total}${k.total ? ` (${((k.found / k.total) * 100).toFixed(0)} %)` : ''}`;

/** Projects tied to boards and zones in the plans (geodata/projects.json) vs the text lists. */
function printProjectCoverage(report: CoverageReport): void {
  console.log('\nProjects the plans tie to boards and zones (geodata/projects.json) vs the text lists (target: ≥ 90 % of projects listed)\n');
  console.log(textTable(
    ['feature', 'projects listed', 'results recorded', 'layout structures drawn or listed', 'misfiled in the list', 'not in the inventory'],
    report.features.map((c) => [c.feature, share(c.projects), share(c.results), share(c.layouts), String(c.misfiled.length), String(c.unknown.length)]),
    ['left', 'right', 'right', 'right', 'right', 'right'],
  ));
  console.log(`\nProject coverage ${share(report.projects)}; results ${share(report.results)}; layout structures ${share(report.layouts)}; ${report.misfiled} misfiled list entr${report.misfiled === 1 ? 'y' : 'ies'}`);
  const missing = [...report.projects.missing, ...report.results.missing];
  if (missing.length) console.log(`Missing:\n${missing.map((m) => `- ${m}`).join('\n')}`);
  const misfiled = report.features.flatMap((c) => c.misfiled.map((m) => `- ${c.feature}: ${m}`));
  if (misfiled.length) console.log(`Misfiled (a result, a layout structure or a project the plan ties to no board, listed as a project):\n${misfiled.join('\n')}`);
  const unknown = report.features.flatMap((c) => c.unknown.map((m) => `- ${c.feature}: ${m}`));
  if (unknown.length) console.log(`Listed but not in the inventory:\n${unknown.join('\n')}`);
}

function printProjectPlacement(projects: ProjectProps[], lines: ReturnType<typeof linePrecision>): void {
  const s = projectPlacement(projects);
  console.log(`\nProjects on the map (geodata/projects): ${s.placed} placed of ${s.placeable} that name a physical place (${pct(s.placeable ? s.placed / s.placeable : null)}; target 60 %); ${s.projects} projects in all, ${s.projects - s.placeable} name no place (programmes, policies, networks, facilities with no site)`);
  console.log(`precision of the placed: median ±${s.medianPrecisionM ?? '–'} m, widest ±${s.maxPrecisionM ?? '–'} m`);
  console.log(`of which lines (road, tunnel works; ± true of every part of the line): ${lines.lines}, median ±${lines.medianPrecisionM ?? '–'} m, widest ±${lines.maxPrecisionM ?? '–'} m; ${lines.fromGap} take their ± from the farthest part of the line from a point (a gap between points, an end), the rest from the points' spread off it\n`);
  console.log(textTable(['kind', 'projects', 'name a place', 'placed', 'share'], s.byKind.filter((k) => k.all).map((k) => [k.kind, String(k.all), String(k.placeable), String(k.placed), pct(k.placeable ? k.placed / k.placeable : null)]), ['left', 'right', 'right', 'right', 'right']));
  const unplaced = projects.filter((p) => p.namesPlace && !p.placed);
  console.log(`\nNot placed although they name a place (${unplaced.length}), and why:`);
  for (const p of unplaced) console.log(`- ${p.name} (${p.id}): ${p.unplacedReason?.en}`);
  const none = projects.filter((p) => !p.namesPlace);
  console.log(`\nName no physical place (${none.length}):`);
  for (const p of none) console.log(`- ${p.name} (${p.id}): ${p.unplacedReason?.en}`);
  const findings = projects.flatMap((p) => p.findings.map((f) => `- ${p.name} (${p.id}): ${f.en}`));
  console.log(`\nFindings on placed projects (${findings.length}):${findings.length ? `\n${findings.join('\n')}` : ' none'}`);
}

/** What the English view shows in English (our translations of the plan's words). */
function printTranslations(t: TranslationCoverage): void {
  const s = (k: { total: number; translated: number }) => share({ total: k.total, found: k.translated });
  console.log(`\nEnglish translations: positioning ${s(t.positioning)}, boundary words ${s(t.boundaryText)}, project names ${s(t.projectNames)}, results ${s(t.results)}`);
  for (const u of t.untranslated) console.log(`- ${u.feature}: ${u.what.join('; ')}`);
}

/** How many of the layout entities the plans name are drawn (geodata/layouts.json), and the gaps with their reasons. */
function printLayoutCoverage(c: Coverage): void {
  console.log(`\nLayouts the plans name (geodata/${INVENTORY_FILE}): ${c.drawn} of ${c.named} entities drawn (${pct(c.share)}; target 85 %)\n`);
  console.log(textTable(
    ['layout', 'name', 'drawn', 'named', 'share'],
    c.layouts.map((l) => [l.id, l.name, String(l.drawn), String(l.named), pct(l.named ? l.drawn / l.named : 1)]),
    ['left', 'left', 'right', 'right', 'right'],
  ));
  const gaps = c.layouts.flatMap((l) => l.gaps.map((g) => ({ ...g, layout: l.id })));
  if (!gaps.length) return;
  console.log('\nNot drawn, and why (each layer\'s notDrawn list):\n');
  for (const g of gaps) console.log(`- ${g.name} (${g.layout}, listed in ${g.layer}): ${g.why?.en ?? 'no reason given'}`);
}

/** Where the plans disagree with themselves (src/data/contradictions.ts). */
function printContradictions(list: Contradiction[]): void {
  console.log(`\nWhere the plans disagree with themselves (${list.length})\n`);
  console.log(textTable(
    ['kind', 'feature', 'what differs', 'statements'],
    list.map((c) => [c.kind, c.featureId ?? '–', c.detail, c.statements.map((st) => `${st.source.file.slice(0, 3)}:${st.source.lines.replace(/^(\d+)-\1$/, '$1')}`).join(' vs ')]),
    ['left', 'left', 'left', 'left'],
  ));
}

/** Every whole the texts state with its parts, so a reader sees the check ran and what it read. */
function printStatedSums(sums: StatedSum[]): void {
  const off = sums.filter(partsDisagree).length;
  console.log(`\nWholes stated with their parts in one sentence: ${sums.length} read, ${off} do not add up\n`);
  console.log(textTable(
    ['line', 'whole', 'parts', 'sum', ''],
    sums.map((s) => [`${s.source.file.slice(0, 3)}:${s.source.lines.split('-')[0]}`, `${s.whole} ${s.unit}`, s.parts.map((p) => p.words).join('、').slice(0, 40), String(partsTotal(s)), partsDisagree(s) ? '≠' : '=']),
    ['left', 'right', 'left', 'right', 'left'],
  ));
}

function printEdgeClasses(rows: ReturnType<typeof edgeClassShares>): void {
  console.log('\nEdges by precision class: share of outline length (drawn solid / dashed / as a glow)\n');
  const sum = totalKm;
  console.log(textTable(
    ['layer', 'km', 'located', 'estimated', 'mark'],
    rows.map((r) => [r.layer, sum(r.km).toFixed(1), `${r.shares?.located ?? 0} %`, `${r.shares?.estimated ?? 0} %`, `${r.shares?.mark ?? 0} %`]),
    ['left', 'right', 'right', 'right', 'right'],
  ));
  const all = classLengthsKmTotal(rows.map((r) => r.km));
  const shares = wholePercents(all);
  if (shares) console.log(`all layers: ${sum(all).toFixed(0)} km; located ${shares.located} %, estimated ${shares.estimated} %, mark ${shares.mark} %`);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const root = args.includes('--root') ? resolve(args[args.indexOf('--root') + 1]) + '/' : GEODATA;
const build = buildZones(root);
const problems: DataProblem[] = [...build.problems];
const districts = readJson<PlanCollection>(ADMIN_FILE, problems, root);
const layerFiles = listFiles('layers', '.geojson', root);
const features = layerFiles.flatMap((file) => readJson<PlanCollection>(file, problems, root)?.features ?? []);
const texts = Object.assign({}, ...listFiles('text', '.json', root).map((f) => readJson<Record<string, PlanText>>(f, problems, root) ?? {})) as Record<string, PlanText>;
const zoneFiles = listFiles('zones', '.json', root).map((f) => readJson<ZoneFile>(f, problems, root));
// A structure counts as drawn or listed when a feature, a notDrawn entry or the layout inventory names it.
const layoutNames = new Set([
  ...features.map((f) => f.properties.name),
  ...zoneFiles.flatMap((z) => z?.notDrawn?.map((n) => n.name) ?? []),
  ...(readJson<LayoutInventory>(INVENTORY_FILE, problems, root)?.layouts ?? []).flatMap((l) => l.entities.map((e) => e.name)),
]);
const inventory = readJson<ProjectInventory>(PROJECT_INVENTORY_FILE, problems, root);
const coverage = inventory ? projectCoverage(inventory, texts, layoutNames) : undefined;
// Problems go to stderr so `--json` output stays parseable.
for (const p of problems) console.error(`warning: geodata/${p.file} › ${p.featureId}: ${p.problem} (auditing the layer files as they are)`);
if (!json) console.error(`layers: ${layerFiles.map((f) => basename(f, '.geojson')).join(', ') || 'none'}\n`);

const report = auditAtlas(features, (districts?.features ?? []).filter(isAreaFeature) as AreaFeature[]);
const layoutCoverage = layoutCoverageOf(notDrawnOf(build.zones.map((z) => z.zone)), problems, root);
const seeds = readSeeds();
const contradictions = seeds ? findContradictions({ features: features.map((f) => f.properties), texts, seeds }) : [];
const edgeClasses = edgeClassShares(root, problems);
const included = includedPlaces(build.zones, features, build.places);
const projects = readProjects(problems, root);
if (json) console.log(JSON.stringify({ ...report, included, layoutCoverage, projectCoverage: coverage, translations: translationCoverage(texts), contradictions, edgeClasses, projects: { ...projectPlacement(projects), lines: linePrecision(problems, root) } }, null, 2));
else {
  printReport(report);
  printFits(features);
  printIncludes(included);
  printWhy(report, new Map(features.map((f) => [f.properties.id, f.properties])));
  if (layoutCoverage) printLayoutCoverage(layoutCoverage);
  if (coverage) printProjectCoverage(coverage);
  if (projects.length) printProjectPlacement(projects, linePrecision(problems, root));
  printTranslations(translationCoverage(texts));
  printContradictions(contradictions);
  if (seeds) printStatedSums(findStatedSums(seeds));
  printEdgeClasses(edgeClasses);
}
