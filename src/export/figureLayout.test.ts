import { describe, expect, it } from 'vitest';
import { figureLayout, type FigureInput } from './figureLayout';
import { metresPerPixel } from './scaleBar';
import { inside, measure, overlaps } from './testing/fakeText';

describe('figure layout', () => {
  const input = (over: Partial<FigureInput> = {}): FigureInput => ({
    mapWidth: 900,
    mapHeight: 700,
    title: '郑州规划空间布局图',
    legendTitle: '图例',
    legend: Array.from({ length: 5 }, (_, i) => ({ label: `图层 ${i}`, color: '#123456', kind: 'line' as const })),
    metresPerPixel: metresPerPixel(34.75, 11),
    bearing: 0,
    note: '资料来源：郑州市及二七区、中原区“十四五”规划纲要。规划范围为示意范围。',
    measure,
    ...over,
  });

  it('puts a title band above the map and the source note below it', () => {
    const f = figureLayout(input());
    expect(f.width).toBe(900);
    expect(f.map).toEqual({ x: 0, y: f.header.height, width: 900, height: 700 });
    expect(f.footer.y).toBe(f.map.y + 700);
    expect(f.height).toBe(f.footer.y + f.footer.height);
    expect(f.noteLines.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps legend, north arrow and scale bar on the map and apart, on a phone-sized map too', () => {
    for (const [w, h, n] of [
      [900, 700, 5],
      [360, 420, 9],
      [1920, 1080, 14],
    ]) {
      const f = figureLayout(input({ mapWidth: w, mapHeight: h, legend: input().legend.concat(Array(n).fill(input().legend[0])) }));
      const legend = { x: f.legend.x, y: f.legend.y, width: f.legend.width, height: f.legend.height };
      const north = { x: f.north.cx - f.north.size / 2, y: f.north.cy - f.north.size / 2 - 12, width: f.north.size, height: f.north.size + 12 };
      for (const r of [legend, north, f.scale.plate]) expect(inside(r, f.map), JSON.stringify({ w, r })).toBe(true);
      expect(overlaps(legend, north), `${w}: legend/north`).toBe(false);
      expect(overlaps(legend, f.scale.plate), `${w}: legend/scale`).toBe(false);
    }
  });
});
