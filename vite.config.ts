import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
// Explicit extensions: Vite loads this config natively, without TS module resolution.
import { contentSecurityPolicy } from './src/config/csp.ts';
import { ONLINE_BASEMAP_HOSTS } from './src/config/basemaps.ts';

/** The built page may only talk to its own origin (plus opt-in basemap hosts). */
function cspPlugin(): Plugin {
  return {
    name: 'atlas-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(ONLINE_BASEMAP_HOSTS)}" />`),
  };
}

// A static build that works from any path (file share, USB stick, sub-folder):
// relative asset URLs, no CDN, everything served from the page's own origin.
export default defineConfig({
  base: './',
  plugins: [preact(), cspPlugin()],
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
