/**
 * The extension's API, found when first asked for. The first script runs on every page a person opens and must
 * not touch it before it needs it: the first read of `chrome` in a page's isolated world makes Chromium build the
 * extension's bindings there (1–3 ms of the page's main thread in Chromium 156, sampled on the English page with
 * an otherwise empty content script), and on a page that is not Vietnamese the first script never needs them.
 * WXT's `browser` is read when its module loads, so the code the first script shares reaches the API through here.
 */
export function extensionApi(): typeof browser {
  const scope = globalThis as { browser?: typeof browser; chrome?: typeof browser };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as typeof browser;
}
