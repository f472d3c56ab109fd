import { signal } from '@preact/signals';
import type { Bilingual } from '../lib/bilingual';
import { sheetSnap } from './sheet';

/** The side panel's tabs, in display order (also the panels a link may open). */
export const PANEL_TABS = ['layers', 'info', 'here', 'list', 'timeline', 'conflicts', 'analyze', 'settings'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export const activeTab = signal<PanelTab>('layers');

export interface Notice {
  id: number;
  kind: 'info' | 'error';
  text: Bilingual;
}

export const notices = signal<Notice[]>([]);
let nextNotice = 1;

/**
 * How long a notice that only informs (链接已复制, 已可离线使用) stays: long enough to read twice, then it leaves
 * the map. Errors stay until dismissed: they ask the reader to do something.
 */
export const INFO_NOTICE_MS = 6000;
const leaving = new Map<number, ReturnType<typeof setTimeout>>();

function leaveLater(id: number): void {
  clearTimeout(leaving.get(id));
  leaving.set(id, setTimeout(() => dismissNotice(id), INFO_NOTICE_MS));
}

export function pushNotice(kind: Notice['kind'], text: Notice['text']): void {
  const id = nextNotice++;
  notices.value = [...notices.value, { id, kind, text }];
  if (kind === 'info') leaveLater(id);
}

export function dismissNotice(id: number): void {
  clearTimeout(leaving.get(id));
  leaving.delete(id);
  notices.value = notices.value.filter((n) => n.id !== id);
}

/** An informational notice stays while the pointer or focus is on it, and leaves INFO_NOTICE_MS after. */
export function holdNotice(id: number, held: boolean): void {
  const notice = notices.peek().find((n) => n.id === id);
  if (notice?.kind !== 'info') return;
  if (held) {
    clearTimeout(leaving.get(id));
    leaving.delete(id);
  } else leaveLater(id);
}

export function openTab(tab: PanelTab): void {
  activeTab.value = tab;
  // On a phone, a panel asked for is a panel shown: a peeking sheet rises to half.
  if (sheetSnap.peek() === 'peek') sheetSnap.value = 'half';
}

/** The key to the lines (solid, dashed, glow, band) opened over the map by its map button: one tap on a phone. */
export const mapKeyOpen = signal(false);
/** The id of the key over the map, which its button controls. */
export const MAP_KEY_ID = 'map-edge-key';
export const toggleMapKey = (): void => {
  mapKeyOpen.value = !mapKeyOpen.peek();
};
