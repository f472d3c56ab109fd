/**
 * `npm run bench`: prints performance figures. Not a test: nothing here fails
 * the suite; the targets are printed next to the numbers.
 *
 * 1. Cold load of the built app to its first fully drawn map (`idle`), against a
 *    bare MapLibre page drawing the same GeoJSON in the same map area (the size the app's
 *    panels leave its map, and the app's camera there); runs alternate, median ratio.
 *    Once on a desktop, once on a throttled phone (scripts/lib/phoneProfile.ts),
 *    with the bytes the phone downloads before it can use the app.
 * 2. The app's own JS, gzipped, excluding MapLibre; the search chunk and index.
 * 3. Search on the phone: from a keystroke to the frame that shows the results.
 * 4. The overlap matrix in the app's analysis worker in Chromium: start-up (as the Analyze panel
 *    starts it), first and warm runs, and a fresh worker asked at once.
 * 5. Sub-benchmarks of the analysis and query code, and PostGIS on the same polygons.
 * 6. On the phone profile, what each group of map layers costs to draw per frame at the home view
 *    (scripts/lib/drawCost.ts).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config';
import { PHONE, phonePage } from './lib/phoneProfile';
import { formatSpread, median } from './lib/benchStats';
import { measureDrawCost } from './lib/drawCost';
import { textTable } from './lib/textTable';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** `BENCH_ONLY=phone,search` runs just those parts (desktop, phone, draw, size, search, matrix, node); all by default. */
const ONLY = process.env.BENCH_ONLY?.split(',');
const part = (name: string) => !ONLY || ONLY.includes(name);
const PHONE_RUNS = Number(process.env.BENCH_PHONE_RUNS ?? 3);
const APP = 'http://127.0.0.1:4180/';
const BENCH_PAGES = 'http://127.0.0.1:4181/';

/** Draw cost: sweeps of a few frames per condition; `BENCH_DRAW_BY=layer` groups by atlas layer. */
const DRAW_SWEEPS = Number(process.env.BENCH_DRAW_SWEEPS ?? 15);
const DRAW_FRAMES = Number(process.env.BENCH_DRAW_FRAMES ?? 4);
const DRAW_BY = process.env.BENCH_DRAW_BY === 'layer' ? 'layer' : 'kind';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;
/** The machine's 1-minute load average now: these figures mean little without it on a shared machine. */
const machineLoad = () => `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;

/**
 * The app's own JS, gzipped, excluding MapLibre: what the first page load fetches
 * (the entry script and its preloads, read from index.html) and what loads on demand
 * (search, Analyze tools, workers, the service worker's registration).
 */
function ownJsGzipKb(dir = 'dist'): { initial: number; onDemand: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initialFiles = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.m?js)"/g)].map((m) => m[1]));
  let initial = 0;
  let onDemand = 0;
  for (const f of readdirSync(join(dir, 'assets'))) {
    if (!/\.m?js$/.test(f) || f.startsWith('maplibre')) continue;
    const bytes = gzipBytes(join(dir, 'assets', f));
    if (initialFiles.has(`assets/${f}`)) initial += bytes;
    else onDemand += bytes;
  }
  return { initial: initial / 1024, onDemand: onDemand / 1024 };
}

async function serve(outDir: string, port: number) {
  return preview({ configFile: false, root: process.cwd(), build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
}

/** Runs fn in a fresh browser; retried once, since a shared machine can kill a headless renderer. */
async function inBrowser<T>(fn: (browser: import('@playwright/test').Browser) => Promise<T>): Promise<T> {
  const once = async () => {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      return await fn(browser);
    } finally {
      await browser.close();
    }
  };
  try {
    return await once();
  } catch (err) {
    console.warn(`  retrying: ${String(err).split('\n')[0]}`);
    return once();
  }
}

/** Navigation to the first fully drawn map: the page's `atlas:first-idle` mark. */
async function firstIdleMs(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:first-idle').length > 0, null, { timeout: 180_000 });
  return page.evaluate(() => performance.getEntriesByName('atlas:first-idle')[0].startTime);
}

const desktopPage = async (browser: import('@playwright/test').Browser) => (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
const desktopLoad = (url: string) => inBrowser(async (browser) => firstIdleMs(await desktopPage(browser), url));

const phoneLoad = (url: string) =>
  inBrowser(async (browser) => {
    const { page, bytesReceived } = await phonePage(browser);
    const ms = await firstIdleMs(page, url);
    return { ms, bytes: bytesReceived() };
  });

/**
 * The bare page's address drawing what the app draws at its first view: the app loaded once in the same window
 * (unthrottled), its map's size (the area the panels leave) and the camera it framed the plans with there.
 */
const bareLikeApp = (open: (browser: import('@playwright/test').Browser) => Promise<Page>) =>
  inBrowser(async (browser) => {
    const page = await open(browser);
    await firstIdleMs(page, APP);
    const area = await page.evaluate(() => {
      const map = (window as unknown as { __atlasMap: import('maplibre-gl').Map }).__atlasMap;
      const { width, height } = map.getContainer().getBoundingClientRect();
      const { lng, lat } = map.getCenter();
      return { w: Math.round(width), h: Math.round(height), lon: lng.toFixed(6), lat: lat.toFixed(6), z: map.getZoom().toFixed(4) };
    });
    return `${BENCH_PAGES}bare.html?${new URLSearchParams(Object.entries(area).map(([k, v]) => [k, String(v)]))}`;
  });

async function compare(label: string, runs: number, bare: string, load: (url: string) => Promise<number>): Promise<void> {
  const appMs: number[] = [];
  const bareMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate so drift on a shared machine hits both sides alike.
    appMs.push(await load(APP));
    bareMs.push(await load(bare));
  }
  const ratios = appMs.map((a, i) => a / bareMs[i]);
  const area = new URL(bare).searchParams;
  console.log(`\n${label}: cold load to first map idle (ms), runs alternating (${machineLoad()} at the start):`);
  console.log(`  both draw the app's map area, ${area.get('w')}×${area.get('h')} px at zoom ${Number(area.get('z')).toFixed(2)}`);
  console.log(`  app : ${appMs.map((x) => x.toFixed(0)).join(' ')}  median ${median(appMs).toFixed(0)}`);
  console.log(`  bare: ${bareMs.map((x) => x.toFixed(0)).join(' ')}  median ${median(bareMs).toFixed(0)}`);
  console.log(`  median ratio app/bare: ${median(ratios).toFixed(2)}   (target ≤ 1.25)`);
}

