/**
 * What the Analyze panel asks for: reading a file, its site report and the
 * overlap matrix (in the analysis Web Worker), and the area audit (on the page).
 * Results land in src/state/analysis.ts; a failure only sets an error signal, so
 * nothing the user had loaded is lost. One import/report runs at a time and can
 * be cancelled.
 */
import { computed } from '@preact/signals';
import { auditAtlas } from '../analysis/audit';
import { isPlanLevel } from '../data/levels';
import { isAreaFeature, type AreaFeature, type PlanFeature } from '../data/types';
import { CRS_PRESETS } from '../formats/datum';
import type { ImportOptions } from '../formats/importFile';
import type { ImportProgress } from '../formats/reader';
import { atlas } from './atlasState';
import { atlasIndex } from './selection';
import {
  ALL_LAYERS,
  auditBusy,
  auditError,
  auditReport,
  busy,
  importError,
  matrixBusy,
  matrixCell,
  matrixError,
  matrixResult,
  pickedSite,
  siteImports,
  type CrsChoice,
  type EncodingChoice,
  type SiteImport,
} from './analysis';
import { fitTo } from './view';
import { forgetItems, keepItems, kept } from './keptItems';
import { ITEM_VERSION, newItemId, type SiteItem } from '../data/userItems';
import { loadProjects } from './projects';
import type { AnalysisClient } from '../workers/analysisClient';
import { analysisWorker, isStopped, stopWorker, unlessStopped } from '../workers/analysisWorker';

let cancelCurrent: (() => void) | null = null;

export const cancelBusy = (): void => cancelCurrent?.();

function planFeatures(): PlanFeature[] {
  return atlas.peek()?.layers.flatMap((l) => l.data.features) ?? [];
}

/** Every area feature of the atlas, one array per loaded atlas: what the worker keeps prepared. */
const planAreas = computed(() => atlas.value?.layers.flatMap((l) => l.data.features).filter(isAreaFeature) ?? []);

/** The analysis worker, holding the plan's areas (handed over once per worker). */
function planWorker(): AnalysisClient {
  const worker = analysisWorker();
  void worker.loadPlan(planAreas.peek());
  return worker;
}

/**
 * Starts the analysis worker and has it prepare the plan's areas while the user is
 * still choosing what to analyse (the Analyze panel calls it on opening), so the first
 * matrix waits for neither. A worker that fails to start says so at the first request.
 */
export function prestartAnalysis(): void {
  if (atlas.peek()) planWorker();
}

export interface ReadChoice {
  crs: CrsChoice;
  swapAxes?: boolean;
  encoding?: EncodingChoice;
}

function importOptions(choice: ReadChoice): ImportOptions {
  const preset = CRS_PRESETS.find((p) => p.id === choice.crs);
  const encoding = choice.encoding && choice.encoding !== 'auto' ? { encoding: choice.encoding } : {};
  if (!preset) return encoding;
  return { crs: preset.crs, ...(choice.swapAxes !== undefined ? { swapAxes: choice.swapAxes } : {}), ...encoding };
}

/**
 * Reads a file (again, with `replace`: the same file with another coordinate
 * system) and runs its site report. Resolves to the import's key once done, or
 * null when reading failed or was cancelled (importError says why).
 */
export async function importSiteFile(file: File, choice: ReadChoice, replace?: string): Promise<string | null> {
  if (busy.peek()) return null;
  importError.value = null;
  busy.value = { fileName: file.name, stage: 'reading', done: 0, total: 0 };
  cancelCurrent = () => stopWorker();
  try {
    const onProgress = (p: ImportProgress) => {
      if (busy.peek()?.stage === 'reading') busy.value = { fileName: file.name, stage: 'reading', step: p.stage, done: p.done, total: p.total };
    };
    const read = await unlessStopped(analysisWorker().importFile(file, { ...importOptions(choice), onProgress }));
    if (isStopped(read)) {
      importError.value = { fileName: file.name, message: read.stopped };
      return null;
    }
    if (!read.ok) {
      importError.value = { fileName: file.name, message: read.error.message };
      return null;
    }
    const entry: SiteImport = {
      key: replace ?? newItemId('site'),
      file,
      crsChoice: choice.crs,
      encodingChoice: choice.encoding ?? 'auto',
      summary: read.value,
      report: null,
    };
    const list = siteImports.peek();
    siteImports.value = replace ? list.map((e) => (e.key === replace ? entry : e)) : [...list, entry];
    zoomToSites(entry);
    void keepSite(entry);
    await runReport(entry.key);
    return entry.key;
  } finally {
    busy.value = null;
    cancelCurrent = null;
  }
}

