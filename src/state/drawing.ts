/**
 * The drawing tool's state: the planner's sketches and proposals with their undo history, which drawing tool
 * is in hand, which item is being edited, and the shape being drawn right now (for live figures). The map's
 * draw session (map/drawSession.ts) carries out what is asked here and reports each finished shape and each
 * finished edit back through these actions; the panel (ui/draw/) reads and writes them too.
 */
import { batch, computed, signal } from '@preact/signals';
import type { MultiPolygon, Polygon } from 'geojson';
import type { SketchGeometry } from '../data/userItems';
import type { PlanFeature } from '../data/types';
import { message } from '../i18n/message';
import { lang } from '../i18n';
import { analyzeView, measureMode, measurePoints } from './analysis';
import { openTab } from './ui';
import { canRedo, canUndo, commit, historyOf, redo, undo, type History } from './history';
import { newProposal, newSketch, nextColour, patched, reshaped, withItem, withoutItem, type DrawnItem, type ItemPatch } from './drawingModel';

/** What a click on the map does while drawing: pick and edit a shape, or draw a new point, line or polygon. */
export type DrawTool = 'select' | 'point' | 'linestring' | 'polygon';

/** The draw mode is on (the map takes clicks for drawing; see state/mode.ts). */
export const drawing = signal(false);
export const drawTool = signal<DrawTool>('polygon');

export const drawHistory = signal<History<readonly DrawnItem[]>>(historyOf([]));
export const drawnItems = computed(() => drawHistory.value.present);
export const drawCanUndo = computed(() => canUndo(drawHistory.value));
export const drawCanRedo = computed(() => canRedo(drawHistory.value));

/** The item open in the panel and selected on the map for editing. */
export const editingId = signal<string | null>(null);
export const editingItem = computed(() => drawnItems.value.find((i) => i.id === editingId.value) ?? null);

/** The shape being drawn and not yet finished (live length and area), or the one being edited mid-drag. */
export const liveShape = signal<SketchGeometry | Polygon | MultiPolygon | null>(null);

/** Listeners told after each change of the items (the store keeps them; see keepDrawings). */
type ItemsListener = (prev: readonly DrawnItem[], next: readonly DrawnItem[]) => void;
const listeners = new Set<ItemsListener>();

export function onDrawnItemsChange(listener: ItemsListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setHistory(next: History<readonly DrawnItem[]>): void {
  const prev = drawHistory.peek();
  if (next === prev) return;
  drawHistory.value = next;
  for (const l of listeners) l(prev.present, next.present);
}

const change = (items: readonly DrawnItem[]) => setHistory(commit(drawHistory.peek(), items));

/** Opens the draw mode with a tool in hand; measuring ends (one tool holds the map). */
export function startDrawing(tool: DrawTool = drawTool.peek()): void {
  batch(() => {
    drawTool.value = tool;
    drawing.value = true;
    measureMode.value = 'off';
    measurePoints.value = [];
  });
}

export function stopDrawing(): void {
  batch(() => {
    drawing.value = false;
    liveShape.value = null;
  });
}

/**
 * A shape the map finished drawing becomes a sketch, named and coloured, opened for its name and note. `id` is
 * the one the map drew it under (made by newItemId), so map and state speak of it alike.
 */
export function addSketch(geometry: SketchGeometry, id?: string, now = Date.now()): string {
  const items = drawnItems.peek();
  const n = items.filter((i) => i.kind === 'sketch').length + 1;
  const name = message('drawDefaultName', { n })[lang.peek()];
  const sketch = newSketch(geometry, name, nextColour(items), now, id);
  batch(() => {
    change([...items, sketch]);
    editingId.value = sketch.id;
    liveShape.value = null;
  });
  return sketch.id;
}

/** An edit the map finished (a vertex dragged, inserted or deleted, a shape moved). */
export function reshapeItem(id: string, geometry: SketchGeometry | Polygon | MultiPolygon, now = Date.now()): void {
  batch(() => {
    change(reshaped(drawnItems.peek(), id, geometry, now));
    liveShape.value = null;
  });
}

export function patchItem(id: string, patch: ItemPatch, now = Date.now()): void {
  change(patched(drawnItems.peek(), id, patch, now));
}

export function deleteItem(id: string): void {
  batch(() => {
    change(withoutItem(drawnItems.peek(), id));
    if (editingId.peek() === id) editingId.value = null;
  });
}

export function undoDrawing(): void {
  setHistory(undo(drawHistory.peek()));
  if (editingId.peek() && !drawnItems.peek().some((i) => i.id === editingId.peek())) editingId.value = null;
}

export function redoDrawing(): void {
  setHistory(redo(drawHistory.peek()));
}

/**
 * Starts proposing a boundary for a plan area: its outline as drawn becomes a proposal open for editing
 * (a proposal for the same feature already made is opened instead), with the pick-and-edit tool in hand, in
 * the Analyze panel's Draw view.
 */
export function proposeBoundary(feature: PlanFeature<Polygon | MultiPolygon>, now = Date.now()): string {
  const existing = drawnItems.peek().find((i) => i.kind === 'proposal' && i.featureId === feature.properties.id);
  const id = existing?.id ?? newProposal(feature, now).id;
  batch(() => {
    if (!existing) change(withItem(drawnItems.peek(), newProposal(feature, now, id)));
    editingId.value = id;
    startDrawing('select');
    analyzeView.value = 'draw';
    openTab('analyze');
  });
  return id;
}

/**
 * Takes a drawing off the screen because it was deleted from the store (the "kept on this device" list): not an
 * undoable step of the drawing tool, and the store is not told again.
 */
export function dropDrawing(id: string): void {
  const present = drawnItems.peek();
  if (!present.some((i) => i.id === id)) return;
  batch(() => {
    drawHistory.value = historyOf(withoutItem(present, id));
    if (editingId.peek() === id) editingId.value = null;
  });
}

/** Kept items put back at start: they are the first state, not an undoable step. */
export function restoreDrawings(items: readonly DrawnItem[]): void {
  if (!items.length) return;
  const present = drawnItems.peek();
  const known = new Set(present.map((i) => i.id));
  drawHistory.value = historyOf([...items.filter((i) => !known.has(i.id)), ...present]);
}
