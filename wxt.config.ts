import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

/**
 * Firefox (153 ESR) paints custom highlights without highlight inheritance: a `:root::highlight()` rule does not
 * reach the text, so its build puts the rules of entrypoints/highlights.css on every element (that file says why
 * Chromium's are on the root). The Firefox smoke test checks that a highlight is painted.
 */
const highlightsOnEveryElement = {
  name: 'mekong-lens-highlights-on-every-element',
  transform(code: string, id: string) {
    return id.endsWith('/entrypoints/highlights.css')
      ? code.replaceAll(':root::highlight(', '::highlight(')
      : undefined;
  },
};

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: 'extension',
  // MV3 for Firefox too (WXT's default there is MV2): one lifecycle on both, a background that stops when idle
  // and starts again on an event (Chromium's service worker, Firefox's event page), so the restarts the code
  // must survive happen in both browsers' tests. Output: .output/chrome-mv3/ and .output/firefox-mv3/.
  manifestVersion: 3,
  // Copied as is into the build: the `_locales` catalogues (WXT's default is a `public/` beside this file).
  publicDir: 'extension/public',
  manifest: ({ browser }) => ({
    name: 'Mekong Lens',
    // Strings come from extension/public/_locales/<lang>/messages.json; the pages follow the reader's setting.
    default_locale: 'vi',
    description: '__MSG_extDescription__',
    // `scripting`: the annotator is injected only into Vietnamese pages (extension/content/gate.ts).
    permissions: ['storage', 'scripting', browser === 'firefox' ? undefined : 'sidePanel'].filter(
      (p): p is string => p !== undefined,
    ),
    // Every http(s) page: the annotator is injected into the frames found Vietnamese.
    host_permissions: ['http://*/*', 'https://*/*'],
    // Rendered from extension/assets/icon.svg by tools/icons.ts: toolbar 16/32, store and extension pages 48/128.
    icons: ICONS,
    action: { default_title: 'Mekong Lens', default_icon: { 16: ICONS[16], 32: ICONS[32] } },
    // The reader's shortcuts: rebindable in the browser (chrome://extensions/shortcuts, Firefox's add-on manager).
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousMention__',
      },
      // Firefox opens its sidebar only from a user action of its own: this key is one (the card points to it).
      ...(browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+L' },
              description: '__MSG_commandSidebar__',
            },
          }
        : {}),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mekong-lens@mekong-lens.example',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The first content script (extension/entrypoints/gate.ts), on every page: it only decides whether to load more.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [
        ...(manifest.content_scripts ?? []),
        {
          matches: ['http://*/*', 'https://*/*'],
          js: ['gate.js'],
          // The highlights' styles (entrypoints/highlights.css, which says why they come with the first script).
          css: ['assets/highlights.css'],
          run_at: 'document_idle',
          // Each frame annotates its own document, including same-origin frames the page writes (about:blank, srcdoc).
          all_frames: true,
          match_about_blank: true,
        },
      ];
    },
  },
  vite: ({ browser }) => ({
    plugins: [preact(), ...(browser === 'firefox' ? [highlightsOnEveryElement] : [])],
    // The content script's performance marks (extension/content/measure.ts): only in builds for the tests and
    // benchmarks (`ML_MEASURE=1`, `npm run build:measure`), never in a build a reader gets — a page can read them.
    define: { 'import.meta.env.ML_MEASURE': JSON.stringify(process.env.ML_MEASURE === '1') },
    build: {
      rollupOptions: {
        // WXT's `browser` reads `chrome` when its module loads; a bundle that does not use it (the first script,
        // extension/messaging/extension-api.ts says why) must not load it for that read alone.
        treeshake: {
          moduleSideEffects: (id) => !/[\\/](@wxt-dev[\\/]browser[\\/]|wxt[\\/]dist[\\/]browser\.mjs$)/.test(id),
        },
        onLog(level, log, handler) {
          // zod's sources carry `@__PURE__` comments in places Rollup cannot use; the warning is noise.
          if (log.code === 'INVALID_ANNOTATION' && log.id?.includes('/node_modules/zod/')) return;
          handler(level, log);
        },
      },
    },
  }),
});
