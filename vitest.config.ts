import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    // Node by default; component tests (ui/**/*.test.tsx) ask for a DOM with `// @vitest-environment happy-dom`.
    environment: 'node',
    testTimeout: 30_000,
  },
});
