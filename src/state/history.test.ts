import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, commit, historyOf, redo, undo } from './history';

describe('undo and redo', () => {
  it('undoes steps in reverse order and redoes them in order', () => {
    let h = historyOf('a');
    h = commit(h, 'b');
    h = commit(h, 'c');
    expect(canRedo(h)).toBe(false);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(canUndo(h)).toBe(false);
    expect(undo(h)).toBe(h); // nothing further back
    h = redo(h);
    expect(h.present).toBe('b');
    h = redo(h);
    expect(h.present).toBe('c');
    expect(redo(h)).toBe(h);
  });

  it('a new step after an undo drops what was undone', () => {
    const h = commit(undo(commit(commit(historyOf(1), 2), 3)), 4);
    expect(h.present).toBe(4);
    expect(h.past).toEqual([1, 2]);
    expect(canRedo(h)).toBe(false);
  });

  it('committing the present again is no step, so undo never seems to do nothing', () => {
    const h = commit(historyOf('a'), 'b');
    expect(commit(h, 'b')).toBe(h);
  });

  it('keeps only the last `limit` steps', () => {
    let h = historyOf(0);
    for (let i = 1; i <= 10; i++) h = commit(h, i, 3);
    expect(h.past).toEqual([7, 8, 9]);
    for (let i = 0; i < 5; i++) h = undo(h);
    expect(h.present).toBe(7);
  });
});