/** Queries a user may type, each with results in the real data. */
const QUERIES = ['e', 'er', 'erqi', '二', '二七', 'zz', 'zhengzhou', '火车站', 'Erqi New'];

/**
 * On the phone: focus to first results (loads the search code and index), then keystroke →
 * results frame. The page loads unthrottled and the phone's CPU and network apply from the
 * drawn map on (the throttled load is timed above; on a busy machine it can take minutes).
 */
const phoneSearch = () =>
  inBrowser(async (browser) => {
    const { page, bytesReceived, throttle } = await phonePage(browser, { throttled: false });
    await firstIdleMs(page, APP);
    await throttle();
    const before = bytesReceived();
    const input = page.getByTestId('search-input');
    const t0 = Date.now();
    await input.focus();
    await input.fill('erqi');
    await page.getByRole('option').first().waitFor({ timeout: 60_000 });
    const readyMs = Date.now() - t0;
    const searchBytes = bytesReceived() - before;
    // tsx compiles the helpers below with esbuild's __name(); the page has none.
    await page.evaluate('globalThis.__name ??= (fn) => fn');
    const keystrokes = await page.evaluate(async (queries) => {
      const el = document.querySelector<HTMLInputElement>('[data-testid="search-input"]')!;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const type = (v: string) => {
        setValue.call(el, v);
        el.dispatchEvent(new Event('input', { bubbles: true }));
      };
      const shown = () => document.querySelector('[role="option"]') !== null;
      const until = (ok: () => boolean) =>
        new Promise<void>((resolve) => {
          if (ok()) return resolve();
          const watch = new MutationObserver(() => ok() && (watch.disconnect(), resolve()));
          watch.observe(document.body, { childList: true, subtree: true });
        });
      const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
      // At rest: three frames in a row with no transition running (the sheet back at half height, the tab panel drawn).
      const settled = async () => {
        for (let quiet = 0; quiet < 3; ) {
          await nextFrame();
          quiet = document.getAnimations().some((a) => a.playState === 'running') ? 0 : quiet + 1;
        }
      };
      const results = () => [...document.querySelectorAll('[role="option"]')].map((o) => o.textContent).join('|');
      // From an empty box at rest, as a user who taps into it: the first letter also opens the list
      // (on a phone the sheet takes the whole height). Typed from a timer task, as a key press is, not
      // inside an animation frame, where the time would include the rest of the frame in progress.
      const fromEmpty: number[] = [];
      for (const q of queries) {
        type('');
        await until(() => !shown());
        await settled();
        await new Promise((r) => setTimeout(r));
        const start = performance.now();
        type(q);
        await until(shown);
        await nextFrame(); // the frame that draws the results
        fromEmpty.push(performance.now() - start);
      }
      // Typing on in an open list, as a user does: each next letter of a word, results already shown.
      const typingOn: number[] = [];
      for (const word of ['zhengzhou', '二七广场']) {
        type(word[0]);
        await until(shown);
        await nextFrame();
        for (let n = 2; n <= word.length; n++) {
          const before = results();
          const start = performance.now();
          type(word.slice(0, n));
          // A letter that leaves the list as it was changes nothing to time: skipped after 2 s.
          const changed = await Promise.race([until(() => results() !== before || !shown()).then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 2000))]);
          await nextFrame();
          if (changed) typingOn.push(performance.now() - start);
        }
      }
      return { fromEmpty, typingOn };
    }, QUERIES);
    return { readyMs, searchBytes, keystrokes: keystrokes.fromEmpty, typingOn: keystrokes.typingOn };
  });

