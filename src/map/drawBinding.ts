/**
 * Keeps the map in step with the drawing state. In the draw mode (state/mode.ts) a Terra Draw session holds the
 * pointer (opened through the owner, loading the library the first time): it gets the tool, shows the drawings
 * after every change, undo and redo, and selects the one open in the panel; what the user draws and edits goes
 * back to the state as actions. Outside the draw mode the drawings are an overlay. While a proposal is open the
 * plan outline's stretches it moves are marked. Started by mountMap once the atlas is on the map.
 */
import { effect, signal } from '@preact/signals';
import { newItemId } from '../data/userItems';
import { addSketch, drawnItems, drawTool, editingId, liveShape, reshapeItem } from '../state/drawing';
import { mapMode } from '../state/mode';
import { editingProposal } from '../state/proposal';
import { editedShape, itemIdOf } from './drawFeatures';
import { drawnLabels, drawnShapes, movedStretches } from './drawnOverlay';
import type { DrawSession } from './drawSession';
import type { MapController } from './MapController';

export function bindDrawing(controller: MapController): () => void {
  const session = signal<DrawSession | null>(null);
  let opening = false;
  const drawMode = () => mapMode.value.kind === 'draw';

  const stopOpen = effect(() => {
    const on = drawMode();
    const current = session.peek();
    if (!on && current) {
      current.close();
      session.value = null;
      liveShape.value = null;
    }
    if (!on || current || opening) return;
    opening = true;
    void controller
      .openDrawing({
        newId: () => newItemId('sketch'),
        onDrawn: (id, geometry) => addSketch(geometry, id),
        onEdited: (featureId, geometry) => {
          const item = drawnItems.peek().find((i) => i.id === itemIdOf(featureId));
          const shape = item && editedShape(item, featureId, geometry);
          if (item && shape) reshapeItem(item.id, shape);
        },
        onLive: (geometry) => (liveShape.value = geometry),
        onPicked: (itemId) => {
          if (itemId) editingId.value = itemId;
        },
      })
      .then((s) => {
        opening = false;
        // The mode may have ended while the library loaded.
        if (mapMode.peek().kind === 'draw') session.value = s;
        else s.close();
      });
  });

  const stopTool = effect(() => {
    const s = session.value;
    if (s) s.setTool(drawTool.value);
  });
  const stopItems = effect(() => {
    const s = session.value;
    if (!s) return;
    s.show(drawnItems.value);
    s.pick(editingId.value);
  });
  const stopOverlay = effect(() => {
    const shapes = drawnShapes(session.value ? [] : drawnItems.value);
    controller.setOverlay('drawn', shapes);
    controller.setOverlay('drawnLabels', drawnLabels(shapes));
  });
  const stopMoved = effect(() => controller.setOverlay('moved', movedStretches(editingProposal.value?.diff ?? null)));

  return () => {
    for (const stop of [stopOpen, stopTool, stopItems, stopOverlay, stopMoved]) stop();
    session.peek()?.close();
  };
}
