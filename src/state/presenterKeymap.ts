/**
 * What a key does in presenter mode. USB presentation clickers send
 * PageDown/PageUp (most), →/← or Space; "blank screen" buttons send "b" or ".".
 */
export type PresenterAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'fullscreen' | 'blackout';

export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

const KEYS: Record<string, PresenterAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next', // old Edge/IE name
  n: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Backspace: 'prev',
  p: 'prev',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  Esc: 'exit',
  f: 'fullscreen',
  b: 'blackout',
  '.': 'blackout',
};

export function presenterAction(e: KeyLike): PresenterAction | null {
  // Browser and system shortcuts (Ctrl+P, Alt+←, ⌘F …) are left alone.
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  const action = KEYS[key] ?? null;
  if (action === 'next' && key === ' ' && e.shiftKey) return 'prev';
  return action;
}

/** A horizontal swipe (touch) as a step: left = next, right = previous; anything else is not a swipe. */
export function swipeAction(dx: number, dy: number, ms: number): 'next' | 'prev' | null {
  if (ms > 800 || Math.abs(dx) < 50 || Math.abs(dx) < 1.5 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'prev';
}
