import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
// Explicit extensions: Vite loads this config natively, without TS module resolution.
import { contentSecurityPolicy } from './src/config/csp.ts';
import { ONLINE_BASEMAP_HOSTS } from './src/config/basemaps.ts';
import { dataVersion } from './scripts/dataVersion.ts';

/** The built page may only talk to its own origin (plus opt-in basemap hosts). */
function cspPlugin(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(ONLINE_BASEMAP_HOSTS)}" />`),
  };
}

const DATA_VERSION = dataVersion(new URL('./public/data/', import.meta.url).pathname);

/**
 * Installable and offline after the first visit: a web app manifest and a Workbox
 * service worker that precaches the shell and all data of one build together, so a
 * reload without network draws the full map and data never mixes versions.
 * The app registers the worker itself (src/state/appUpdate.ts) and asks before updating.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    name: '郑州规划空间布局图 · Zhengzhou Plan Atlas',
    short_name: '郑州规划图',
    description: '郑州“十四五”规划空间布局交互地图（离线）— Zhengzhou 14th Five-Year Plan spatial layouts, offline map',
    lang: 'zh-CN',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: '#b91c1c',
    background_color: '#f4f1ea',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{html,js,mjs,css,json,geojson,svg,png,webmanifest}'],
    // MapLibre's main chunk is about 1 MB.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    // The first visit's page is taken over at once, so it too can switch to a later version.
    clientsClaim: true,
    // Data is precached at the versioned URLs the app asks for (src/config/dataVersion.ts).
    manifestTransforms: [
      async (entries) => ({
        manifest: entries.map((e) => (e.url.startsWith('data/') && DATA_VERSION ? { ...e, url: `${e.url}?v=${DATA_VERSION}`, revision: null } : e)),
        warnings: [],
      }),
    ],
  },
});

// A static build that works from any path (file share, USB stick, sub-folder):
// relative asset URLs, no CDN, everything served from the page's own origin.
export default defineConfig({
  base: './',
  plugins: [preact(), cspPlugin(), pwa],
  define: { 'import.meta.env.VITE_DATA_VERSION': JSON.stringify(DATA_VERSION) },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // Keep MapLibre in its own chunk so the app's own JS size is measurable.
        manualChunks: (id) => (id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined),
      },
    },
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
  server: { port: 5173 },
});
