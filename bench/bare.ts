// Baseline for `npm run bench`: the least code that draws what the app draws at its first view
// with MapLibre, so the app's own overhead can be measured against it. Same data (every layer
// with its edges, and the orientation roads and metro), the same first view and local fonts,
// plain styles, and the same `atlas:first-idle` mark once the drawn map is idle.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { AtlasManifest } from '../src/data/types';
import { FONT_STACK } from '../src/config/fonts';
import { homeMapView } from '../src/state/view';

maplibregl.setWorkerUrl(workerUrl);

const getJson = async (file: string) => (await fetch(`data/${file}`)).json();
// Everything is fetched at once, while MapLibre starts, as the app does: the baseline is not handicapped.
const data = getJson('atlas.json').then(async (manifest: AtlasManifest) => ({
  manifest,
  layers: await Promise.all(manifest.layers.map((l) => Promise.all([getJson(l.file), l.edges ? getJson(l.edges) : null]))),
  orientation: await getJson('orientation.json'),
}));

// The map area the app leaves to its map (beside the panels, under the phone's sheet) and the camera it framed
// the plans with there, as `npm run bench` measured them in the same window (?w=&h=&lon=&lat=&z=): the same canvas
// and the same view, so both pages draw the same data. Without them: the plans framed in the whole window.
const asked = new URLSearchParams(location.search);
const num = (key: string) => (asked.has(key) ? Number(asked.get(key)) : NaN);
const view = [num('w'), num('h'), num('lon'), num('lat'), num('z')].every(Number.isFinite)
  ? { lon: num('lon'), lat: num('lat'), zoom: num('z') }
  : homeMapView.peek();
const container = document.getElementById('map')!;
if (Number.isFinite(num('w')) && Number.isFinite(num('h'))) Object.assign(container.style, { width: `${num('w')}px`, height: `${num('h')}px` });
const map = new maplibregl.Map({
  container,
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } }] },
  center: [view.lon, view.lat],
  zoom: view.zoom,
  localIdeographFontFamily: FONT_STACK.join(', '),
});

map.once('load', async () => {
  const { manifest, layers, orientation } = await data;
  // Orientation under the plan layers, at the zooms the app shows it from.
  for (const [key, minzoom] of [['roads', 9], ['metroLines', 10], ['stations', 12.5], ['landmarks', 12]] as const) {
    map.addSource(key, { type: 'geojson', data: orientation[key] });
    if (key === 'roads' || key === 'metroLines') map.addLayer({ id: key, type: 'line', source: key, minzoom, paint: { 'line-color': '#9ca3af' } });
    else map.addLayer({ id: key, type: 'circle', source: key, minzoom, paint: { 'circle-color': '#9ca3af' } });
  }
  for (const [i, info] of manifest.layers.entries()) {
    const [shapes, edges] = layers[i];
    const visibility = info.style.visibleByDefault ? 'visible' : 'none';
    const color = info.style.color;
    map.addSource(info.id, { type: 'geojson', data: shapes });
    if (info.geometry === 'polygon') map.addLayer({ id: `${info.id}-fill`, type: 'fill', source: info.id, layout: { visibility }, paint: { 'fill-color': color, 'fill-opacity': info.style.fillOpacity } });
    if (info.geometry === 'point') map.addLayer({ id: `${info.id}-point`, type: 'circle', source: info.id, layout: { visibility }, paint: { 'circle-color': color } });
    else {
      map.addSource(`${info.id}-edges`, { type: 'geojson', data: edges ?? shapes });
      map.addLayer({ id: `${info.id}-line`, type: 'line', source: `${info.id}-edges`, layout: { visibility }, paint: { 'line-color': color, 'line-width': 1.5 } });
    }
    map.addLayer({ id: `${info.id}-label`, type: 'symbol', source: info.id, layout: { visibility, 'text-field': ['get', 'name'], 'text-font': FONT_STACK, 'text-size': 12 } });
  }
  map.once('idle', () => performance.mark('atlas:first-idle'));
});
