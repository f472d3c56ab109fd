/** Test fixtures for the worker tests: one plan zone and a grid of small sites over it. */
import type { Polygon } from 'geojson';
import type { SiteFeature } from '../../analysis/siteReport';
import type { AreaFeature } from '../../data/types';

export const box = (lon: number, lat: number, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]],
});

/** A 0.05° square zone south-west of the city centre. */
export const zone: AreaFeature = {
  type: 'Feature',
  geometry: box(113.6, 34.7, 0.05),
  properties: { id: 'zone', name: '片区', nameEn: 'Zone', layer: 'l', level: 'erqi', sources: [], drawing: { method: { zh: '测试', en: 'test' }, precisionM: 0 } },
};

/** `count` sites of `size`° in rows of `perRow`, starting just south-west of the zone. */
export const siteGrid = (count: number, perRow: number, step: number, size: number): SiteFeature[] =>
  Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    properties: { id: `s${i}`, name: `地块${i}` },
    geometry: box(113.58 + (i % perRow) * step, 34.68 + Math.floor(i / perRow) * 0.004, size),
  }));
