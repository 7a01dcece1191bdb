import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // End-to-end tests spawn the CLI and parse real PDFs: generous limits for a loaded 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
