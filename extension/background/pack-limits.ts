/**
 * What one fact pack may hold, in a module of its own (no imports) so that the options page can check a file's
 * size before reading it without loading the validator; packs.ts holds every pack to these limits.
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

/** A size in megabytes as the reader's language writes it: "5,2 MB", "5.2 MB". */
export function megabytes(bytes: number, language: 'vi' | 'en' = 'vi'): string {
  return `${(bytes / MEGABYTE).toLocaleString(language, { maximumFractionDigits: 1 })} MB`;
}
