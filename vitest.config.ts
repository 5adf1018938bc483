import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const FAKE_BROWSER = fileURLToPath(new URL('extension/testing/fake-browser.ts', import.meta.url));

// Every project shares one module graph per worker (isolate: false) instead of evaluating the fact base, zod and
// the engine again for each file: about half the suite's time went there. `pure` is shared/ and tools/, pure
// functions over text and data; a file there must not change a module's state or a global. The extension's files
// each start from what extension/testing/fresh-file.ts resets (database, fake browser, timers, document, the
// globals the page tests replace); one that changes a module's state puts it back. Page code and components run in
// one happy-dom window per worker (about a second to set up each), which finds tree order as the DOM defines it
// without walking the whole page (extension/testing/tree-order.ts).
const DOM = ['extension/content/**/*.test.ts', 'extension/testing/**/*.test.ts', 'extension/**/*.test.tsx'];
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
    isolate: false,
    // One worker per core (Vitest's default leaves one core to itself, which mostly waits).
    maxWorkers: '100%',
    // Property tests run hundreds of cases; on a busy 2-core machine the default 5 s is too tight to mean anything.
    testTimeout: 30_000,
    // The interface speaks Vietnamese in tests, as it does by default (its catalogues, loaded once).
    setupFiles: ['extension/ui/catalogues.ts'],
    projects: [
      { extends: true, test: { name: 'pure', include: ['shared/**/*.test.ts', 'tools/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'extension',
          include: ['extension/**/*.test.{ts,tsx}'],
          exclude: DOM,
          setupFiles: ['extension/testing/fresh-file.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'page',
          include: DOM,
          environment: 'happy-dom',
          setupFiles: ['extension/testing/fresh-file.ts', 'extension/testing/tree-order.ts'],
        },
      },
    ],
  },
});
