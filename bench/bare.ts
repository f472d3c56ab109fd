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
  for (const layer of manifest.layers) {
    const data = await (await fetch(`data/${layer.file}`)).json();
    map.addSource(layer.id, { type: 'geojson', data });
    const type = layer.geometry === 'point' ? 'circle' : 'line';
    map.addLayer({ id: layer.id, type, source: layer.id } as maplibregl.LayerSpecification);
    map.addLayer({ id: `${layer.id}-label`, type: 'symbol', source: layer.id, layout: { 'text-field': ['get', 'name'] } });
  }
  map.once('idle', () => performance.mark('atlas:first-idle'));
});
