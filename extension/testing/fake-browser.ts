/**
 * `wxt/browser` in unit tests: WXT's in-memory fake, imported from its own module. WXT's plugin points
 * `wxt/browser` at a module that imports all of `wxt/testing` (its Vite plugin, builders and parsers: about 2.4 s
 * per test file); this is the same fake, the one WXT's setup file puts on `globalThis.browser`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';

export const browser = fakeBrowser;
export default fakeBrowser;
