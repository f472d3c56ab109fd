import { useRef } from 'preact/hooks';
import { t, type StringKey } from '../i18n';
import { SHEET_SNAPS, sheetSnap, snapAfterDrag, snapHeights, stepSnap, type SheetSnap } from '../state/sheet';

const SNAP_LABEL: Record<SheetSnap, StringKey> = { peek: 'sheetPeek', half: 'sheetHalf', full: 'sheetFull' };

/** Movement under this many px is a tap, not a drag. */
const TAP_SLOP_PX = 6;

interface Drag {
  startY: number;
  startHeight: number;
  from: SheetSnap;
  lastY: number;
  lastT: number;
  velocity: number;
  moved: boolean;
}

/**
 * The phone sheet's grip (a WAI-ARIA window splitter): drag it to any height and
 * it settles on peek, half or full; tap it to step between them; ↑/↓ (and Home/End) from the keyboard.
 * `sheet` is the element whose height follows the finger during a drag.
 */
export function SheetHandle({ sheet }: { sheet: () => HTMLElement | null }) {
  const drag = useRef<Drag | null>(null);
  const snap = sheetSnap.value;
  const room = () => (sheet()?.parentElement?.clientHeight ?? window.innerHeight);

  const onPointerDown = (e: PointerEvent) => {
    const el = sheet();
    if (!el) return;
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    drag.current = { startY: e.clientY, startHeight: el.getBoundingClientRect().height, from: snap, lastY: e.clientY, lastT: e.timeStamp, velocity: 0, moved: false };
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    const el = sheet();
    if (!d || !el) return;
    if (Math.abs(e.clientY - d.startY) > TAP_SLOP_PX) d.moved = true;
    if (!d.moved) return;
    const dt = Math.max(1, e.timeStamp - d.lastT);
    d.velocity = (d.lastY - e.clientY) / dt; // up grows the sheet
    d.lastY = e.clientY;
    d.lastT = e.timeStamp;
    const heights = snapHeights(room());
    const height = Math.max(heights.peek, Math.min(heights.full, d.startHeight + d.startY - e.clientY));
    el.style.height = `${height}px`;
    el.classList.add('sidebar--dragging');
  };
  const onPointerUp = (e: PointerEvent) => {
    const d = drag.current;
    const el = sheet();
    drag.current = null;
    if (!d || !el) return;
    el.classList.remove('sidebar--dragging');
    if (!d.moved) {
      // A tap steps up, and from full back down to peek.
      sheetSnap.value = d.from === 'full' ? 'peek' : stepSnap(d.from, 1);
      return;
    }
    const height = el.getBoundingClientRect().height;
    el.style.height = '';
    sheetSnap.value = snapAfterDrag(height, e.type === 'pointercancel' ? 0 : d.velocity, d.from, room());
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const next: Partial<Record<string, SheetSnap>> = {
      ArrowUp: stepSnap(snap, 1),
      ArrowDown: stepSnap(snap, -1),
      Home: 'peek',
      End: 'full',
      Enter: snap === 'full' ? 'peek' : stepSnap(snap, 1),
      ' ': snap === 'full' ? 'peek' : stepSnap(snap, 1),
    };
    const to = next[e.key];
    if (!to) return;
    e.preventDefault();
    sheetSnap.value = to;
  };

  return (
    <div
      class="sidebar__handle"
      role="separator"
      aria-orientation="horizontal"
      tabIndex={0}
      aria-label={t('sheetHandleLabel')}
      aria-valuemin={0}
      aria-valuemax={SHEET_SNAPS.length - 1}
      aria-valuenow={SHEET_SNAPS.indexOf(snap)}
      aria-valuetext={t(SNAP_LABEL[snap])}
      aria-controls="sidebar"
      data-testid="sheet-handle"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    >
      <span aria-hidden="true" />
    </div>
  );
}
