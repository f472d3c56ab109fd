import { describe, expect, it } from 'vitest';
import { projectsUnderTap, tapDistance } from './projectHits';

describe('tapDistance', () => {
  it('measures to a point, to the nearest segment of a line, and calls a tap in an area 0', () => {
    expect(tapDistance({ id: 'p', pixels: [[[3, 4]]] }, [0, 0])).toBe(5);
    // A line from (0,10) to (20,10): the tap at (5,0) is 10 px from its middle, not from its ends.
    expect(tapDistance({ id: 'l', pixels: [[[0, 10], [20, 10]]] }, [5, 0])).toBe(10);
    expect(tapDistance({ id: 'a', pixels: [] }, [5, 0])).toBe(0);
  });
});

describe('projectsUnderTap', () => {
  it('gives one project once, however many layers and tiles drew it', () => {
    const line = { id: 'road', pixels: [[[0, 0], [10, 0]] as [number, number][]] };
    expect(projectsUnderTap([line, { id: 'road', pixels: [[[10, 0], [30, 0]]] }, { id: 'road', pixels: [[[5, 0]]] }], [6, 2])).toEqual(['road']);
  });

  it('gives every project sharing the spot or the road, nearest first, ties in the map order', () => {
    const hits = [
      { id: 'far', pixels: [[[9, 9]] as [number, number][]] },
      { id: 'roadA', pixels: [[[0, 0], [40, 0]] as [number, number][]] },
      { id: 'roadB', pixels: [[[40, 0], [0, 0]] as [number, number][]] },
    ];
    expect(projectsUnderTap(hits, [20, 1])).toEqual(['roadA', 'roadB', 'far']);
    // A nearer piece of a project counts.
    expect(projectsUnderTap([...hits, { id: 'far', pixels: [[[20, 1]]] }], [20, 1])).toEqual(['far', 'roadA', 'roadB']);
  });

  it('gives nothing for no hit', () => {
    expect(projectsUnderTap([], [0, 0])).toEqual([]);
  });
});
