/**
 * Drawing on the map with Terra Draw (terra-draw + its MapLibre adapter, loaded only when drawing first starts,
 * so the first map load costs nothing). The session shows the planner's sketches and proposals as the library's
 * features, lets the user draw new points, lines and polygons and edit vertices (drag, insert at a midpoint,
 * delete with a right click), and reports every finished shape and edit. It keeps no drawings of
 * its own: the state (state/drawing.ts) holds them with their undo history, and `show` brings the library in
 * line with it after every change, undo and redo.
 */
import type { Map as MlMap } from 'maplibre-gl';
import type { GeoJSONStoreFeatures, TerraDraw } from 'terra-draw';
import type { SketchGeometry } from '../data/userItems';
import type { DrawTool } from '../state/drawing';
import type { DrawnItem } from '../state/drawingModel';
import { PROPOSAL_COLOUR, PROPOSAL_MODE, itemIdOf, toDrawFeatures, type DrawFeature } from './drawFeatures';
import { SKETCH_COLOURS } from '../state/drawingModel';

export interface DrawCallbacks {
  /** A new shape was drawn: its id (the library's, made by newId) and geometry. */
  onDrawn(id: string, geometry: SketchGeometry): void;
  /** A feature was edited (vertex dragged, inserted or deleted, feature moved). */
  onEdited(featureId: string, geometry: SketchGeometry): void;
  /** The shape being drawn or dragged right now (live figures), or null when nothing is in progress. */
  onLive(geometry: SketchGeometry | null): void;
  /** The user picked a drawing on the map (its item id), or clicked away from all (null). */
  onPicked(itemId: string | null): void;
  newId(): string;
}

const colourOf = (fallback: string) => (f: GeoJSONStoreFeatures) => (typeof f.properties.colour === 'string' ? (f.properties.colour as `#${string}`) : (fallback as `#${string}`));

const editable = { midpoints: true, draggable: true, deletable: true };

export class DrawSession {
  private shown = new Map<string, string>();
  private tool: DrawTool = 'select';

  private constructor(
    private readonly draw: TerraDraw,
    callbacks: DrawCallbacks,
  ) {
    draw.on('finish', (id, context) => {
      const f = draw.getSnapshotFeature(id);
      if (!f) return;
      const geometry = f.geometry as SketchGeometry;
      this.shown.set(String(id), key(f as unknown as DrawFeature));
      if (context.action === 'draw') callbacks.onDrawn(String(id), geometry);
      else callbacks.onEdited(String(id), geometry);
    });
    draw.on('change', (ids, type, context) => {
      // Only the user's own moves of a shape: not the library redrawing what `show` gave it, nor the handles and
      // midpoints it adds around a selected shape (features of their own), nor a selection.
      if (type === 'delete' || context?.target === 'properties' || (context && 'origin' in context && context.origin === 'api')) return;
      for (const id of ids) {
        const f = draw.getSnapshotFeature(id);
        if (f && (f.properties.currentlyDrawing || (this.tool === 'select' && this.shown.has(String(id))))) {
          callbacks.onLive(f.geometry as SketchGeometry);
          return;
        }
      }
    });
    draw.on('select', (id) => callbacks.onPicked(itemIdOf(String(id))));
    draw.on('deselect', () => {
      callbacks.onPicked(null);
      callbacks.onLive(null);
    });
  }

