/**
 * What generated pages and bases are made from, shared by the end-to-end tests and the benchmarks: the seed
 * articles' paragraphs, and a seeded generator, so that every run sees the same bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';

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

/** Every paragraph of the seed articles (seeds/*.txt, by name), trimmed, blank lines left out. */
export function seedParagraphs(): string[] {
  const dir = new URL('../../seeds/', import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .flatMap((name) => readFileSync(new URL(name, dir), 'utf8').split('\n'))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
}
