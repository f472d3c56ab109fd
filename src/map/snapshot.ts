/**
 * A still copy of the live map at a chosen pixel ratio and, for print, a chosen
 * size. The map keeps its drawing buffer (MapController sets
 * preserveDrawingBuffer), so after `idle` its canvas can be copied as is.
 * MapLibre lowers the ratio when the canvas would pass its maxCanvasSize: the
 * ratio returned is the one actually drawn, measured on the canvas.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { MapImage } from '../export/composeFigure';

/** The map's pixels with what a figure needs to know about them (see MapImage), and the ground they show. */
export type MapSnapshot = MapImage & {
  /** [west, south, east, north] of the drawn frame, WGS-84. */
  bounds: [number, number, number, number];
  /** The names MapLibre placed in the frame (atlas and story-step labels): the feature, its text, its point in CSS px. */
  names: PlacedName[];
};

export interface PlacedName {
  id: string;
  text: string;
  x: number;
  y: number;
}

/** The plan names the map has placed now (a name that lost a collision is not among them), one per feature. */
export function placedNames(map: MlMap): PlacedName[] {
  const layers = map.getLayersOrder().filter((id) => (id.endsWith(':label') || id.startsWith('step:label')) && !id.startsWith('orient:') && !id.startsWith('ov:'));
  const out = new Map<string, PlacedName>();
  for (const f of map.queryRenderedFeatures({ layers })) {
    const id = f.properties?.id;
    if (typeof id !== 'string' || out.has(id) || f.geometry.type !== 'Point') continue;
    // The layout comes evaluated for the feature: a formatted text, in sections.
    const field = (f.layer.layout as Record<string, unknown> | undefined)?.['text-field'] as { sections?: { text: string }[] } | string | undefined;
    const text = typeof field === 'object' && field?.sections ? field.sections.map((s) => s.text).join('') : String(field ?? '');
    const at = map.project(f.geometry.coordinates as [number, number]);
    out.set(id, { id, text, x: Math.round(at.x), y: Math.round(at.y) });
  }
  return [...out.values()];
}

const IDLE_TIMEOUT_MS = 15_000;

function nextIdle(map: MlMap): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, IDLE_TIMEOUT_MS);
    function done() {
      clearTimeout(timer);
      map.off('idle', done);
      resolve();
    }
    map.on('idle', done);
    map.triggerRepaint();
  });
}

/**
 * The map as it is now: `canvas` (the live map canvas unless a copy of it is
 * given) with the size and camera it was drawn at. Synchronous, no redraw.
 */
export function snapshotOf(map: MlMap, canvas: HTMLCanvasElement = map.getCanvas()): MapSnapshot {
  const container = map.getContainer();
  const center = map.getCenter();
  return {
    canvas,
    cssWidth: container.clientWidth,
    cssHeight: container.clientHeight,
    pixelRatio: canvas.width / container.clientWidth,
    center: { lon: center.lng, lat: center.lat },
    zoom: map.getZoom(),
    bearing: map.getBearing(),
    bounds: map.getBounds().toArray().flat() as [number, number, number, number],
    names: placedNames(map),
  };
}

/**
 * Redraws the map at `pixelRatio` and copies it. For print, `size` is the paper's frame and
 * `zoom` the frame's zoom (printFit): the centre of what the user sees stays the centre, with
 * no bottom-sheet padding. The live map gets its size, padding and camera back afterwards.
 */
export async function captureMap(map: MlMap, options: { pixelRatio: number; size?: { width: number; height: number }; zoom?: number }): Promise<MapSnapshot> {
  const container = map.getContainer();
  const savedStyle = container.getAttribute('style');
  const savedRatio = map.getPixelRatio();
  const saved = { center: map.getCenter(), zoom: map.getZoom(), padding: map.getPadding() };
  try {
    if (options.size) {
      // Print: redraw in a frame of the paper's shape.
      Object.assign(container.style, { right: 'auto', bottom: 'auto', width: `${options.size.width}px`, height: `${options.size.height}px` });
      map.resize();
      map.jumpTo({ center: saved.center, zoom: options.zoom ?? saved.zoom, padding: { top: 0, bottom: 0, left: 0, right: 0 } });
    }
    map.setPixelRatio(options.pixelRatio);
    await nextIdle(map);
    const source = map.getCanvas();
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    copy.getContext('2d')!.drawImage(source, 0, 0);
    return snapshotOf(map, copy);
  } finally {
    if (savedStyle === null) container.removeAttribute('style');
    else container.setAttribute('style', savedStyle);
    if (options.size) {
      map.resize();
      map.jumpTo(saved);
    }
    // null hands the ratio back to devicePixelRatio (MapLibre's documented reset).
    map.setPixelRatio(savedRatio === devicePixelRatio ? (null as unknown as number) : savedRatio);
  }
}
