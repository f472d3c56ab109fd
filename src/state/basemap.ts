import { signal } from '@preact/signals';

/** Offline by default: the online basemap is only fetched when the user asks for it. */
export const basemap = signal<'offline' | 'online'>('offline');
