import { describe, expect, it } from 'vitest';
import { modeOf } from './mode';

describe('the map mode', () => {
  it('is browse with no story and no measuring', () => {
    expect(modeOf(null, 'off')).toEqual({ kind: 'browse' });
  });
  it('is measure with the measure kind while the tool is on', () => {
    expect(modeOf(null, 'area')).toEqual({ kind: 'measure', measure: 'area' });
  });
  it('is present while a story is shown, even with the measure tool on', () => {
    expect(modeOf({ id: 'erqi-layout' }, 'distance')).toEqual({ kind: 'present', storyId: 'erqi-layout' });
  });
  it('is draw while the drawing tool is on, over measuring; presenting wins over drawing', () => {
    expect(modeOf(null, 'off', true)).toEqual({ kind: 'draw' });
    expect(modeOf(null, 'area', true)).toEqual({ kind: 'draw' });
    expect(modeOf({ id: 'erqi-layout' }, 'off', true)).toEqual({ kind: 'present', storyId: 'erqi-layout' });
  });
});
