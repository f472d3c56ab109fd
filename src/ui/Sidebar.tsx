import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { computed } from '@preact/signals';
import { lang, t, type StringKey } from '../i18n';
import { searchOpen } from '../state/search';
import { sheetSnap } from '../state/sheet';
import { activeTab, openTab, PANEL_TABS, type PanelTab } from '../state/ui';
import { SearchBox } from './search/SearchBox';
import { SheetHandle } from './SheetHandle';

/**
 * The sheet's class and resting height are bound to the element as signals: opening the search or moving
 * the sheet restyles it without rendering the tab panel again.
 */
const sheetClass = computed(() => `sidebar${searchOpen.value ? ' sidebar--searching' : ''}`);

const TAB_LABEL: Record<PanelTab, StringKey> = {
  layers: 'tabLayers',
  info: 'tabInfo',
  here: 'tabHere',
  list: 'tabList',
  timeline: 'tabTimeline',
  conflicts: 'tabConflicts',
  analyze: 'tabAnalyze',
  settings: 'tabSettings',
};

/** Px the edge shadow covers (styles/app.css, .tabs): a tab under it reads as cut. */
const EDGE_SHADOW = 16;

/** Scrolls the tab bar sideways, without moving anything else, so that the tab `id` lies clear of the edge shadows. */
function revealTab(bar: HTMLElement | null, id: PanelTab): void {
  const tab = bar?.querySelector<HTMLElement>(`#tab-${id}`);
  if (!bar || !tab || bar.scrollWidth <= bar.clientWidth) return;
  const box = tab.getBoundingClientRect();
  const start = box.left - bar.getBoundingClientRect().left - bar.clientLeft + bar.scrollLeft;
  const left = start - EDGE_SHADOW;
  const right = start + box.width + EDGE_SHADOW - bar.clientWidth;
  if (bar.scrollLeft > left) bar.scrollLeft = Math.max(0, left);
  else if (bar.scrollLeft < right) bar.scrollLeft = right;
}

/**
 * The panel beside the map on desktops and a bottom sheet on phones (CSS decides),
 * with one tab per task. On phones the sheet rests at peek, half or full (state/sheet.ts).
 */
export function Sidebar({ panels }: { panels: Partial<Record<PanelTab, () => ComponentChildren>> }) {
  const current = activeTab.value;
  const sheet = useRef<HTMLElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  const language = lang.value;
  // Where the bar scrolls (a phone), the open tab is brought wholly into view, clear of the edge shadows.
  useEffect(() => revealTab(bar.current, current), [current, language]);
  const tabs = PANEL_TABS.filter((id) => panels[id]).map((id) => ({ id, label: TAB_LABEL[id] }));
  const onKeyDown = (e: KeyboardEvent) => {
    // Arrow keys move between tabs, as in the WAI-ARIA tabs pattern.
    const i = tabs.findIndex((tab) => tab.id === current);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = tabs[(i + step + tabs.length) % tabs.length];
    activeTab.value = next.id;
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <aside
      ref={sheet}
      id="sidebar"
      class={sheetClass}
      data-snap={sheetSnap}
      aria-label={t('panelLabel')}
    >
      <SheetHandle sheet={() => sheet.current} />
      <SearchBox />
      <div ref={bar} class="tabs" role="tablist" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            class="tab"
            aria-selected={current === tab.id}
            aria-controls={`panel-${tab.id}`}
            tabIndex={current === tab.id ? 0 : -1}
            data-testid={`tab-${tab.id}`}
            onClick={() => openTab(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div class="sidebar__body" id={`panel-${current}`} role="tabpanel" aria-labelledby={`tab-${current}`} tabIndex={0}>
        {panels[current]?.()}
      </div>
    </aside>
  );
}
