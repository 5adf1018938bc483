import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: 'extension',
  // Copied as is into the build: the `_locales` catalogues (WXT's default is a `public/` beside this file).
  publicDir: 'extension/public',
  manifest: ({ browser }) => ({
    name: 'Mekong Lens',
    // Strings come from extension/public/_locales/<lang>/messages.json; the pages follow the reader's setting.
    default_locale: 'vi',
    description: '__MSG_extDescription__',
    permissions: ['storage', browser === 'firefox' ? undefined : 'sidePanel'].filter(
      (p): p is string => p !== undefined,
    ),
    action: { default_title: 'Mekong Lens' },
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
  vite: () => ({
    plugins: [preact()],
    build: {
      rollupOptions: {
        onLog(level, log, handler) {
          // zod's sources carry `@__PURE__` comments in places Rollup cannot use; the warning is noise.
          if (log.code === 'INVALID_ANNOTATION' && log.id?.includes('/node_modules/zod/')) return;
          handler(level, log);
        },
      },
    },
  }),
});
