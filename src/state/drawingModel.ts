/**
 * The planner's drawings as plain values: sketches (a point, line or polygon with a name, note and colour)
 * and boundary proposals (a plan feature's outline as the user would have it). Pure: the signals and actions
 * around them are in drawing.ts.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { ProposalItem, SketchGeometry, SketchItem } from '../data/userItems';
import { ITEM_VERSION, newItemId } from '../data/userItems';
import type { PlanFeature } from '../data/types';

export type DrawnItem = SketchItem | ProposalItem;

/** Sketch colours, picked in turn: strong hues that stay apart from each other and from the plan layers' softer ones. */
export const SKETCH_COLOURS = ['#e11d48', '#2563eb', '#16a34a', '#9333ea', '#f59e0b', '#0891b2', '#111827'] as const;

export function newSketch(geometry: SketchGeometry, name: string, colour: string, now: number, id = newItemId('sketch', now)): SketchItem {
  return { id, kind: 'sketch', v: ITEM_VERSION, name, note: '', colour, geometry, created: now, updated: now };
}

/** A proposal starts as the feature's own outline, which the user then moves. */
export function newProposal(feature: PlanFeature<Polygon | MultiPolygon>, now: number, id = newItemId('proposal', now)): ProposalItem {
  const p = feature.properties;
  const original = structuredClone(feature.geometry);
  return {
    id,
    kind: 'proposal',
    v: ITEM_VERSION,
    name: p.name,
    featureId: p.id,
    layerId: p.layer,
    citations: p.sources.map((s) => ({ ...s })),
    original,
    proposed: structuredClone(original),
    note: '',
    created: now,
    updated: now,
  };
}

/** The colour the next sketch gets: the first of the palette no sketch uses yet, else the next in turn. */
export function nextColour(items: readonly DrawnItem[]): string {
  const used = new Set(items.flatMap((i) => (i.kind === 'sketch' ? [i.colour] : [])));
  return SKETCH_COLOURS.find((c) => !used.has(c)) ?? SKETCH_COLOURS[used.size % SKETCH_COLOURS.length];
}

/** The items with `item` in place of the one with its id, or added at the end. */
export function withItem(items: readonly DrawnItem[], item: DrawnItem): DrawnItem[] {
  const i = items.findIndex((x) => x.id === item.id);
  return i < 0 ? [...items, item] : items.map((x, k) => (k === i ? item : x));
}

export const withoutItem = (items: readonly DrawnItem[], id: string): DrawnItem[] => items.filter((x) => x.id !== id);

/** What the user may change of an item, besides its shape. */
export type ItemPatch = Partial<Pick<SketchItem, 'name' | 'note' | 'colour'>>;

/**
 * The items with one changed (its `updated` time set); the same array when nothing changes, so a form field
 * left as it was makes no undo step. A colour applies to sketches only.
 */
export function patched(items: readonly DrawnItem[], id: string, patch: ItemPatch, now: number): readonly DrawnItem[] {
  const item = items.find((x) => x.id === id);
  if (!item) return items;
  const { colour, ...text } = patch;
  const next: DrawnItem = { ...item, ...text, ...(colour !== undefined && item.kind === 'sketch' ? { colour } : {}) } as DrawnItem;
  const same = (Object.keys(next) as (keyof DrawnItem)[]).every((k) => next[k] === item[k]);
  return same ? items : withItem(items, { ...next, updated: now } as DrawnItem);
}

/** The items with a new shape for one (a sketch's geometry, a proposal's proposed outline). */
export function reshaped(items: readonly DrawnItem[], id: string, geometry: SketchGeometry | Polygon | MultiPolygon, now: number): readonly DrawnItem[] {
  const item = items.find((x) => x.id === id);
  if (!item) return items;
  if (item.kind === 'sketch') return withItem(items, { ...item, geometry: geometry as SketchGeometry, updated: now });
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return items;
  return withItem(items, { ...item, proposed: geometry, updated: now });
}

/**
 * What the store must write and forget to hold `next` after holding `prev`: an item is written when it is new
 * or is another value than before (every change makes a new value), forgotten when it is gone. Undo and redo
 * go through the same step, so the store always holds what is on screen.
 */
export function keptChanges(prev: readonly DrawnItem[], next: readonly DrawnItem[]): { put: DrawnItem[]; removed: string[] } {
  const before = new Map(prev.map((i) => [i.id, i]));
  const after = new Set(next.map((i) => i.id));
  return {
    put: next.filter((i) => before.get(i.id) !== i),
    removed: prev.filter((i) => !after.has(i.id)).map((i) => i.id),
  };
}
