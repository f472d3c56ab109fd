import { downloadBlob } from '../../state/downloadBlob';

/** Saves text as a file (CSV, GeoJSON). */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** A file name stem from user text: letters, digits, CJK, dash and underscore only. */
export const safeStem = (name: string): string =>
  name.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '_').slice(0, 60) || 'site';
