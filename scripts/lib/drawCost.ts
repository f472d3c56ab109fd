/**
 * What each group of style layers costs to draw, for `npm run bench`: the map is drawn frame by frame at the
 * view the page opened on, with everything shown and with one group left out; a group's cost is the difference.
 *
 * A frame is `map.redraw()` (MapLibre's synchronous render) followed by reading one pixel back, which waits
 * until the GPU (in the bench, Chromium's software WebGL) has finished the frame, so it holds the rasterising
 * as well as the JavaScript. Its cost is the CPU time the browser's processes used for it (processCpu.ts): on a
 * shared machine the wall-clock time of a frame is mostly waiting for a core and moves by ±100 % from one frame
 * to the next, CPU time does not. (The phone profile's CPU slowdown makes the page wait, not work more: the
 * figures are the work, at the phone's screen size.) A group is left out by marking its layers hidden for the
 * painter only (MapLibre's evaluated visibility): the public setLayoutProperty would re-tile their sources
 * each time, which is a load cost, not a draw cost. Conditions are measured in sweeps, each sweep drawing a few
 * frames with everything and with each group left out, in a new order per sweep; a group's cost is the median
 * over the sweeps of its difference to the full frames of the same sweep (benchStats.pairedDifferences).
 */
import type { Page } from '@playwright/test';
import { median, pairedDifferences, spread, type Spread } from './benchStats';
import { childCpuClock } from './processCpu';

/** A style layer as the map holds it, with whether it draws at the current zoom. */
export interface StyleLayerRef {
  id: string;
  type: string;
  drawn: boolean;
}

/** Groups of style layers, by what they draw; the names are what the bench prints. */
export const DRAW_GROUPS = [
  'background',
  'districts: fill',
  'districts: outline',
  'districts: names',
  'orientation: roads, metro, stations',
  'orientation: names',
  'plan fills',
  'plan edges: solid (located)',
  'plan edges: dashed (estimated)',
  'plan edges: glows (location marks, blurred)',
  'plan edges: precision bands',
  'plan lines (no edge classes)',
  'plan points: halos (blurred)',
  'plan points: dots',
  'plan names',
  'projects',
  'overlays',
  'other',
] as const;
export type DrawGroup = (typeof DRAW_GROUPS)[number];

/** The administrative districts' atlas layer (not a plan layer). */
const DISTRICTS = 'admin-districts';

/** Which group a style layer of the app belongs to, by its id (see map/styleBuilder.ts, edgeLayers.ts). */
export function drawGroupOf(id: string, type: string): DrawGroup {
  if (type === 'background') return 'background';
  if (id.startsWith('orient:')) return type === 'symbol' ? 'orientation: names' : 'orientation: roads, metro, stations';
  if (id.startsWith('ov:')) return 'overlays';
  if (id.startsWith('projects:')) return 'projects';
  const [layer, part] = id.split(':');
  if (layer === DISTRICTS) return part === 'fill' ? 'districts: fill' : part === 'label' ? 'districts: names' : 'districts: outline';
  switch (part) {
    case 'fill':
      return 'plan fills';
    case 'located':
      return 'plan edges: solid (located)';
    case 'estimated':
      return 'plan edges: dashed (estimated)';
    case 'mark':
      return 'plan edges: glows (location marks, blurred)';
    case 'band':
      return 'plan edges: precision bands';
    case 'line':
      return 'plan lines (no edge classes)';
    case 'halo':
      return 'plan points: halos (blurred)';
    case 'circle':
      return 'plan points: dots';
    case 'label':
      return 'plan names';
    default:
      return 'other';
  }
}

/** By atlas layer instead (`BENCH_DRAW_BY=layer`): the part of the id before the first colon. */
export const atlasLayerOf = (id: string): string => (id.includes(':') ? id.slice(0, id.indexOf(':')) : id);

