/**
 * `npm run bench`: prints performance figures. Not a test: nothing here fails
 * the suite; the targets are printed next to the numbers.
 *
 * 1. Cold load of the built app to its first fully drawn map (`idle`), against a
 *    bare MapLibre page drawing the same GeoJSON; runs alternate, median ratio.
 * 2. The app's own JS, gzipped, excluding MapLibre.
 * 3. Sub-benchmarks of the analysis and query code, when present.
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS } from '../playwright.config';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The app's own JS, gzipped, excluding MapLibre: what the first page load fetches
 * (the entry script and its preloads, read from index.html) and what loads on demand
 * (search index, Analyze tools, workers).
 */
function ownJsGzipKb(dir = 'dist'): { initial: number; onDemand: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const initialFiles = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.m?js)"/g)].map((m) => m[1]));
  let initial = 0;
  let onDemand = 0;
  for (const f of readdirSync(join(dir, 'assets'))) {
    if (!/\.m?js$/.test(f) || f.startsWith('maplibre')) continue;
    const bytes = gzipSync(readFileSync(join(dir, 'assets', f))).length;
    if (initialFiles.has(`assets/${f}`)) initial += bytes;
    else onDemand += bytes;
  }
  return { initial: initial / 1024, onDemand: onDemand / 1024 };
}

async function serve(outDir: string, port: number) {
  return preview({ configFile: false, root: process.cwd(), build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' }, logLevel: 'silent' });
}

/** One cold load; retried once, since a shared machine can kill a headless renderer. */
async function coldLoadMs(url: string): Promise<number> {
  try {
    return await coldLoadOnce(url);
  } catch (err) {
    console.warn(`  retrying ${url}: ${String(err).split('\n')[0]}`);
    return coldLoadOnce(url);
  }
}

async function coldLoadOnce(url: string): Promise<number> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:first-idle').length > 0, null, { timeout: 60_000 });
    return await page.evaluate(() => performance.getEntriesByName('atlas:first-idle')[0].startTime);
  } finally {
    await browser.close();
  }
}

async function loadBenchmark() {
  execSync('npm run build --silent', { stdio: 'inherit' });
  execSync('npx vite build --config bench/vite.config.ts --logLevel warn', { stdio: 'inherit' });
  const app = await serve('dist', 4180);
  const bare = await serve('.cache/bench-bare', 4181);
  const appMs: number[] = [];
  const bareMs: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      // Alternate so drift on a shared machine hits both sides alike.
      appMs.push(await coldLoadMs('http://127.0.0.1:4180/'));
      bareMs.push(await coldLoadMs('http://127.0.0.1:4181/bare.html'));
    }
  } finally {
    await app.close();
    await bare.close();
  }
  const ratios = appMs.map((a, i) => a / bareMs[i]);
  console.log('\nCold load to first map idle (ms), runs alternating:');
  console.log(`  app : ${appMs.map((x) => x.toFixed(0)).join(' ')}  median ${median(appMs).toFixed(0)}`);
  console.log(`  bare: ${bareMs.map((x) => x.toFixed(0)).join(' ')}  median ${median(bareMs).toFixed(0)}`);
  console.log(`  median ratio app/bare: ${median(ratios).toFixed(2)}   (target ≤ 1.25)`);
  const js = ownJsGzipKb();
  console.log(`Own JS gzip (excluding maplibre-gl), first load: ${js.initial.toFixed(1)} KB   (target ≤ 100 KB)`);
  console.log(`Own JS gzip loaded on demand (search, Analyze, workers): ${js.onDemand.toFixed(1)} KB`);
}

if (!process.env.BENCH_SKIP_LOAD) await loadBenchmark();
for (const sub of ['scripts/bench-query.ts', 'scripts/bench-analysis.ts']) {
  if (existsSync(sub)) {
    console.log(`\n— ${sub}`);
    execSync(`npx tsx ${sub}`, { stdio: 'inherit' });
  }
}
