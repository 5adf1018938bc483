import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Shared code is tested in Node; files that need a DOM opt in with `// @vitest-environment happy-dom`.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['shared/**/*.test.ts', 'extension/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'tools/**/*.test.ts'],
    environment: 'node',
    // Property tests run hundreds of cases; on a busy 2-core machine the default 5 s is too tight to mean anything.
    testTimeout: 30_000,
    // The interface speaks Vietnamese in tests, as it does by default (its catalogues, loaded once).
    setupFiles: ['extension/ui/catalogues.ts'],
  },
});
