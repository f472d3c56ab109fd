import { expect, type Locator, type Page } from '@playwright/test';
import type { FeatureCollection } from 'geojson';
import type { Map as MlMap } from 'maplibre-gl';

/** The page's window with the read-only map handle the app exposes for tests (src/map/MapController.ts). Only inside page.evaluate. */
type AtlasWindow = { __atlasMap: MlMap };

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/**
 * Aborts every request that would leave the machine and records it, so a test
 * can assert the app stayed offline.
 */
export async function blockExternalRequests(page: Page): Promise<string[]> {
  const external: string[] = [];
  await page.context().route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.protocol === 'data:' || url.protocol === 'blob:' || LOCAL_HOSTS.has(url.hostname);
    if (local) return route.continue();
    external.push(url.href);
    return route.abort();
  });
  return external;
}

/** Opens the app (optionally with a hash) and waits until the map has drawn its layers. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await waitForMapIdle(page);
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as Partial<AtlasWindow>).__atlasMap;
    const ready = document.querySelector('[data-atlas-ready="true"]');
    return !!map && !!ready && map.loaded() && !map.isMoving() && map.areTilesLoaded() && document.querySelector('[data-map-idle="true"]');
  });
}

/**
 * Opens a story link at one step and waits until the presenter has sent the map to that step (its view, widened
 * to the step's features: src/state/stepCamera.ts) and the map has drawn it.
 */
export async function openStory(page: Page, story: string, step: number): Promise<void> {
  await openApp(page, `#v=1&s=${story}:${step}`);
  await waitForStep(page, story, step);
}

/** Waits until the presenter has sent the map to this step and the map has drawn it. */
export async function waitForStep(page: Page, story: string, step: number): Promise<void> {
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-shown-step', `${story}:${step}`);
  await waitForMapIdle(page);
}

/** Drops a file on an element the way a user's drag and drop does: a DataTransfer carrying it, on each of `events`. */
export async function dropFile(target: Locator, file: { name: string; text: string; type: string }, events = ['drop']): Promise<void> {
  const dataTransfer = await target.page().evaluateHandle(({ name, text, type }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type }));
    return dt;
  }, file);
  for (const event of events) await target.dispatchEvent(event, { dataTransfer });
}

/* What the map draws: read from MapLibre itself, not from the page's panels. */

/** Names of rendered features of one atlas layer in the current view, as drawn by MapLibre. */
export async function renderedNames(page: Page, layerId: string): Promise<string[]> {
  return page.evaluate((id) => {
    const map = (window as unknown as AtlasWindow).__atlasMap;
    const layers = map.getStyle().layers.map((l) => l.id).filter((l) => l.startsWith(`${id}:`));
    // Edge stretches (ids …:located, …:band) carry no name of their own.
    return [...new Set(map.queryRenderedFeatures({ layers }).map((f) => f.properties.name as string | undefined))].filter((n) => n !== undefined).sort();
  }, layerId);
}

/**
 * Properties of the features MapLibre has drawn in the view in the given style layers (e.g. 'ov:cell:a'). A layer
 * not (yet) in the style has drawn nothing: asking MapLibre about it would log an error (which fails the test).
 */
export async function renderedProperties(page: Page, styleLayers: string[]): Promise<Record<string, unknown>[]> {
  return page.evaluate((wanted) => {
    const map = (window as unknown as AtlasWindow).__atlasMap;
    const layers = wanted.filter((l) => map.getLayer(l));
    return layers.length ? map.queryRenderedFeatures({ layers }).map((f) => f.properties) : [];
  }, styleLayers);
}

/** Atlas layers MapLibre draws now (layout visibility not 'none'), sorted; the Analyze overlays and the orientation layer are not atlas layers. */
export async function visibleAtlasLayers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (window as unknown as AtlasWindow).__atlasMap;
    return map
      .getStyle()
      .layers.filter((l) => l.id.endsWith(':label') && !l.id.startsWith('ov:') && !l.id.startsWith('orient:') && map.getLayoutProperty(l.id, 'visibility') !== 'none')
      .map((l) => l.id.slice(0, -':label'.length))
      .sort();
  });
}

