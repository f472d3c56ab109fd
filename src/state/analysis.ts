/**
 * State of the Analyze panel: imported sites and their reports, the overlap
 * matrix choice, the area audit and the measure tool. Plain signals; the work
 * itself happens in the analysis workers (see src/state/analysisActions.ts).
 */
import { computed, signal } from '@preact/signals';
import type { AuditReport } from '../analysis/audit';
import type { OverlapMatrix } from '../analysis/matrix';
import type { SiteReport } from '../analysis/siteReport';
import type { EncodingId } from '../formats/decode';
import type { ImportSummary } from '../formats/importFile';
import type { ImportProgress } from '../formats/reader';
import type { Bilingual } from '../lib/bilingual';
import { activeTab } from './ui';

export type AnalyzeView = 'import' | 'audit' | 'matrix' | 'measure' | 'draw' | 'data';
export const analyzeView = signal<AnalyzeView>('import');

// ---- check your own site ----

/** How the coordinates of a file are read: as detected, or one of CRS_PRESETS by id. */
export type CrsChoice = 'auto' | string;

/** How the text of a file is decoded: as detected, or one of ENCODINGS. */
export type EncodingChoice = 'auto' | EncodingId;

export interface SiteImport {
  /** Unique per import, also the key of its map features. */
  key: string;
  /** Kept so the file can be read again with another coordinate system. */
  file: File;
  crsChoice: CrsChoice;
  /** How its text was decoded: as detected, or an encoding the user named. */
  encodingChoice: EncodingChoice;
  summary: ImportSummary;
  report: SiteReport | null;
  /** Why the report is missing (cancelled, failed), when it is. */
  reportError?: Bilingual;
}

/** Every file imported so far, oldest first. A failed import never removes one. */
export const siteImports = signal<SiteImport[]>([]);

/** Work in progress (one at a time); `done`/`total` once the report runs. */
export interface Busy {
  fileName: string;
  stage: 'reading' | 'report';
  /** While reading: unzipping (done/total in bytes), parsing, or checking boundaries (done/total sites). */
  step?: ImportProgress['stage'];
  done: number;
  total: number;
}
export const busy = signal<Busy | null>(null);

/** The last problem with a file, shown until the next import starts. */
export const importError = signal<{ fileName: string; message: Bilingual } | null>(null);

/** The imported site (feature id) picked in the report, drawn stronger on the map. */
export const pickedSite = signal<string | null>(null);

// ---- overlap matrix ----

/** A layer id, or ALL_LAYERS for every plan area layer. */
export const ALL_LAYERS = '*';
export const matrixChoice = signal<{ rows: string; cols: string }>({ rows: 'erqi-six-boards', cols: 'erqi-four-zones' });
export const matrixResult = signal<{ rows: string; cols: string; matrix: OverlapMatrix } | null>(null);
export const matrixBusy = signal<{ done: number; total: number } | null>(null);
export const matrixError = signal<Bilingual | null>(null);
/** The picked cell (row feature, column feature), highlighted on the map. */
export const matrixCell = signal<{ aId: string; bId: string } | null>(null);
/**
 * The picked cell as the map shows it: only while the matrix is on screen. Leaving the matrix or the Analyze tab
 * takes the pair off the map; coming back to the matrix shows its pick (and the pair) again.
 */
export const matrixCellOnMap = computed(() => (activeTab.value === 'analyze' && analyzeView.value === 'matrix' ? matrixCell.value : null));

// ---- area audit ----

export const auditReport = signal<AuditReport | null>(null);
export const auditBusy = signal(false);
export const auditError = signal<Bilingual | null>(null);

// ---- measure ----

export type MeasureMode = 'off' | 'distance' | 'area';
export const measureMode = signal<MeasureMode>('off');
/** Points placed so far, lon/lat. */
export const measurePoints = signal<[number, number][]>([]);
