import { effect, signal } from '@preact/signals';
import { both } from '../i18n';
import { pushNotice } from './ui';

/** Offline by default: the online basemap is only fetched when the user asks for it. */
export const basemap = signal<'offline' | 'online'>('offline');

/** Whether the user has been told, since the basemap was last switched on, that its tiles do not arrive. */
let told = false;
effect(() => {
  if (basemap.value === 'offline') told = false;
});

/**
 * The online basemap's tiles failed (no network, or the server refused). The plan layers do not need it, so the
 * map stays as it is; the user is told once per switching on, not once per tile.
 */
export function basemapUnreachable(): void {
  if (told || basemap.peek() !== 'online') return;
  told = true;
  pushNotice('error', both('basemapUnreachable'));
}
