/**
 * What presenter mode does to the live map, and undoes when it ends: camera
 * gestures locked, projector theme on, the step's layers and camera; the user's
 * layers, view and padding come back afterwards. The spotlight is a feature-state
 * like any other (featureStates.ts composes it from state/presenter.ts); a click in
 * present mode (the owner's router) spotlights the plan feature under it.
 */
import type { MapClick, MapController } from './MapController';
import type { StoryStep } from '../data/story';
import type { MapView } from '../lib/mapView';
import { styledLayers, visibleLayers } from '../state/atlasState';
import { setSpotlight, spotlight, stepSpotlight } from '../state/presenter';
import { whenMapReady } from './liveMap';
import { stepCamera, type Padding } from '../state/stepCamera';
import { stepBounds, stepFeatures } from './stepLabels';

interface Saved {
  layers: Set<string>;
  padding: Padding;
  view: MapView;
}

let active: { controller: MapController; undo: (() => void)[]; saved: Saved } | null = null;
let entering: Promise<boolean> | null = null;

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** A click while presenting spotlights the plan feature under it, or clears the spotlight (on it again, or on nothing). */
export function presenterClick(controller: MapController, click: MapClick): void {
  const id = controller.planFeatureAt(click.point);
  const now = spotlight.peek();
  setSpotlight(id === null || (now.length === 1 && now[0] === id) ? [] : [id]);
}

/** Starts the session (idempotent); resolves true once the map is held, false if the session ended meanwhile. */
export function enterSession(): Promise<boolean> {
  if (active) return Promise.resolve(true);
  entering ??= whenMapReady().then((controller) => {
    if (!entering) return false; // left before the map was ready
    entering = null;
    const saved: Saved = { layers: visibleLayers.peek(), padding: controller.padding() as Padding, view: controller.view() };
    active = { controller, undo: [controller.lockCamera(), controller.applyProjectorTheme()], saved };
    return true;
  });
  return entering;
}

/** Ends the session and puts the user's map back as it was. */
export function leaveSession(): void {
  entering = null;
  if (!active) return;
  const { controller, undo, saved } = active;
  active = null;
  undo.forEach((u) => u());
  visibleLayers.value = saved.layers;
  controller.setPadding(saved.padding);
  controller.moveCamera({ center: [saved.view.lon, saved.view.lat], zoom: saved.view.zoom, bearing: saved.view.bearing ?? 0 }, { instant: true });
}

/**
 * Shows one step: its layers at once, then the camera (smoothly unless `instant`): the step's view, widened until
 * its features lie clear of the overlay (`padding`, the overlay's measured size).
 */
export function showStep(step: StoryStep, padding: Padding, instant = false): void {
  if (!active) return;
  visibleLayers.value = new Set(step.layers);
  // The chrome just disappeared: the map measures itself again before fitting.
  const size = active.controller.measureSize();
  const bounds = stepBounds(stepFeatures(styledLayers.peek(), step.layers, stepSpotlight.peek()));
  const camera = stepCamera(step.camera, size.width, size.height, padding, bounds);
  active.controller.moveCamera(camera, { instant: instant || prefersReducedMotion() });
}
