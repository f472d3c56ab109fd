import { describe, expect, it } from 'vitest';
import { spotlightStates, type SpotlightLayer } from './spotlight';

const layers: SpotlightLayer[] = [
  { id: 'admin-districts', featureIds: ['erqi', 'zhongyuan'], dimmable: false },
  { id: 'erqi-four-zones', featureIds: ['a', 'b'], dimmable: true },
  { id: 'erqi-six-boards', featureIds: ['c'], dimmable: true },
];
const byId = (changes: ReturnType<typeof spotlightStates>) => Object.fromEntries(changes.map((c) => [c.id, c.state]));

describe('spotlight feature-states', () => {
  it('lights the spotlit feature and dims every other plan feature, not the districts', () => {
    const s = byId(spotlightStates(layers, new Set(['b'])));
    expect(s.b).toEqual({ dimmed: false, selected: true });
    expect(s.a).toEqual({ dimmed: true });
    expect(s.c).toEqual({ dimmed: true });
    expect(s.erqi).toEqual({ dimmed: false });
  });

  it('clearing undims everything and unlights what was lit, addressed to the layer sources', () => {
    const changes = spotlightStates(layers, new Set(), new Set(['b']));
    expect(changes.every((c) => c.state.dimmed === false)).toBe(true);
    expect(byId(changes).b).toEqual({ dimmed: false, selected: false });
    expect(byId(changes).a).toEqual({ dimmed: false });
    expect(changes.find((c) => c.id === 'c')?.source).toBe('src:erqi-six-boards');
  });
});
