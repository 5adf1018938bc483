import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBundle, canonicalJson, factBaseVersion, serializeBundle } from './build.ts';
import { bundledFactBase } from './bundle.ts';
import { curatedFactBase } from './data/index.ts';
import { FactBase } from './schema.ts';

describe('the bundle', () => {
  it('committed factbase.generated.json is up to date (run npm run factbase:build)', async () => {
    const committed = readFileSync(new URL('./factbase.generated.json', import.meta.url), 'utf8');
    expect(committed === serializeBundle(await buildBundle(curatedFactBase))).toBe(true);
  });

  it('is what bundle.ts exports, and its base part matches the schema', async () => {
    expect(bundledFactBase.version).toMatch(/^[0-9a-f]{12}$/);
    const { version: _v, crossrefs: _c, ...base } = bundledFactBase;
    expect(FactBase.safeParse(base).success).toBe(true);
    expect(await factBaseVersion(FactBase.parse(base))).toBe(bundledFactBase.version);
  });

  it('changes version when any fact changes', async () => {
    const changed = structuredClone(curatedFactBase);
    const fact = changed.facts[0];
    if (fact) fact.text += ' ';
    expect((await buildBundle(changed)).version).not.toBe((await buildBundle(curatedFactBase)).version);
  });

  it('throws on input that does not match the schema', async () => {
    await expect(buildBundle({ seeds: [] })).rejects.toThrow();
  });
});

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 3 }], c: 'x' } })).toBe(
      canonicalJson({ a: { c: 'x', d: [1, { e: 3, f: 2 }] }, b: 1 }),
    );
  });
});
