/**
 * The phone's bottom sheet: three resting heights (peek, half, full) and the
 * rule that turns a drag into one of them. Pure, so it is tested in Node; the
 * Sidebar component measures and the CSS draws.
 */
import { computed, signal } from '@preact/signals';

export const SHEET_SNAPS = ['peek', 'half', 'full'] as const;
export type SheetSnap = (typeof SHEET_SNAPS)[number];

/** Where the sheet rests now. Half: the map and the record both show. */
export const sheetSnap = signal<SheetSnap>('half');

/** The sheet shows its panel (half or full); peek shows only the handle, search and tabs. */
export const sheetOpen = computed(() => sheetSnap.value !== 'peek');

/** Handle (32) + search (60) + tabs (45): what stays on screen at peek, px. */
export const PEEK_PX = 137;
/** Half of the room below the title bar. */
export const HALF_SHARE = 0.5;

/** Resting heights in px for a sheet that may grow to `roomPx` (the space below the title bar). */
export function snapHeights(roomPx: number): Record<SheetSnap, number> {
  const peek = Math.min(PEEK_PX, roomPx);
  return { peek, half: Math.max(peek, Math.round(roomPx * HALF_SHARE)), full: roomPx };
}

/** A flick faster than this (px/ms) moves one step in its direction, wherever the finger let go. */
const FLICK_SPEED = 0.5;

/**
 * The snap a drag ends on: a fast flick goes one step its way from where the drag began;
 * a slow drag rests on the nearest height. `velocity` is px/ms, positive when growing.
 */
export function snapAfterDrag(heightPx: number, velocity: number, from: SheetSnap, roomPx: number): SheetSnap {
  if (Math.abs(velocity) >= FLICK_SPEED) return stepSnap(from, velocity > 0 ? 1 : -1);
  const heights = snapHeights(roomPx);
  return SHEET_SNAPS.reduce((best, snap) => (Math.abs(heights[snap] - heightPx) < Math.abs(heights[best] - heightPx) ? snap : best));
}

/** The next snap up (+1) or down (−1), staying at the ends. */
export function stepSnap(from: SheetSnap, direction: 1 | -1): SheetSnap {
  const i = SHEET_SNAPS.indexOf(from) + direction;
  return SHEET_SNAPS[Math.max(0, Math.min(SHEET_SNAPS.length - 1, i))];
}

/** How much of the map the sheet covers at rest, px (the map keeps its centre above it). */
export function sheetCoverPx(snap: SheetSnap, roomPx: number): number {
  // At full the map is hidden anyway: keep the half padding so the view does not jump.
  return snapHeights(roomPx)[snap === 'full' ? 'half' : snap];
}
