import { defineConfig } from 'vite';

// Builds the bench pages (bare MapLibre baseline, overlap matrix in the worker); their data/
// folder is the app's own build output.
export default defineConfig({
  root: 'bench',
  base: './',
  publicDir: '../public',
  build: { outDir: '../.cache/bench-bare', emptyOutDir: true, chunkSizeWarningLimit: 1200, rollupOptions: { input: ['bare.html', 'matrix.html'].map((page) => new URL(`./${page}`, import.meta.url).pathname) } },
  worker: { format: 'es' },
});
