/**
 * What presenter mode does to the live map, and undoes when it ends: camera
 * gestures locked, projector theme on, a spotlight, the step's layers and
 * camera; the user's layers, view and padding come back afterwards.
 */
import type { MapController } from './MapController';
import { lockCamera } from './cameraLock';
import { applyProjectorTheme } from './projectorTheme';
import { Spotlight, type SpotlightLayer } from './spotlight';
import { isPlanLevel } from '../data/levels';
import type { StoryStep } from '../data/story';
import { styledLayers, visibleLayers } from '../state/atlasState';
import { setSpotlight, spotlight } from '../state/presenter';
import { atlasIndex, selectedId } from '../state/selection';
import { whenMapReady } from './liveMap';
import { stepCamera, type Padding } from '../state/stepCamera';

interface Saved {
  layers: Set<string>;
  padding: Padding;
  view: ReturnType<MapController['view']>;
}

let active: { controller: MapController; undo: (() => void)[]; spotlight: Spotlight; saved: Saved } | null = null;
let entering: Promise<MapController | null> | null = null;

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function spotlightLayers(): SpotlightLayer[] {
  return styledLayers.peek().map((l) => ({
    id: l.info.id,
    featureIds: l.data.features.map((f) => f.properties.id),
    dimmable: isPlanLevel(l.info.level),
  }));
}

/** A click spotlights the plan feature under it, or clears the spotlight (on it again, or on nothing). */
function onFeatureClick(id: string | null): void {
  const now = spotlight.peek();
  setSpotlight(id === null || (now.length === 1 && now[0] === id) ? [] : [id]);
}

/** Starts the session (idempotent); resolves with the controller, or null if it was ended meanwhile. */
export function enterSession(): Promise<MapController | null> {
  if (active) return Promise.resolve(active.controller);
  entering ??= whenMapReady().then((controller) => {
    if (!entering) return null; // left before the map was ready
    entering = null;
    const map = controller.map;
    const saved: Saved = { layers: visibleLayers.peek(), padding: map.getPadding() as Padding, view: controller.view() };
    const atlasIds = new Set(styledLayers.peek().map((l) => l.info.id));
    // Plan features can be spotlighted; districts are context (as in spotlightLayers).
    const planIds = new Set(styledLayers.peek().filter((l) => isPlanLevel(l.info.level)).map((l) => l.info.id));
    const onClick = (e: { point: { x: number; y: number } }) => {
      const hit = map
        .queryRenderedFeatures([e.point.x, e.point.y])
        .find((f) => f.properties?.id && planIds.has(String(f.layer.id).split(':')[0]));
      onFeatureClick(hit ? String(hit.properties.id) : null);
    };
    map.on('click', onClick);
    const undo = [lockCamera(map), applyProjectorTheme(map, atlasIds), () => map.off('click', onClick)];
    active = { controller, undo, spotlight: new Spotlight(map), saved };
    return controller;
  });
  return entering;
}

/** Ends the session and puts the user's map back as it was. */
export function leaveSession(): void {
  entering = null;
  if (!active) return;
  const { controller, undo, spotlight, saved } = active;
  active = null;
  spotlight.clear(spotlightLayers());
  undo.forEach((u) => u());
  // The spotlight may have unlit the user's own selection: select it again.
  const id = selectedId.peek();
  const record = id ? atlasIndex.peek()?.byId.get(id) : null;
  controller.select(record?.layer.id ?? null, record ? id : null);
  visibleLayers.value = saved.layers;
  controller.map.setPadding(saved.padding);
  controller.map.jumpTo({ center: [saved.view.lon, saved.view.lat], zoom: saved.view.zoom, bearing: saved.view.bearing ?? 0 });
}

/** Shows one step: its layers at once, then the camera (smoothly unless `instant`). */
export function showStep(step: StoryStep, padding: Padding, instant = false): void {
  if (!active) return;
  visibleLayers.value = new Set(step.layers);
  const map = active.controller.map;
  map.resize(); // the chrome just disappeared: make sure the map knows its size before fitting
  const container = map.getContainer();
  const camera = stepCamera(step.camera, container.clientWidth, container.clientHeight, padding);
  if (instant || prefersReducedMotion()) map.jumpTo(camera);
  else map.flyTo({ ...camera, speed: 1.4, maxDuration: 2200, essential: true });
}

export function showSpotlight(ids: string[]): void {
  active?.spotlight.set(spotlightLayers(), ids);
}
