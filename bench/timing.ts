/** Timing for the benchmarks that run in a page (extension/db/*.bench-page.ts): medians of repeated runs. */

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;

/** The median time of `repeats` runs of `task`, one after another. */
export async function timed(repeats: number, task: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}