/** The site report of one import, in the worker, with progress; cancel keeps the sites. */
export async function runReport(key: string): Promise<void> {
  const entry = siteImports.peek().find((e) => e.key === key);
  if (!entry) return;
  const controller = new AbortController();
  const ownBusy = !busy.peek();
  busy.value = { fileName: entry.file.name, stage: 'report', done: 0, total: entry.summary.sites.length };
  cancelCurrent = () => controller.abort();
  try {
    // The projects near each site come with the report; if they cannot be had, the report says nothing of them.
    const projects = await loadProjects().then((c) => c.features, () => undefined);
    const result = await unlessStopped(
      analysisWorker().siteReport(entry.summary.sites, planFeatures(), {
        keepGeometry: true,
        projects,
        signal: controller.signal,
        onProgress: (p) => {
          if (busy.peek()) busy.value = { ...busy.peek()!, done: p.done, total: p.total };
        },
      }),
    );
    const update = (patch: Partial<SiteImport>) =>
      (siteImports.value = siteImports.peek().map((e) => (e.key === key ? { ...e, ...patch } : e)));
    if (isStopped(result)) update({ report: null, reportError: result.stopped });
    else if (result.ok) update({ report: result.value, reportError: undefined });
    else update({ report: null, reportError: result.error.message });
  } finally {
    if (ownBusy) {
      busy.value = null;
      cancelCurrent = null;
    }
  }
}

/** Takes an import off the screen (the Analyze panel and the map); what is kept stays kept. */
export function dropImport(key: string): void {
  const entry = siteImports.peek().find((e) => e.key === key);
  siteImports.value = siteImports.peek().filter((e) => e.key !== key);
  if (entry?.summary.sites.some((s) => siteKey(entry, s.properties.id) === pickedSite.peek())) pickedSite.value = null;
}

/** Removes an import: from screen and from what is kept on this device. */
export function removeImport(key: string): void {
  dropImport(key);
  if (kept.peek().some((k) => k.id === key)) void forgetItems([key]);
}

/** Keeps an import on this device (file, choices and what was read); a failure only says so. */
async function keepSite(entry: SiteImport): Promise<boolean> {
  const now = Date.now();
  const item: SiteItem = {
    id: entry.key,
    kind: 'site',
    v: ITEM_VERSION,
    name: entry.file.name,
    created: kept.peek().find((k) => k.id === entry.key)?.created ?? now,
    updated: now,
    file: { name: entry.file.name, type: entry.file.type, lastModified: entry.file.lastModified, bytes: await entry.file.arrayBuffer() },
    crsChoice: entry.crsChoice,
    encodingChoice: entry.encodingChoice,
    summary: entry.summary,
  };
  const stored = await keepItems(item);
  // Removed while it was being written: forget it again.
  if (stored && !siteImports.peek().some((e) => e.key === entry.key)) await forgetItems([entry.key]);
  return stored;
}

/**
 * Puts kept imports back on screen as they were read (no new read: what the user saw
 * is what comes back) and runs their reports. Imports already on screen are left.
 */
