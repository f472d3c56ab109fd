/**
 * Basemaps. The default is the app's own offline vector data (districts and
 * plan layers). The online option is a standard OSM raster source in Web
 * Mercator with WGS-84 coordinates, so our WGS-84 data aligns without any shift.
 * (Chinese commercial tiles are GCJ-02 and would misalign by ~300–500 m; they are
 * deliberately not offered.)
 */
export const ONLINE_BASEMAP_HOSTS = ['tile.openstreetmap.org'];

export interface OnlineBasemap {
  id: string;
  tiles: string[];
  tileSize: number;
  maxzoom: number;
  attribution: string;
}

export const OSM_RASTER: OnlineBasemap = {
  id: 'osm',
  tiles: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png'],
  tileSize: 256,
  maxzoom: 19,
  attribution: '© OpenStreetMap contributors',
};
