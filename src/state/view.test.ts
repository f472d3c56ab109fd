import { describe, expect, it } from 'vitest';
import { homeView } from '../config/region';
import { frameFromRects, homeViewIn, visibleMapArea } from './view';

const box = (left: number, top: number, width: number, height: number) => ({ left, top, width, height, right: left + width, bottom: top + height });

describe('the map frame, from the page as laid out', () => {
  it('counts a panel beside the map as covering none of it (a desktop)', () => {
    // 1440 × 900: title bar above, the panel on the left, the note below.
    const frame = frameFromRects(box(380, 56, 1060, 816), box(0, 56, 380, 816));
    expect(frame).toEqual({ width: 1060, height: 816, panelOver: false, coveredBottom: 0 });
    expect(homeViewIn(frame)).toEqual(homeView(1060, 816));
  });

  it('counts what a bottom sheet hides below its top edge (a phone), whatever height the CSS gives it', () => {
    for (const sheetTop of [384, 450, 600]) {
      const frame = frameFromRects(box(0, 56, 360, 656), box(0, sheetTop, 360, 712 - sheetTop));
      expect(frame.panelOver).toBe(true);
      expect(frame.coveredBottom).toBe(712 - sheetTop);
      expect(visibleMapArea(frame)).toEqual({ width: 360, height: sheetTop - 56 });
      expect(homeViewIn(frame)).toEqual(homeView(360, sheetTop - 56));
    }
  });

  it('keeps a sliver of map when the sheet covers it all, and takes the whole map with no panel', () => {
    expect(frameFromRects(box(0, 56, 360, 656), box(0, 56, 360, 656)).coveredBottom).toBe(655);
    expect(frameFromRects(box(0, 0, 800, 600), null)).toEqual({ width: 800, height: 600, panelOver: false, coveredBottom: 0 });
  });
});