export async function restoreSites(items: readonly SiteItem[]): Promise<void> {
  const onScreen = new Set(siteImports.peek().map((e) => e.key));
  const restored: SiteImport[] = items
    .filter((item) => !onScreen.has(item.id))
    .map((item) => ({
      key: item.id,
      file: new File([item.file.bytes], item.file.name, { type: item.file.type, lastModified: item.file.lastModified }),
      crsChoice: item.crsChoice,
      encodingChoice: item.encodingChoice as EncodingChoice,
      summary: item.summary,
      report: null,
    }));
  if (!restored.length) return;
  siteImports.value = [...siteImports.peek(), ...restored];
  for (const entry of restored) await runReport(entry.key);
}

/** Map-wide unique id of an imported site (two files may both have "parcel#1"). */
export const siteKey = (entry: Pick<SiteImport, 'key'>, siteId: string): string => `${entry.key}/${siteId}`;

export function zoomToSites(entry: SiteImport, siteId?: string): void {
  const sites = siteId ? entry.summary.sites.filter((s) => s.properties.id === siteId) : entry.summary.sites;
  if (!sites.length) return;
  fitTo(sites);
}

// ---- overlap matrix ----

/** Area features of a layer, or of every plan layer (districts left out) for ALL_LAYERS. */
export function layerAreas(layerId: string): AreaFeature[] {
  const layers = atlas.peek()?.layers ?? [];
  const chosen = layerId === ALL_LAYERS ? layers.filter((l) => isPlanLevel(l.info.level)) : layers.filter((l) => l.info.id === layerId);
  return chosen.flatMap((l) => l.data.features).filter(isAreaFeature);
}

/** Picks a matrix cell and shows both features on the map. */
export function pickCell(aId: string, bId: string): void {
  matrixCell.value = { aId, bId };
  const index = atlasIndex.peek();
  const pair = [index?.byId.get(aId)?.feature, index?.byId.get(bId)?.feature].filter((f) => f !== undefined);
  if (pair.length) fitTo(pair);
}

let cancelMatrix: (() => void) | null = null;
export const cancelMatrixRun = (): void => cancelMatrix?.();

export async function runMatrix(rows: string, cols: string): Promise<void> {
  if (matrixBusy.peek()) return;
  const ids = (layerId: string) => layerAreas(layerId).map((f) => f.properties.id);
  const a = ids(rows);
  // One set against itself: each pair once.
  const b = rows === cols ? undefined : ids(cols);
  const controller = new AbortController();
  cancelMatrix = () => controller.abort();
  matrixBusy.value = { done: 0, total: a.length };
  matrixError.value = null;
  matrixCell.value = null;
  try {
    const result = await unlessStopped(
      planWorker().overlapMatrix(a, b, {
        signal: controller.signal,
        onProgress: (p) => (matrixBusy.value = { done: p.done, total: p.total }),
      }),
    );
    if (isStopped(result)) matrixError.value = result.stopped;
    else if (result.ok) matrixResult.value = { rows, cols, matrix: result.value };
    else matrixError.value = result.error.message;
  } finally {
    matrixBusy.value = null;
    cancelMatrix = null;
  }
}

// ---- area audit ----

/**
 * The audit runs on the page: since intersections are computed by boundary
 * integration it takes about 65–155 ms over all 40 polygons (measured in Node),
 * too little for a worker. A macrotask first, so the "auditing…" line shows.
 */
export async function runAudit(): Promise<void> {
  if (auditBusy.peek() || auditReport.peek()) return;
  const layers = atlas.peek()?.layers;
  if (!layers) return;
  const districts = layers.filter((l) => !isPlanLevel(l.info.level)).flatMap((l) => l.data.features).filter(isAreaFeature);
  const features = layers.filter((l) => isPlanLevel(l.info.level)).flatMap((l) => l.data.features);
  auditBusy.value = true;
  auditError.value = null;
  await new Promise((resolve) => setTimeout(resolve, 0));
  try {
    auditReport.value = auditAtlas(features, districts);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    auditError.value = { zh: `面积核查失败：${detail}`, en: `The area audit failed: ${detail}` };
  } finally {
    auditBusy.value = false;
  }
}
