/** Test helpers for the figure layouts: a text measure without a canvas, and rectangle checks. */
import type { Rect } from '../figureLayout';

/** A stand-in for canvas measureText: CJK 12 px, everything else 6.5 px per character. */
export const measure = (t: string): number => [...t].reduce((w, ch) => w + (/\p{Script=Han}/u.test(ch) ? 12 : 6.5), 0);

export const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const inside = (a: Rect, b: Rect): boolean => a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
