/**
 * The measure tool's hold on the map: while active, clicks and taps place
 * points (the App ignores them, see measureActive), the cursor is a crosshair
 * and double-click/double-tap no longer zooms, so quick clicks don't move the map.
 * The line or outline is drawn by OverlayLayers from measureFeatures().
 */
import type { Map as MlMap, MapMouseEvent } from 'maplibre-gl';
import type { Feature, FeatureCollection, Position } from 'geojson';

export class MeasureTool {
  private active = false;
  private readonly onClick = (e: MapMouseEvent) => this.onPoint([e.lngLat.lng, e.lngLat.lat]);

  constructor(
    private readonly map: MlMap,
    private readonly onPoint: (lonLat: [number, number]) => void,
  ) {}

  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    const canvas = this.map.getCanvas();
    if (active) {
      this.map.on('click', this.onClick);
      this.map.doubleClickZoom.disable();
      canvas.style.cursor = 'crosshair';
    } else {
      this.map.off('click', this.onClick);
      this.map.doubleClickZoom.enable();
      canvas.style.cursor = '';
    }
  }
}

/** The path (distance) or closed outline (area, from 3 points) and a dot per point. */
export function measureFeatures(points: readonly Position[], mode: 'distance' | 'area'): FeatureCollection {
  const features: Feature[] = [];
  if (mode === 'area' && points.length >= 3) {
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...points, points[0]]] } });
  } else if (points.length >= 2) {
    features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [...points] } });
  }
  for (const p of points) features.push({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } });
  return { type: 'FeatureCollection', features };
}