  /** Loads the library, puts its layers on the map (above everything) and starts it with the select tool. */
  static async open(map: MlMap, callbacks: DrawCallbacks): Promise<DrawSession> {
    const [td, { TerraDrawMapLibreGLAdapter }] = await Promise.all([import('terra-draw'), import('terra-draw-maplibre-gl-adapter')]);
    const sketchColour = colourOf(SKETCH_COLOURS[0]);
    const ownColour = (f: GeoJSONStoreFeatures) => (f.properties.mode === PROPOSAL_MODE ? PROPOSAL_COLOUR : sketchColour(f));
    const draw = new td.TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map, prefixId: 'draw' }),
      idStrategy: { isValidId: (id) => typeof id === 'string' && id.length > 0, getId: () => callbacks.newId() },
      tracked: false,
      modes: [
        new td.TerraDrawPointMode({ styles: { pointColor: sketchColour, pointWidth: 7, pointOutlineColor: '#ffffff', pointOutlineWidth: 2 } }),
        new td.TerraDrawLineStringMode({ styles: { lineStringColor: sketchColour, lineStringWidth: 3 } }),
        new td.TerraDrawPolygonMode({ styles: { fillColor: sketchColour, fillOpacity: 0.2, outlineColor: sketchColour, outlineWidth: 2.5 } }),
        new td.TerraDrawPolygonMode({
          modeName: PROPOSAL_MODE,
          styles: { fillColor: PROPOSAL_COLOUR, fillOpacity: 0.08, outlineColor: PROPOSAL_COLOUR, outlineWidth: 3 },
        }),
        new td.TerraDrawSelectMode({
          flags: {
            point: { feature: { draggable: true } },
            linestring: { feature: { draggable: true, coordinates: editable } },
            polygon: { feature: { draggable: true, coordinates: editable } },
            // A proposal redraws the plan's own outline: its vertices move, the shape as a whole stays put.
            [PROPOSAL_MODE]: { feature: { draggable: false, coordinates: editable } },
          },
          // A selected shape keeps its own colour, drawn stronger, with white vertex handles and dark midpoints.
          styles: {
            selectedPolygonColor: ownColour,
            selectedPolygonFillOpacity: (f: GeoJSONStoreFeatures) => (f.properties.mode === PROPOSAL_MODE ? 0.06 : 0.25),
            selectedPolygonOutlineColor: ownColour,
            selectedPolygonOutlineWidth: 4,
            selectedLineStringColor: ownColour,
            selectedLineStringWidth: 5,
            selectedPointColor: ownColour,
            selectedPointWidth: 9,
            selectedPointOutlineColor: '#ffffff',
            selectedPointOutlineWidth: 3,
            selectionPointWidth: 6,
            selectionPointColor: '#ffffff',
            selectionPointOutlineColor: '#1f2937',
            selectionPointOutlineWidth: 2,
            midPointWidth: 4,
            midPointColor: '#1f2937',
          },
        }),
      ],
    });
    draw.start();
    return new DrawSession(draw, callbacks);
  }

  setTool(tool: DrawTool): void {
    this.tool = tool;
    this.draw.setMode(tool);
  }

  /**
   * Shows exactly these drawings: adds what is new, redraws what changed, removes what went (an undo, a
   * delete). A feature the user is in the middle of drawing is left alone.
   */
  show(items: readonly DrawnItem[]): void {
    const wanted = new Map(items.flatMap(toDrawFeatures).map((f) => [f.id, f]));
    const gone = [...this.shown.keys()].filter((id) => !wanted.has(id));
    if (gone.length) this.draw.removeFeatures(gone.filter((id) => this.draw.hasFeature(id)));
    for (const id of gone) this.shown.delete(id);
    const added: DrawFeature[] = [];
    for (const [id, f] of wanted) {
      const k = key(f);
      if (this.shown.get(id) === k) continue;
      if (this.draw.hasFeature(id)) {
        this.draw.updateFeatureGeometry(id, f.geometry);
        this.draw.updateFeatureProperties(id, { colour: f.properties.colour, name: f.properties.name });
      } else {
        added.push(f);
      }
      this.shown.set(id, k);
    }
    if (added.length) {
      const results = this.draw.addFeatures(added as unknown as GeoJSONStoreFeatures[]);
      for (const r of results) if (!r.valid) this.shown.delete(String(r.id));
    }
  }

  /** Selects an item's (first) feature for editing, or clears the selection. */
  pick(itemId: string | null): void {
    if (this.tool !== 'select') return;
    for (const id of this.shown.keys()) {
      if (itemIdOf(id) !== itemId && this.draw.getSnapshotFeature(id)?.properties.selected) this.draw.deselectFeature(id);
    }
    const first = itemId ? [...this.shown.keys()].find((id) => itemIdOf(id) === itemId) : undefined;
    if (first && !this.draw.getSnapshotFeature(first)?.properties.selected) this.draw.selectFeature(first);
  }

  close(): void {
    this.draw.stop();
    this.shown.clear();
  }
}

const key = (f: DrawFeature): string => JSON.stringify([f.geometry, f.properties.colour, f.properties.name]);
