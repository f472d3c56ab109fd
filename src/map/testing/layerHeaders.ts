/**
 * Every layer the data builds, with its style, for tests of the map's colours: the zone files'
 * headers and the districts' header (read from geodata/ in the checkout, never from outside it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { LayerHeader } from '../../data/types';

export function layerHeaders(): LayerHeader[] {
  const zonesDir = new URL('../../../geodata/zones/', import.meta.url);
  const readHeader = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as LayerHeader;
  const headers = readdirSync(zonesDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readHeader(new URL(f, zonesDir)));
  headers.push(readHeader(new URL('../../../geodata/admin/layer.json', import.meta.url)));
  return headers;
}
