import { describe, expect, it } from 'vitest';
import { presenterAction, swipeAction } from './presenterKeymap';

describe('presenter keys', () => {
  it('steps forward with what clickers send: PageDown, →, space', () => {
    for (const key of ['PageDown', 'ArrowRight', ' ']) expect(presenterAction({ key }), key).toBe('next');
    for (const key of ['PageUp', 'ArrowLeft']) expect(presenterAction({ key }), key).toBe('prev');
    expect(presenterAction({ key: ' ', shiftKey: true })).toBe('prev');
  });

  it('jumps to the ends, leaves with Esc, and knows full screen and black screen', () => {
    expect(presenterAction({ key: 'Home' })).toBe('first');
    expect(presenterAction({ key: 'End' })).toBe('last');
    expect(presenterAction({ key: 'Escape' })).toBe('exit');
    expect(presenterAction({ key: 'F' })).toBe('fullscreen');
    expect(presenterAction({ key: 'b' })).toBe('blackout');
    expect(presenterAction({ key: '.' })).toBe('blackout');
  });

  it('leaves browser shortcuts and other keys alone', () => {
    expect(presenterAction({ key: 'p', ctrlKey: true })).toBeNull();
    expect(presenterAction({ key: 'ArrowLeft', altKey: true })).toBeNull();
    expect(presenterAction({ key: 'x' })).toBeNull();
    expect(presenterAction({ key: 'Tab' })).toBeNull();
  });
});

describe('swipes', () => {
  it('a quick horizontal swipe turns the page; a slow drag, a short flick or a vertical scroll does not', () => {
    expect(swipeAction(-120, 10, 250)).toBe('next');
    expect(swipeAction(140, -20, 300)).toBe('prev');
    expect(swipeAction(-120, 10, 1500)).toBeNull();
    expect(swipeAction(-30, 0, 200)).toBeNull();
    expect(swipeAction(-80, 90, 200)).toBeNull();
  });
});
