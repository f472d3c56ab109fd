import { defineConfig } from '@playwright/test';

// E2E_PORT lets two developers (or a developer and CI) run the suite side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
// The suite serves the build from a sub-folder, as a web server or file share would:
// the app must work from any path (its URLs are all relative).
const BASE_PATH = '/atlas/';

// Debian's Chromium, started with the flags that let MapLibre render headless
// on this machine (software WebGL) and keep it from calling home.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    viewport: { width: 1280, height: 800 },
    // Each test starts as a first visit; e2e/offline.spec.ts lets the service worker run.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    // The suite tests the built app, as users get it.
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --base ${BASE_PATH}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
