import { describe, expect, it } from 'vitest';
import { orderHits } from './hitOrder';

describe('order of a site report', () => {
  it('lists district-plan areas before city structures and districts, each by share of the site', () => {
    const hits = [
      { planId: 'ct-dir-centre', level: 'city' as const, shareOfSite: 1 },
      { planId: 'erqi', level: 'admin' as const, shareOfSite: 0.9 },
      { planId: 'eq-zone-special-commercial', level: 'erqi' as const, shareOfSite: 0.7 },
      { planId: 'eq-board-shangquan', level: 'erqi' as const, shareOfSite: 0.9 },
      { planId: 'ct-board-erqi-shangquan', level: 'city' as const, shareOfSite: 0.9 },
    ];
    expect(orderHits(hits).map((h) => h.planId)).toEqual([
      'eq-board-shangquan',
      'eq-zone-special-commercial',
      'ct-dir-centre',
      'ct-board-erqi-shangquan',
      'erqi',
    ]);
    expect(hits[0].planId).toBe('ct-dir-centre'); // the report itself is left as it was
  });
});
