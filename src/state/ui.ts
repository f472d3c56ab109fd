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

export function pushNotice(kind: Notice['kind'], text: Notice['text']): void {
  notices.value = [...notices.value, { id: nextNotice++, kind, text }];
}

export function dismissNotice(id: number): void {
  notices.value = notices.value.filter((n) => n.id !== id);
}

export function openTab(tab: PanelTab): void {
  activeTab.value = tab;
  // On a phone, a panel asked for is a panel shown: a peeking sheet rises to half.
  if (sheetSnap.peek() === 'peek') sheetSnap.value = 'half';
}
