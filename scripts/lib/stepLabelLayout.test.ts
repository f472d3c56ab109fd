import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon, distance, pointToLineDistance } from '@turf/turf';
import type { Feature, LineString, Polygon } from 'geojson';
import type { PlanFeature } from '../../src/data/types';
import { layoutStepLabels, type StepLayer } from './stepLabelLayout';

const rect = (w: number, s: number, e: number, n: number): Polygon => ({ type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] });
const feature = (id: string, name: string, geometry: PlanFeature['geometry']) => ({ type: 'Feature', properties: { id, name, nameEn: id }, geometry }) as unknown as PlanFeature;
const layer = (id: string, geometry: 'polygon' | 'line', features: PlanFeature[], order = 1): StepLayer => ({ id, level: 'erqi', geometry, order, features });
const camera = { center: [113.6, 34.75] as [number, number], zoom: 11 };

describe('story step names chosen at build time', () => {
  it('names a large area away from the smaller areas inside it, each smaller one inside itself', () => {
    const big = feature('big', '郑东新区', rect(113.5, 34.65, 113.7, 34.85));
    const small = [
      feature('a', '龙湖北部', rect(113.58, 34.74, 113.6, 34.76)),
      feature('b', '智慧岛', rect(113.6, 34.74, 113.62, 34.76)),
      feature('c', '科学谷', rect(113.59, 34.72, 113.61, 34.74)),
    ];
    const { labels, crowded } = layoutStepLabels([layer('zones', 'polygon', [big]), layer('boards', 'polygon', small, 2)], { camera, layers: ['zones', 'boards'] }, []);
    expect(crowded).toEqual([]);
    const at = (id: string) => labels.features.find((f) => f.properties.id === id)!;
    expect(labels.features).toHaveLength(4);
    for (const s of small) expect(booleanPointInPolygon(at('big'), s as Feature<Polygon>), `郑东新区's name not in ${s.properties.name}`).toBe(false);
    expect(booleanPointInPolygon(at('big'), big as Feature<Polygon>)).toBe(true);
  });

  it('names parallel lines a little apart at different places along them, each by its own line', () => {
    const lines = [0, 1, 2, 3].map((i) =>
      feature(`l${i}`, ['中原路绿廊', '郑上路绿廊', '郑西高铁绿廊', '陇海铁路绿廊'][i], { type: 'LineString', coordinates: [[113.5, 34.75 + i * 0.01], [113.66, 34.75 + i * 0.01]] }),
    );
    const { labels, crowded } = layoutStepLabels([layer('green', 'line', lines)], { camera, layers: ['green'] }, []);
    expect(crowded).toEqual([]);
    for (const line of lines) {
      const p = labels.features.find((f) => f.properties.id === line.properties.id)!;
      const own = pointToLineDistance(p, line as Feature<LineString>);
      // Nearer its own line than any other line.
      for (const other of lines.filter((o) => o !== line)) expect(own, `${line.properties.name}`).toBeLessThan(pointToLineDistance(p, other as Feature<LineString>));
    }
    // Names on neighbouring lines 1.1 km apart would overlap if they stood one over the other: they are staggered.
    const xs = labels.features.map((f) => f.geometry.coordinates[0]);
    for (let i = 0; i < xs.length - 1; i++) expect(distance(labels.features[i], labels.features[i + 1])).toBeGreaterThan(1);
    expect(new Set(xs.map((x) => x.toFixed(2))).size).toBeGreaterThan(1);
  });

  it('writes short names (from street zoom the full ones) rather than leave a name out, and says which names found no place', () => {
    // Six areas side by side, each too narrow for its full name at the step's zoom on a phone.
    const strips = [0, 1, 2, 3, 4, 5].map((i) => feature(`s${i}`, `第${'一二三四五六'[i]}片区核心板块示范区`, rect(113.58 + i * 0.006, 34.745, 113.586 + i * 0.006, 34.755)));
    const short = Object.fromEntries(strips.map((s, i) => [s.properties.id, { zh: `${'一二三四五六'[i]}区` }]));
    const withShort = layoutStepLabels([layer('strips', 'polygon', strips)], { camera, layers: ['strips'] }, [], short);
    expect(withShort.crowded).toEqual([]);
    expect(withShort.labels.features.filter((f) => f.properties.short && f.properties.full > 0).length).toBeGreaterThan(0);
    const without = layoutStepLabels([layer('strips', 'polygon', strips)], { camera, layers: ['strips'] }, []);
    expect(without.crowded.length).toBeGreaterThan(0);
  });

  it('names only what the step spotlights', () => {
    const areas = [feature('x', '甲', rect(113.5, 34.7, 113.55, 34.75)), feature('y', '乙', rect(113.6, 34.7, 113.65, 34.75))];
    const { labels } = layoutStepLabels([layer('z', 'polygon', areas)], { camera, layers: ['z'] }, ['y']);
    expect(labels.features.map((f) => f.properties.id)).toEqual(['y']);
  });
});