/** bench/matrix.html: the overlap matrix of all plan polygons in the app's analysis worker. */
const matrixInWorker = () =>
  inBrowser(async (browser) => {
    const page = await browser.newPage();
    await page.goto(`${BENCH_PAGES}matrix.html`);
    const handle = await page.waitForFunction(() => (window as unknown as { __matrixBench?: unknown }).__matrixBench, null, { timeout: 300_000 });
    return (await handle.jsonValue()) as { polygons: number; overlaps: number; startupMs: number; runs: number[]; noHeadStartMs: number };
  });

async function browserBenchmarks() {
  // BENCH_BUILD=0 measures the builds already in dist/ and .cache/bench-bare (when trying changes one by one).
  if (process.env.BENCH_BUILD !== '0') {
    execSync('npm run build --silent', { stdio: 'inherit' });
    execSync('npx vite build --config bench/vite.config.ts --logLevel warn', { stdio: 'inherit' });
  }
  const app = await serve('dist', 4180);
  const pages = await serve('.cache/bench-bare', 4181);
  try {
    if (part('desktop')) await compare('Desktop (1280×800, no throttling)', RUNS, await bareLikeApp(desktopPage), desktopLoad);

    if (part('phone')) await phoneBenchmark();
    if (part('draw')) await drawBenchmark();
    if (part('size')) sizes();
    if (part('search')) await searchBenchmark();
    if (part('matrix')) await matrixBenchmark();
  } finally {
    await app.close();
    await pages.close();
  }
}

async function phoneBenchmark() {
  const phone = `Phone (${PHONE.viewport.width}×${PHONE.viewport.height}, CPU ${PHONE.cpuSlowdown}× slower, ${PHONE.downloadBitsPerSecond / 1e6} Mbit/s, ${PHONE.latencyMs} ms)`;
  const appBytes: number[] = [];
  const bareBytes: number[] = [];
  const bare = await bareLikeApp(async (browser) => (await phonePage(browser, { throttled: false })).page);
  await compare(phone, PHONE_RUNS, bare, async (url) => {
    const { ms, bytes } = await phoneLoad(url);
    (url === APP ? appBytes : bareBytes).push(bytes);
    return ms;
  });
  console.log(`  bytes downloaded before the map is drawn: app ${kb(median(appBytes))}, bare ${kb(median(bareBytes))} (compressed as served, headers included)`);
}

/**
 * The app loaded on the phone (unthrottled, to save minutes), then drawn frame by frame with its CPU slowed as the
 * phone's, at the home view: everything, nothing, and each group of layers left out.
 */