/** The style layers drawn at this view, grouped; groups with nothing drawn are left out. */
export function groupDrawnLayers(layers: readonly StyleLayerRef[], by: 'kind' | 'layer' = 'kind'): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const l of layers) {
    if (!l.drawn || l.type === 'background') continue;
    const g = by === 'kind' ? drawGroupOf(l.id, l.type) : atlasLayerOf(l.id);
    groups.set(g, [...(groups.get(g) ?? []), l.id]);
  }
  return groups;
}

export interface DrawCost {
  /** What the cost is measured in: the browser's CPU time per frame, or (without /proc) wall-clock time. */
  unit: 'cpu' | 'wall';
  /** Per frame with everything drawn, and with nothing but the background (ms). */
  all: Spread;
  empty: Spread;
  /** Per group: its style layers and what leaving it out saves per frame (ms), over the sweeps. */
  groups: { name: string; layers: number; cost: Spread; calls: number; vertices: number }[];
  /** Wall-clock time of a frame with everything drawn (ms), for reference. */
  allWall: Spread;
  /** A full symbol placement (every name's collision test), forced, wall-clock ms; null where MapLibre does not expose it. */
  placement: Spread | null;
}

/**
 * Runs in the page once: looks up the style layers of each condition (a list of layer ids to leave out) and
 * leaves `window.__drawBench(condition, frames)` to draw frames without them, returning each frame's wall time.
 */
function setUpInPage(conditions: string[][]): void {
  type Layer = { _evaluatedVisibility?: string; recalculateVisibility?: unknown };
  type Internal = { redraw(): void; getCanvas(): HTMLCanvasElement; style: { _layers: Record<string, Layer> } };
  const map = (window as unknown as { __atlasMap: Internal }).__atlasMap;
  const canvas = map.getCanvas();
  const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
  const pixel = new Uint8Array(4);
  const layersOf = conditions.map((ids) =>
    ids.map((id) => {
      const layer = map.style._layers[id];
      // Without this hiding would do nothing and every cost read as 0: fail instead.
      if (typeof layer?.recalculateVisibility !== 'function') throw new Error(`cannot hide style layer ${id} for the painter (MapLibre changed?)`);
      return layer;
    }),
  );
  // WebGL draw calls and vertices of one frame, per style layer (MapLibre's painter draws layer by layer; the
  // stencil masks a layer needs are drawn in its turn and counted with it).
  (window as unknown as { __drawCounts: unknown }).__drawCounts = () => {
    const painter = (map as unknown as { painter: { renderLayer: (...args: unknown[]) => unknown } }).painter;
    const counts: Record<string, { calls: number; vertices: number }> = {};
    let current = '';
    const renderLayer = painter.renderLayer;
    const glCalls = gl as unknown as Record<'drawElements' | 'drawArrays', (mode: number, count: number, ...rest: unknown[]) => void>;
    const originals = { drawElements: glCalls.drawElements, drawArrays: glCalls.drawArrays };
    painter.renderLayer = function (this: unknown, ...args: unknown[]) {
      current = (args[2] as { id: string }).id;
      return renderLayer.apply(this, args);
    };
    for (const name of ['drawElements', 'drawArrays'] as const) {
      glCalls[name] = function (this: unknown, ...args: [number, number, ...unknown[]]) {
        const c = (counts[current] ??= { calls: 0, vertices: 0 });
        c.calls++;
        // drawArrays(mode, first, count): the count is the third argument.
        c.vertices += name === 'drawArrays' ? (args[2] as number) : args[1];
        return originals[name].apply(this, args);
      };
    }
    try {
      map.redraw();
    } finally {
      painter.renderLayer = renderLayer;
      Object.assign(glCalls, originals);
    }
    return counts;
  };
  (window as unknown as { __drawBench: unknown }).__drawBench = (condition: number, frames: number) => {
    const layers = layersOf[condition];
    const was = layers.map((l) => l._evaluatedVisibility);
    for (const l of layers) l._evaluatedVisibility = 'none';
    const ms: number[] = [];
    for (let f = 0; f < frames; f++) {
      const t0 = performance.now();
      map.redraw();
      gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
      ms.push(performance.now() - t0);
    }
    layers.forEach((l, i) => (l._evaluatedVisibility = was[i]));
    return ms;
  };
}

