/**
 * Keeps the map's drawing of a board's two boundary readings in step with the
 * contradictions list (state/variants.ts). Started by the map bindings (mountMap.ts) when
 * a disagreement is first shown; lives as long as the map.
 */
import { effect } from '@preact/signals';
import { variantOverlay } from '../state/variants';
import { liveMap } from './liveMap';

let binding: (() => void) | null = null;

/** Binds to the live map, now or as soon as it is ready (idempotent; follows a new map). */
export function bindVariantMap(): void {
  binding ??= effect(() => {
    const controller = liveMap.value;
    if (!controller) return;
    return effect(() => controller.setOverlay('variants', variantOverlay.value));
  });
}
