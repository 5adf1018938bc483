// Code passed to `worker.evaluate()` and `page.evaluate()` runs inside Chromium, where the extension APIs are
// the global `chrome`; give it the same types WXT gives `browser`.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
