/**
 * Holds the camera still while presenting: each step's view is exactly the
 * one the story gives, so a stray scroll, drag or arrow key (MapLibre's own
 * keyboard pans with the arrows a clicker sends) cannot move it. Clicks still work.
 */
import type { Map as MlMap } from 'maplibre-gl';

const HANDLERS = ['scrollZoom', 'boxZoom', 'dragRotate', 'dragPan', 'keyboard', 'doubleClickZoom', 'touchZoomRotate', 'touchPitch'] as const;

/** Disables the camera gestures that are on; returns the function that turns those back on. */
export function lockCamera(map: MlMap): () => void {
  const enabled = HANDLERS.filter((h) => map[h].isEnabled());
  for (const h of enabled) map[h].disable();
  return () => {
    for (const h of enabled) map[h].enable();
  };
}
