/**
 * Performance marks for the end-to-end tests and benchmarks (e2e/never-break.e2e.ts, e2e/hostile.e2e.ts,
 * e2e/soak.ts, bench/browser.bench.ts), made only by builds with ML_MEASURE=1 (`npm run build:measure`, which
 * those commands use; wxt.config.ts turns the variable into `import.meta.env.ML_MEASURE`). A mark the content
 * script makes lands in the page's own performance timeline, where any page could read it and learn the extension
 * is there: in `npm run build` and `zip` the switch is `false` and the minifier drops every mark.
 */

declare global {
  interface ImportMetaEnv {
    readonly ML_MEASURE?: boolean;
  }
}

/** Marks `name` on the page's timeline; `latestOnly` first clears the earlier ones (a mark made again and again). */
export function mark(name: string, latestOnly = false): void {
  if (import.meta.env.ML_MEASURE) {
    if (latestOnly) performance.clearMarks(name);
    performance.mark(name);
  }
}
