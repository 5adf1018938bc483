import { defineConfig } from 'vitest/config';

// End-to-end tests: a real Chromium per file, loading the built extension (`npm run test:e2e` builds first).
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
