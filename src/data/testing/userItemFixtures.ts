/** Small items of each kind for the store and export tests. */
import type { Position } from 'geojson';
import { importFile } from '../../formats/importFile';
import { ITEM_VERSION, type ProposalItem, type SiteItem, type SketchItem } from '../userItems';

const square = (lon: number, lat: number, d = 0.01): Position[] => [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]];

/** A site item as the app keeps it: a real import of a small GeoJSON file. */
export async function siteItem(id = 'site-1', name = '地块.geojson', created = 1): Promise<SiteItem> {
  const text = JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { 名称: '东区地块', 用途: '商业' }, geometry: { type: 'Polygon', coordinates: [square(113.66, 34.75)] } }],
  });
  const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
  const read = await importFile({ name, bytes });
  if (!read.ok) throw new Error(read.error.message.en);
  return {
    id,
    kind: 'site',
    v: ITEM_VERSION,
    name,
    created,
    updated: created,
    file: { name, type: 'application/geo+json', lastModified: 0, bytes },
    crsChoice: 'auto',
    encodingChoice: 'auto',
    summary: read.value,
  };
}

export const sketchItem = (id = 'sketch-1', created = 2): SketchItem => ({
  id,
  kind: 'sketch',
  v: ITEM_VERSION,
  name: '拟建公园',
  created,
  updated: created,
  note: '沿河绿带',
  colour: '#1b9e77',
  geometry: { type: 'Polygon', coordinates: [square(113.62, 34.72, 0.005)] },
});

export const proposalItem = (id = 'proposal-1', created = 3): ProposalItem => ({
  id,
  kind: 'proposal',
  v: ITEM_VERSION,
  name: '二七商圈板块（建议）',
  created,
  updated: created,
  featureId: 'eq-board-shangquan',
  layerId: 'erqi-six-boards',
  citations: [{ file: '000', lines: '264-264' }],
  original: { type: 'Polygon', coordinates: [square(113.64, 34.74)] },
  proposed: { type: 'Polygon', coordinates: [square(113.64, 34.74, 0.011)] },
  note: '东边界应在京广路',
});
