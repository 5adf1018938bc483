import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: 'extension',
  manifest: ({ browser }) => ({
    name: 'Mekong Lens',
    description: 'Ngữ cảnh cho tin tức Việt – Lào: làm nổi bật nhân vật, dự án, số liệu và nguồn, ngay trên trang.',
    permissions: ['storage', browser === 'firefox' ? undefined : 'sidePanel'].filter(
      (p): p is string => p !== undefined,
    ),
    action: { default_title: 'Mekong Lens' },
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
