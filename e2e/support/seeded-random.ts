/**
 * A seeded generator, so that every run of a test or a benchmark sees the same bytes. Apart from seeded.ts (which
 * reads the seed files with node:fs) so that code bundled for a browser page, such as bench:db's, can use it.
 */

/** mulberry32: a tiny seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
