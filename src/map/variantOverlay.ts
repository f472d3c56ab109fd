/**
 * Keeps the map's drawing of a board's two boundary readings in step with the
 * contradictions list (state/variants.ts). Started by the list; lives as long as the map.
 */
import { effect, untracked } from '@preact/signals';
import { variantOverlay } from '../state/variants';
import { liveMap } from './liveMap';
import { OverlayLayers } from './overlayLayers';

let binding: (() => void) | null = null;

/** Binds to the live map, now or as soon as it is ready (idempotent; follows a new map). */
export function bindVariantMap(): void {
  binding ??= effect(() => {
    const controller = liveMap.value;
    if (!controller) return;
    const overlays = untracked(() => new OverlayLayers(controller.map));
    return effect(() => overlays.set('variants', variantOverlay.value));
  });
}
