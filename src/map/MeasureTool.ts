/**
 * The measure tool's hold on the map: while active (measure mode, state/mode.ts),
 * the map owner's click router hands it the clicks and taps, which place points;
 * the cursor is a crosshair and double-click/double-tap no longer zooms, so quick
 * clicks don't move the map. Made by MapController.attachMeasureTool.
 * The line or outline is drawn by OverlayLayers from measureFeatures(); its
 * vertices can be dragged to adjust the measurement.
 */
import type { Map as MlMap, MapLayerMouseEvent, MapLayerTouchEvent, MapMouseEvent, MapTouchEvent } from 'maplibre-gl';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { MEASURE_POINTS_LAYER } from './overlayLayers';

export class MeasureTool {
  private active = false;
  /** Index of the vertex being dragged; a drag ends without adding a point. */
  private dragging: number | null = null;
  private justDragged = false;
  private readonly onGrab = (e: MapLayerMouseEvent | MapLayerTouchEvent) => {
    const index = e.features?.[0]?.properties?.index;
    if (typeof index !== 'number') return;
    if ('points' in e && e.points.length > 1) return; // a pinch, not a drag
    e.preventDefault(); // keep the map from panning
    this.dragging = index;
    this.map.getCanvas().style.cursor = 'grabbing';
  };
  private readonly onDrag = (e: MapMouseEvent | MapTouchEvent) => {
    if (this.dragging === null) return;
    this.onMove(this.dragging, [e.lngLat.lng, e.lngLat.lat]);
  };
  private readonly onDrop = () => {
    if (this.dragging === null) return;
    this.dragging = null;
    this.justDragged = true;
    setTimeout(() => (this.justDragged = false), 0);
    this.map.getCanvas().style.cursor = 'crosshair';
  };

  constructor(
    private readonly map: MlMap,
    private readonly onPoint: (lonLat: [number, number]) => void,
    /** Moves vertex `index` (dragged with mouse or finger). */
    private readonly onMove: (index: number, lonLat: [number, number]) => void,
  ) {}

  /** A click in measure mode (from the map owner's router): a point, unless it ends a drag. */
  click(lonLat: [number, number]): void {
    if (!this.active) return;
    if (this.justDragged) {
      this.justDragged = false;
      return;
    }
    this.onPoint(lonLat);
  }

  /** Adds or removes the tool's drag listeners (its vertices follow the mouse or finger). */
  private listen(how: 'on' | 'off'): void {
    const map = this.map as unknown as Record<'on' | 'off', (type: string, ...rest: unknown[]) => void>;
    for (const type of ['mousedown', 'touchstart']) map[how](type, MEASURE_POINTS_LAYER, this.onGrab);
    for (const type of ['mousemove', 'touchmove']) map[how](type, this.onDrag);
    for (const type of ['mouseup', 'touchend']) map[how](type, this.onDrop);
  }

  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    const canvas = this.map.getCanvas();
    if (active) {
      this.listen('on');
      this.map.doubleClickZoom.disable();
      canvas.style.cursor = 'crosshair';
    } else {
      this.listen('off');
      this.map.doubleClickZoom.enable();
      this.dragging = null;
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
  points.forEach((p, index) => features.push({ type: 'Feature', properties: { index }, geometry: { type: 'Point', coordinates: p } }));
  return { type: 'FeatureCollection', features };
}
