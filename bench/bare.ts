// Baseline for `npm run bench`: the least code that draws the same GeoJSON with
// MapLibre, so the app's own overhead can be measured against it.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

maplibregl.setWorkerUrl(workerUrl);

const map = new maplibregl.Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f1ea' } }] },
  center: [113.6, 34.72],
  zoom: 10.6,
});

map.once('load', async () => {
  const manifest = await (await fetch('data/atlas.json')).json();
  // Fetch all layers at once, as the app does, so the baseline is not handicapped.
  const datas = await Promise.all(manifest.layers.map(async (layer: { file: string }) => (await fetch(`data/${layer.file}`)).json()));
  for (const [i, layer] of manifest.layers.entries()) {
    const data = datas[i];
    map.addSource(layer.id, { type: 'geojson', data });
    const type = layer.geometry === 'point' ? 'circle' : 'line';
    map.addLayer({ id: layer.id, type, source: layer.id } as maplibregl.LayerSpecification);
    map.addLayer({ id: `${layer.id}-label`, type: 'symbol', source: layer.id, layout: { 'text-field': ['get', 'name'], 'text-font': ['Noto Sans CJK SC', 'sans-serif'] } });
  }
  map.once('idle', () => performance.mark('atlas:first-idle'));
});
