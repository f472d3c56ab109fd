/**
 * The export panel's choices and the export itself: which layers and items, which
 * format, coordinate system and text encoding. Everything happens on the page (no
 * request leaves it: the projects come from the app's own precached data) and ends
 * in a download, so it works offline.
 */
import { computed, signal } from '@preact/signals';
import type { Feature, FeatureCollection } from 'geojson';
import { isPlanLevel, type Level } from '../data/levels';
import type { ProposalItem, SketchItem } from '../data/userItems';
import type { ProposalDiff } from '../analysis/proposalDiff';
import type { ExportCrsId } from '../export/exportCrs';
import { collectionExport, planLayerExport, proposalEdgesExport, proposalsExport, sitesExport, sketchesExport, type ExportLayer } from '../export/exportLayers';
import { exportFormat } from '../export/formats/registry';
import type { ExportFormatId } from '../export/formats/writer';
import type { TextEncodingId } from '../export/textEncoding';
import type { Bilingual } from '../lib/bilingual';
import { message } from '../i18n/message';
import { siteImports } from './analysis';
import { atlas } from './atlasState';
import { downloadBlob } from './downloadBlob';
import { kept, readKept } from './keptItems';
import { proposalView } from './proposal';
import { projects } from './projects';

/** One thing the user can pick for an export. */
export interface ExportSource {
  /** A plan layer's id, or one of the ITEM_SOURCES. */
  id: string;
  title: Bilingual;
  count: number;
  group: 'plan' | 'other' | 'mine';
  /** A layer's plan level (二七区, 中原区, 郑州市): the form lists plan layers under it, as the layer panel does. */
  level?: Level;
}

export const PROJECTS_SOURCE = 'projects';
const ITEM_TITLES = {
  sites: { zh: '导入地块', en: 'Imported sites' },
  sketches: { zh: '草图', en: 'Sketches' },
  proposals: { zh: '边界建议', en: 'Boundary proposals' },
} as const;

/** The placed projects, from the one project store (loaded on first use: the panel asks with ensureProjects). */
const placedProjects = computed<FeatureCollection>(() => ({ type: 'FeatureCollection', features: (projects.value ?? []).filter((f): f is typeof f & Feature => f.geometry !== null) }));

export const exportSources = computed<ExportSource[]>(() => {
  const layers = atlas.value?.layers ?? [];
  const plan: ExportSource[] = layers.map((l) => ({ id: l.info.id, title: l.info.title, count: l.data.features.length, group: isPlanLevel(l.info.level) ? 'plan' : 'other', level: l.info.level }));
  const items = kept.value;
  return [
    ...plan.filter((s) => s.group === 'plan'),
    ...plan.filter((s) => s.group === 'other'),
    { id: PROJECTS_SOURCE, title: { zh: '项目（已定位）', en: 'Projects (placed)' }, count: placedProjects.value.features.length, group: 'other' },
    { id: 'sites', title: ITEM_TITLES.sites, count: siteImports.value.reduce((n, e) => n + e.summary.sites.length, 0), group: 'mine' },
    { id: 'sketches', title: ITEM_TITLES.sketches, count: items.filter((k) => k.kind === 'sketch').length, group: 'mine' },
    { id: 'proposals', title: ITEM_TITLES.proposals, count: items.filter((k) => k.kind === 'proposal').length, group: 'mine' },
  ];
});

export interface ExportChoice {
  sources: string[];
  format: ExportFormatId;
  crs: ExportCrsId;
  encoding: TextEncodingId;
}

export const exportChoice = signal<ExportChoice>({ sources: [], format: 'shapefile', crs: 'gk38', encoding: 'utf-8' });
export const exportBusy = signal(false);
export const exportResult = signal<{ ok: boolean; text: Bilingual } | null>(null);

/** A choice the format can write: its system and encoding, or the format's first. */
export function fitChoice(choice: ExportChoice): ExportChoice {
  const writer = exportFormat(choice.format);
  return {
    ...choice,
    crs: writer.crs.includes(choice.crs) ? choice.crs : writer.crs[0],
    encoding: writer.encodings.includes(choice.encoding) ? choice.encoding : writer.encodings[0],
  };
}

async function layersFor(sources: readonly string[]): Promise<ExportLayer[]> {
  const chosen = new Set(sources);
  const out: ExportLayer[] = (atlas.peek()?.layers ?? []).filter((l) => chosen.has(l.info.id)).map(planLayerExport);
  const fc = placedProjects.peek();
  if (chosen.has(PROJECTS_SOURCE) && fc.features.length) out.push(collectionExport(PROJECTS_SOURCE, { zh: '项目', en: 'Projects' }, fc, 'project'));
  if (chosen.has('sites') && siteImports.peek().length) out.push(sitesExport(siteImports.peek().map((e) => ({ id: e.key, name: e.file.name, summary: e.summary }))));
  if (chosen.has('sketches') || chosen.has('proposals')) {
    const items = await readKept();
    const sketches = items.filter((i): i is SketchItem => i.kind === 'sketch');
    const proposals = items.filter((i): i is ProposalItem => i.kind === 'proposal');
    if (chosen.has('sketches') && sketches.length) out.push(sketchesExport(sketches));
    if (chosen.has('proposals') && proposals.length) {
      // Each compared with its plan feature (area before and after, the moved edges), and the moved stretches themselves.
      const diffOf = proposalDiffs(proposals);
      out.push(proposalsExport(proposals, diffOf), proposalEdgesExport(proposals, diffOf));
    }
  }
  return out.filter((l) => l.features.length > 0);
}

/** Each proposal's comparison with the plan feature it changes, as the proposal card shows it (computed once per export). */
function proposalDiffs(proposals: readonly ProposalItem[]): (p: ProposalItem) => ProposalDiff | null {
  const diffs = new Map(proposals.map((p) => [p.id, proposalView(p).diff]));
  return (p) => diffs.get(p.id) ?? null;
}

const stamp = (d: Date) => `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;

/** Writes the chosen layers in the chosen format and downloads the file. */
export async function runExport(): Promise<void> {
  if (exportBusy.peek()) return;
  const choice = fitChoice(exportChoice.peek());
  exportBusy.value = true;
  exportResult.value = null;
  try {
    const layers = await layersFor(choice.sources);
    const count = layers.reduce((n, l) => n + l.features.length, 0);
    if (!count) {
      exportResult.value = { ok: false, text: message('exNothing') };
      return;
    }
    const file = await exportFormat(choice.format).write(layers, { crs: choice.crs, encoding: choice.encoding, stem: `zhengzhou-atlas-${stamp(new Date())}` });
    downloadBlob(new Blob([file.bytes.slice().buffer as ArrayBuffer], { type: file.mime }), file.name);
    const notes = [
      file.notes.replaced ? message('exReplaced', { n: file.notes.replaced }) : null,
      file.notes.cut ? message('exCut', { n: file.notes.cut }) : null,
    ].filter((n): n is Bilingual => n !== null);
    const done = message('exDone', { n: count, layers: layers.length, file: file.name });
    exportResult.value = { ok: true, text: { zh: [done.zh, ...notes.map((n) => n.zh)].join(''), en: [done.en, ...notes.map((n) => n.en)].join(' ') } };
  } catch (e) {
    exportResult.value = { ok: false, text: message('exFailed', { detail: e instanceof Error ? e.message : String(e) }) };
  } finally {
    exportBusy.value = false;
  }
}
