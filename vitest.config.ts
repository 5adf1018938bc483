import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const FAKE_BROWSER = fileURLToPath(new URL('extension/testing/fake-browser.ts', import.meta.url));

// Every file shares its worker's module graph (isolate: false) instead of evaluating the fact base, zod and the
// engine again: about half the suite's time went there. Each file starts from what extension/testing/fresh-file.ts
// resets (database, fake browser, timers, document, the globals the page tests replace); a file that changes a
// module's state puts it back. Two projects, because a worker serves one environment: `dom`, page code and
// components in one happy-dom window per worker (about a second to set up each; its tree order without walking
// the page, extension/testing/tree-order.ts), first as it holds the longest file; `node`, everything else.
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
    // Transformed modules kept on disk between runs (about 5 s of the main thread's time; a changed file, config or
    // lockfile is transformed again). Per checkout: worktrees share node_modules, where Vitest would put it.
    experimental: { fsModuleCache: true, fsModuleCachePath: '.vitest-cache' },
    // One worker per core (Vitest's default leaves one core to itself, which mostly waits).
    maxWorkers: '100%',
    // Property tests run hundreds of cases; on a busy 2-core machine the default 5 s is too tight to mean anything.
    testTimeout: 30_000,
    // The interface speaks Vietnamese in tests, as it does by default (its catalogues, loaded once).
    setupFiles: ['extension/ui/catalogues.ts', 'extension/testing/fresh-file.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'dom',
          include: DOM,
          environment: 'happy-dom',
          setupFiles: ['extension/testing/tree-order.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          include: ['shared/**/*.test.ts', 'tools/**/*.test.ts', 'extension/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...DOM],
        },
      },
    ],
  },
});
