import { signal } from '@preact/signals';
import type { OrientationBundle } from '../data/orientation';

/** Metro, roads and landmarks to find one's way by; null until loaded (after the atlas, never blocking it). */
export const orientation = signal<OrientationBundle | null>(null);

/** The orientation layer is on unless the user switches it off. */
export const orientationVisible = signal(true);