/** The feature-state (selected, dimmed) MapLibre styles one atlas feature with. */
export async function featureState(page: Page, layerId: string, featureId: string): Promise<Record<string, unknown>> {
  // A layer whose source is added on demand (projects) has no state until it is on the map: none, not an error.
  return page.evaluate(([l, f]) => {
    const map = (window as unknown as AtlasWindow).__atlasMap;
    return map.getSource(`src:${l}`) ? map.getFeatureState({ source: `src:${l}`, id: f }) : {};
  }, [layerId, featureId]);
}

/** The map's centre and zoom as MapLibre holds them now. */
export async function mapCamera(page: Page): Promise<{ lon: number; lat: number; zoom: number }> {
  return page.evaluate(() => {
    const map = (window as unknown as AtlasWindow).__atlasMap;
    const c = map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
  });
}

/** Page coordinates (for page.mouse) of a WGS-84 point in the current view. */
export async function screenPoint(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((ll) => (window as unknown as AtlasWindow).__atlasMap.project(ll), lonLat);
  const box = (await page.getByTestId('map').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

/** WGS-84 positions under points given in pixels from the map's top-left corner. */
export async function lonLatsAt(page: Page, points: [number, number][]): Promise<[number, number][]> {
  return page.evaluate(
    (pts) =>
      pts.map((p): [number, number] => {
        const ll = (window as unknown as AtlasWindow).__atlasMap.unproject(p);
        return [ll.lng, ll.lat];
      }),
    points,
  );
}

/**
 * Asserts (retrying while the camera moves) that the map shows one atlas feature whole and
 * large: its bounding box lies inside the map and spans more than `minShare` of the map's
 * width or height. The home view shows each board at a small fraction of that.
 */
export async function expectMapFramesFeature(page: Page, layerId: string, featureId: string, minShare = 0.5): Promise<void> {
  await expect(async () => {
    const frame = await page.evaluate(
      async ([l, id]) => {
        const map = (window as unknown as AtlasWindow).__atlasMap;
        const data = (await (map.getSource(`src:${l}`) as unknown as { getData(): Promise<FeatureCollection> }).getData()) as FeatureCollection;
        const feature = data.features.find((f) => f.properties?.id === id);
        if (!feature || !('coordinates' in feature.geometry)) return null;
        const xy = [feature.geometry.coordinates].flat(Infinity) as number[];
        const lons = xy.filter((_, i) => i % 2 === 0);
        const lats = xy.filter((_, i) => i % 2 === 1);
        const nw = map.project([Math.min(...lons), Math.max(...lats)]);
        const se = map.project([Math.max(...lons), Math.min(...lats)]);
        const { clientWidth: w, clientHeight: h } = map.getCanvas();
        return { left: nw.x / w, top: nw.y / h, right: se.x / w, bottom: se.y / h };
      },
      [layerId, featureId],
    );
    expect(frame, `${featureId} is a feature of ${layerId}`).not.toBeNull();
    const { left, top, right, bottom } = frame!;
    expect(Math.min(left, top), `${featureId} starts inside the map`).toBeGreaterThanOrEqual(0);
    expect(Math.max(right, bottom), `${featureId} ends inside the map`).toBeLessThanOrEqual(1);
    expect(Math.max(right - left, bottom - top), `${featureId} fills the map`).toBeGreaterThan(minShare);
  }).toPass();
}

/** The names MapLibre has placed (not merely asked for) in these atlas layers' label layers: feature id and the text shown. */
export async function placedLabels(page: Page, layerIds: string[]): Promise<{ id: string; text: string }[]> {
  return page.evaluate((ids) => {
    const map = (window as unknown as AtlasWindow).__atlasMap;
    const layers = ids.map((id) => `${id}:label`).filter((l) => map.getLayer(l));
    const seen = new Map<string, string>();
    for (const f of map.queryRenderedFeatures({ layers })) {
      // The layout comes evaluated for the feature: a formatted text, in sections.
      const field = (f.layer.layout as Record<string, unknown> | undefined)?.['text-field'] as { sections?: { text: string }[] } | string | undefined;
      seen.set(f.properties.id as string, typeof field === 'object' && field?.sections ? field.sections.map((s) => s.text).join('') : String(field));
    }
    return [...seen].map(([id, text]) => ({ id, text })).sort((a, b) => a.id.localeCompare(b.id));
  }, layerIds);
}

/** Waits until this build's service worker has precached everything and is active (tests that allow it). */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await expect(page.getByTestId('offline-ready')).toBeVisible();
  await page.evaluate(() => navigator.serviceWorker.ready);
}
