import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const FAKE_BROWSER = fileURLToPath(new URL('extension/testing/fake-browser.ts', import.meta.url));

// Shared code is tested in Node; files that need a DOM opt in with `// @vitest-environment happy-dom`.
// Worker threads start faster than forked processes and share the transformed modules.
export default defineConfig({
  plugins: [
    WxtVitest(),
    preact(),
    // After WXT's plugin, so that this alias for the same name comes first (extension/testing/fake-browser.ts).
    {
      name: 'fake-browser-alone',
      config: () => ({ resolve: { alias: [{ find: /^wxt\/browser$/, replacement: FAKE_BROWSER }] } }),
    },
  ],
  test: {
    environment: 'node',
    pool: 'threads',
    // Property tests run hundreds of cases; on a busy 2-core machine the default 5 s is too tight to mean anything.
    testTimeout: 30_000,
    // The interface speaks Vietnamese in tests, as it does by default (its catalogues, loaded once).
    setupFiles: ['extension/ui/catalogues.ts'],
    projects: [
      {
        extends: true,
        test: {
          // Pure functions over text and data: no DOM, database, browser fake or spied global. Their files share
          // one module graph per worker instead of evaluating the fact base, zod and the engine once per file
          // (about half the suite's time); a file here must not change a module's state or a global.
          name: 'pure',
          include: ['shared/**/*.test.ts', 'tools/**/*.test.ts'],
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          // The extension's tests: a fresh module graph per file, as each holds a database, a fake browser, a DOM
          // or the interface language.
          name: 'extension',
          include: ['extension/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
