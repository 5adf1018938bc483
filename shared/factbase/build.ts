/**
 * The bundle the extension ships: the validated base, its version (the first 12 hex digits of the SHA-256 of the
 * base's canonical JSON) and the cross-references computed from it. `serializeBundle` is the exact text of
 * `factbase.generated.json`, so a test can rebuild it in memory and compare.
 */

import { sha256Hex } from '../hash.ts';
import { type CrossRefs, computeCrossRefs } from './crossrefs.ts';
import { FactBase } from './schema.ts';

export type BundledFactBase = FactBase & { version: string; crossrefs: CrossRefs };

/** JSON with object keys sorted at every depth, no spaces: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

export async function factBaseVersion(base: FactBase): Promise<string> {
  return (await sha256Hex(canonicalJson(base))).slice(0, 12);
}

/** Parses `input` with the schema (throws on a shape error) and builds the bundle. Run `checkFactBase` first. */
export async function buildBundle(input: unknown): Promise<BundledFactBase> {
  const base = FactBase.parse(input);
  return { version: await factBaseVersion(base), ...base, crossrefs: computeCrossRefs(base) };
}

export function serializeBundle(bundle: BundledFactBase): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