/** Runs in the page: `runs` forced full symbol placements, each timed (ms). */
function placementsInPage(runs: number): number[] {
  type Internal = { redraw(): void; style: { _updatePlacement?: (...args: unknown[]) => unknown }; transform?: unknown; _camera?: { transform: unknown } };
  const map = (window as unknown as { __atlasMap: Internal }).__atlasMap;
  const place = map.style._updatePlacement;
  const transform = map._camera?.transform ?? map.transform;
  const out: number[] = [];
  if (typeof place !== 'function' || !transform) return out;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    place.call(map.style, transform, false, 0, true, true);
    out.push(performance.now() - t0);
  }
  map.redraw();
  return out;
}

/**
 * Measures the draw cost of the map in `page` (the app, with its `window.__atlasMap`) at its current view,
 * which must be drawn and idle. Each sweep draws `frames` frames per condition, the conditions in a new order.
 */
export async function measureDrawCost(page: Page, options: { sweeps: number; frames: number; by?: 'kind' | 'layer' }): Promise<DrawCost> {
  const layers = await page.evaluate(() => {
    type Internal = { getStyle(): { layers: { id: string; type: string }[] }; getZoom(): number; style: { _layers: Record<string, { isHidden(z: number): boolean }> } };
    const map = (window as unknown as { __atlasMap: Internal }).__atlasMap;
    const zoom = map.getZoom();
    return map.getStyle().layers.map((l) => ({ id: l.id, type: l.type, drawn: !map.style._layers[l.id].isHidden(zoom) }));
  });
  const groups = [...groupDrawnLayers(layers, options.by)];
  const conditions = [[], groups.flatMap(([, ids]) => ids), ...groups.map(([, ids]) => ids)];
  // tsx compiles helpers with esbuild's __name(); the page has none.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate(setUpInPage, conditions);
  const cpuClock = childCpuClock();
  const cpu = conditions.map(() => [] as number[]);
  const wall = conditions.map(() => [] as number[]);
  // A first sweep, not recorded, warms up.
  for (let sweep = -1; sweep < options.sweeps; sweep++) {
    for (const c of conditions.map((_, i) => i).sort(() => Math.random() - 0.5)) {
      const before = cpuClock?.() ?? 0;
      const ms = await page.evaluate(([condition, frames]) => (window as unknown as { __drawBench(c: number, f: number): number[] }).__drawBench(condition, frames), [c, options.frames]);
      const cpuMs = ((cpuClock?.() ?? 0) - before) / options.frames;
      if (sweep < 0) continue;
      cpu[c].push(cpuMs);
      wall[c].push(median(ms));
    }
  }
  const times = cpuClock ? cpu : wall;
  if (process.env.BENCH_DRAW_RAW) console.log(JSON.stringify({ names: ['all', 'empty', ...groups.map(([n]) => n)], times: times.map((t) => t.map((x) => +x.toFixed(1))) }));
  const placements = await page.evaluate(placementsInPage, 9);
  const counts = await page.evaluate(() => (window as unknown as { __drawCounts(): Record<string, { calls: number; vertices: number }> }).__drawCounts());
  const sum = (ids: string[], key: 'calls' | 'vertices') => ids.reduce((n, id) => n + (counts[id]?.[key] ?? 0), 0);
  return {
    unit: cpuClock ? 'cpu' : 'wall',
    all: spread(times[0]),
    empty: spread(times[1]),
    groups: groups.map(([name, ids], i) => ({
      name,
      layers: ids.length,
      cost: spread(pairedDifferences(times[0], times[i + 2])),
      calls: sum(ids, 'calls'),
      vertices: sum(ids, 'vertices'),
    })),
    allWall: spread(wall[0]),
    placement: placements.length ? spread(placements) : null,
  };
}
