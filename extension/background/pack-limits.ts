/**
 * What one fact pack (and one notes file) may hold, in a module of its own (no imports) so that the options page
 * can check a file's size and depth before sending it without loading the validator; packs.ts holds every pack to
 * these limits.
 */

/**
 * The whole fact base the extension is built for (DESIGN.md's budgets: 10,000 entities, 50,000 facts) fits in
 * one pack; anything larger is a mistake, or an attack on the reader's browser.
 */
export const PACK_LIMITS = {
  /** Bytes of JSON: the options page checks the file's size before reading it; here the data's size. */
  bytes: 5 * 1024 * 1024,
  records: { seeds: 1_000, entities: 10_000, facts: 50_000, metrics: 1_000, ambiguousAliases: 10_000 },
  /** Aliases of one entity. */
  aliases: 100,
  /** Characters of an entity's name or alias: every alias goes into the matcher that runs on every page. */
  name: 200,
  /** Characters of any other string. */
  text: 5_000,
} as const;

const MEGABYTE = 1024 * 1024;

/**
 * Bytes of a notes file: a message between the extension's parts carries at most 64 MiB once serialised, so a
 * larger file would fail on its way to the background instead of being refused with a reason.
 */
export const NOTES_FILE_BYTES = 32 * MEGABYTE;

/**
 * How deep a chosen file's JSON may nest. A fact base's records are a few levels deep; the browser cannot pass on
 * a file nested thousands deep (a 10 KB file can be), so it is refused before it is sent.
 */
export const MAX_JSON_DEPTH = 32;

/** How deep `value` nests (objects and arrays), counted without recursion and only up to `limit + 1`. */
export function jsonDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (typeof item !== 'object' || item === null) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > limit) return deepest;
    for (const child of Object.values(item))
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** A size in megabytes as the reader's language writes it: "5,2 MB", "5.2 MB". */
export function megabytes(bytes: number, language: 'vi' | 'en' = 'vi'): string {
  return `${(bytes / MEGABYTE).toLocaleString(language, { maximumFractionDigits: 1 })} MB`;
}
