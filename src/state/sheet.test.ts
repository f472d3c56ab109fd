import { describe, expect, it } from 'vitest';
import { sheetCoverPx, snapAfterDrag, snapHeights, stepSnap } from './sheet';

describe('phone sheet snaps', () => {
  const room = 692; // 740 px phone minus the title bar

  it('rests at peek, half and full heights that grow in that order', () => {
    const h = snapHeights(room);
    expect(h.peek).toBeLessThan(h.half);
    expect(h.half).toBeLessThan(h.full);
    expect(h.full).toBe(room);
    expect(h.half).toBe(346);
  });

  it('a slow drag rests on the nearest height', () => {
    expect(snapAfterDrag(600, 0, 'half', room)).toBe('full');
    expect(snapAfterDrag(380, 0.1, 'full', room)).toBe('half');
    expect(snapAfterDrag(170, -0.1, 'half', room)).toBe('peek');
  });

  it('a flick moves one step its way from where the drag began, not further', () => {
    expect(snapAfterDrag(200, 1.2, 'peek', room)).toBe('half');
    expect(snapAfterDrag(500, -0.9, 'full', room)).toBe('half');
    expect(snapAfterDrag(680, 2, 'full', room)).toBe('full');
  });

  it('steps stay at the ends', () => {
    expect(stepSnap('peek', -1)).toBe('peek');
    expect(stepSnap('peek', 1)).toBe('half');
    expect(stepSnap('full', 1)).toBe('full');
  });

  it('on a very short screen peek never exceeds the room', () => {
    expect(snapHeights(100)).toEqual({ peek: 100, half: 100, full: 100 });
  });

  it('the map keeps its centre above the sheet, and full does not move the view', () => {
    expect(sheetCoverPx('peek', room)).toBe(137);
    expect(sheetCoverPx('full', room)).toBe(sheetCoverPx('half', room));
  });
});
