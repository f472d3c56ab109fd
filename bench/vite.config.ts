import { defineConfig } from 'vite';

// Builds the bare baseline page; its data/ folder is the app's own build output.
export default defineConfig({
  root: 'bench',
  base: './',
  publicDir: '../public',
  build: { outDir: '../.cache/bench-bare', emptyOutDir: true, chunkSizeWarningLimit: 1200, rollupOptions: { input: new URL('./bare.html', import.meta.url).pathname } },
});
