import { describe, expect, it } from 'vitest';
import { curatedFactBase } from './data/index.ts';
import { buildReport } from './report.ts';
import { seedTexts } from './testdata/seed-texts.ts';

describe('buildReport', async () => {
  it('passes on the curated base and prints counts by kind and facts per seed', async () => {
    const report = await buildReport(curatedFactBase, seedTexts);
    expect(report.ok).toBe(true);
    expect(report.text).toMatch(/entities \d+ \(person \d+, organization \d+, place \d+, project \d+/);
    for (const seed of curatedFactBase.seeds) expect(report.text).toContain(seed.file);
  });

  it('fails, and says why, when a quote is not in its seed', async () => {
    const base = structuredClone(curatedFactBase);
    const source = base.facts[0]?.sources[0];
    if (source) source.quote = 'không có trong bài';
    const report = await buildReport(base, seedTexts);
    expect(report.ok).toBe(false);
    expect(report.text).toMatch(/Quotes not found\n {2}fact .*không có trong bài/);
  });

  it('fails on input that does not match the schema', async () => {
    const report = await buildReport({ seeds: 'none' }, seedTexts);
    expect(report.ok).toBe(false);
    expect(report.text).toContain('Schema errors');
  });
});
