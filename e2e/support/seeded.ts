/**
 * What generated pages and bases are made from, shared by the end-to-end tests and the benchmarks: the seed
 * articles' paragraphs (and, in seeded-random.ts, a seeded generator), so that every run sees the same bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';

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
