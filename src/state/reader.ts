/**
 * The plan reader: which document is open at which lines (null = closed), the
 * document once loaded, and the actions that link text and map both ways.
 */
import { signal } from '@preact/signals';
import { fetchSource } from '../data/loadAtlas';
import { loadPlanDoc, type MentionTarget, type PlanDoc } from '../data/planDoc';
import type { Citation } from '../data/types';
import { goToFeature, goToPlace, selectProject } from './goTo';
import { projectById } from './projects';
import { pushNotice } from './ui';
import { message } from '../i18n/message';

export interface ReaderPosition {
  file: string;
  /** The lines to show highlighted, 1-based, inclusive. */
  from: number;
  to: number;
}

export const DEFAULT_PLAN_FILE = '000_062be593f0ca59e2.txt';

/** Where the reader is open; null when closed. Part of the URL (`r=`). */
export const readerAt = signal<ReaderPosition | null>(null);
/** The last place read, so reopening the reader goes back there. */
let lastRead: ReaderPosition = { file: DEFAULT_PLAN_FILE, from: 1, to: 1 };

export type DocState = { kind: 'loading'; file: string } | { kind: 'ready'; doc: PlanDoc } | { kind: 'failed'; file: string; message: string };
export const readerDoc = signal<DocState | null>(null);

function ensureDoc(file: string): void {
  const now = readerDoc.peek();
  if (now && (now.kind === 'ready' ? now.doc.file : now.file) === file && now.kind !== 'failed') return;
  readerDoc.value = { kind: 'loading', file };
  loadPlanDoc(fetchSource(), file).then(
    (doc) => {
      if (readerAt.peek()?.file === file) readerDoc.value = { kind: 'ready', doc };
    },
    (err) => {
      if (readerAt.peek()?.file === file) readerDoc.value = { kind: 'failed', file, message: err instanceof Error ? err.message : String(err) };
    },
  );
}

export function openReader(position: ReaderPosition = lastRead): void {
  readerAt.value = position;
  lastRead = position;
  ensureDoc(position.file);
}

/** Opens the reader at a citation's lines, highlighted. */
export function openCitation(source: Citation): void {
  const [from, to] = source.lines.split('-').map(Number);
  openReader({ file: source.file, from, to: to || from });
}

export function closeReader(): void {
  if (readerAt.peek()) lastRead = readerAt.peek()!;
  readerAt.value = null;
}

/** Retries a document that failed to load. */
export function reloadDoc(): void {
  const at = readerAt.peek();
  if (at) {
    readerDoc.value = null;
    ensureDoc(at.file);
  }
}

/**
 * A mention in the text was chosen: select its feature (or mark its place) on
 * the map. On a phone the reader steps aside so the map can be seen.
 */
export function followMention(target: MentionTarget, opts: { closeReader: boolean }): void {
  // A place's whole name: a mention broken across two lines gives only part of it.
  if (target.kind === 'place') goToPlace(target.lon, target.lat, target.name);
  else if (target.kind === 'plannedProject') void followProject(target.id);
  else goToFeature(target.id);
  if (opts.closeReader) closeReader();
}

/** A project's name in the text: its record opens and the map flies to it, or, not placed, the user is told why. */
async function followProject(id: string): Promise<void> {
  if (!(await selectProject(id, { fly: true }))) return;
  const p = projectById.peek().get(id);
  if (!p || p.geometry) return;
  const reason = p.properties.unplacedReason ?? { zh: '', en: '' };
  const zh = message('prjNotPlacedNotice', { name: p.properties.name, reason: reason.zh }).zh;
  const en = message('prjNotPlacedNotice', { name: p.properties.nameEn || p.properties.name, reason: reason.en }).en;
  pushNotice('info', { zh, en });
}