async function drawBenchmark() {
  const cost = await inBrowser(async (browser) => {
    const { page, throttle } = await phonePage(browser, { throttled: false });
    await firstIdleMs(page, APP);
    await throttle();
    return measureDrawCost(page, { sweeps: DRAW_SWEEPS, frames: DRAW_FRAMES, by: DRAW_BY });
  });
  const share = (ms: number) => `${((100 * ms) / cost.all.median).toFixed(0)} %`;
  const unit = cost.unit === 'cpu' ? "the browser's CPU time" : 'wall-clock time (no /proc: CPU time unknown)';
  console.log(`\nDraw cost per frame on the phone profile at the home view, by ${DRAW_BY === 'kind' ? 'what the layers draw' : 'atlas layer'} (${machineLoad()}):`);
  console.log(`  a frame = MapLibre's synchronous redraw + reading a pixel back (waits for the software GPU), in ${unit};`);
  console.log(`  ${DRAW_SWEEPS} sweeps of ${DRAW_FRAMES} frames per condition, in a new order each; medians with the middle half of the sweeps`);
  console.log(`  everything drawn ${formatSpread(cost.all)} ms (wall clock ${formatSpread(cost.allWall, 0)} ms), background only ${formatSpread(cost.empty)} ms`);
  const rows = [...cost.groups]
    .sort((a, b) => b.cost.median - a.cost.median)
    // A cost whose middle half reaches 0 is not told apart from the machine's noise at this load.
    .map((g) => [g.name, String(g.layers), formatSpread(g.cost), `${g.cost.min.toFixed(1)}–${g.cost.max.toFixed(1)}`, g.cost.p25 > 0 ? share(g.cost.median) : 'noise', String(g.calls), String(g.vertices)]);
  console.log(
    textTable(['group', 'style layers', 'saved when left out, ms/frame', 'min–max', 'of a frame', 'draw calls', 'vertices'], rows, ['left', 'right', 'right', 'right', 'right', 'right', 'right'])
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  console.log("  ('noise': the middle half of the sweeps reaches 0, so the group's cost is not told apart from other jobs' at this load;");
  console.log('  draw calls and vertices: WebGL calls of one frame, exact; a call is made per tile, and per source change for its stencil mask)');
  if (cost.placement) console.log(`  a full symbol placement (every name's collision test), forced: ${formatSpread(cost.placement)} ms (wall clock)`);
}

function sizes() {
  const js = ownJsGzipKb();
  console.log(`\nOwn JS gzip (excluding maplibre-gl), first load: ${js.initial.toFixed(1)} KB   (target ≤ 100 KB)`);
  console.log(`Own JS gzip loaded on demand (search, Analyze, workers): ${js.onDemand.toFixed(1)} KB`);
  const searchChunk = readdirSync('dist/assets').find((f) => /^search-.*\.js$/.test(f));
  const chunkBytes = searchChunk ? gzipBytes(join('dist/assets', searchChunk)) : 0;
  const indexBytes = gzipBytes('dist/data/search.json');
  console.log(`Search chunk gzip: ${kb(chunkBytes)}   (target ≤ 30 KB; no pinyin dictionary: pinyin is in the index)`);
  console.log(`Search index data/search.json gzip: ${kb(indexBytes)}`);
}

async function searchBenchmark() {
  const search = await phoneSearch();
  console.log(`\nSearch on the phone profile (${machineLoad()}):`);
  console.log(`  focus → first results (loads search code + index, ${kb(search.searchBytes)} over the network): ${search.readyMs} ms`);
  console.log(`  first letter in an empty box → results drawn, ms: ${QUERIES.map((q, i) => `${q}:${search.keystrokes[i].toFixed(0)}`).join(' ')}`);
  console.log(`  median ${median(search.keystrokes).toFixed(0)} ms, worst ${Math.max(...search.keystrokes).toFixed(0)} ms   (target ≤ 50 ms)`);
  console.log(`  typing on in an open list (zhengzhou, 二七广场 letter by letter), ms: ${search.typingOn.map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`  median ${median(search.typingOn).toFixed(0)} ms, worst ${Math.max(...search.typingOn).toFixed(0)} ms   (target ≤ 50 ms)`);
}

async function matrixBenchmark() {
  const m = await matrixInWorker();
  const warm = median(m.runs.slice(1));
  console.log(`\nOverlap matrix in the analysis worker (Chromium, ${m.polygons} plan polygons all vs all, ${m.overlaps} overlapping pairs; ${machineLoad()}):`);
  console.log(`  start-up when the Analyze panel opens (worker + plan prepared) ${m.startupMs.toFixed(0)} ms; runs ${m.runs.map((x) => x.toFixed(0)).join(' ')} ms`);
  console.log(`  first run ${m.runs[0].toFixed(0)} ms, warm median ${warm.toFixed(0)} ms: first/warm ${(m.runs[0] / warm).toFixed(2)}   (target ≤ 2)`);
  console.log(`  a fresh worker asked at once (no head start): ${m.noHeadStartMs.toFixed(0)} ms to the answer`);
}

if (['desktop', 'phone', 'draw', 'size', 'search', 'matrix'].some(part)) await browserBenchmarks();
for (const sub of ['scripts/bench-query.ts', 'scripts/bench-analysis.ts', 'scripts/bench-postgis.ts']) {
  if (part('node') && existsSync(sub)) {
    console.log(`\n— ${sub}`);
    execSync(`npx tsx ${sub}`, { stdio: 'inherit' });
  }
}
