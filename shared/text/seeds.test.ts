/**
 * Acceptance on the five seeds with the curated fact base: every figure the base holds is found and linked to
 * its fact, and every name of the base written in a seed is highlighted — as itself, or inside a longer name — except in
 * credits (photo credits, datelines, source tags).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlVisibleText } from '../../tools/html-text.ts';
import { bundledFactBase } from '../factbase/bundle.ts';
import type { FactBase } from '../factbase/schema.ts';
import { resolveEvidence } from './annotate.ts';
import { isCredit } from './credits.ts';
import { curatedAnnotator } from './testdata/curated-annotator.ts';

const base = bundledFactBase as unknown as FactBase & { version: string };
const annotator = curatedAnnotator();
const seedsDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const texts = new Map(seeds.map((name) => [name, readFileSync(new URL(name, seedsDir), 'utf8')]));
const mentionsOf = new Map([...texts].map(([name, text]) => [name, resolveEvidence(annotator.annotate(text))]));

/**
 * A seed's figures as the page reads them as of `date` (its source's), the countries it names most being its
 * subject. Without a date, years left unwritten stay open: the teaser under seed 000 ("4 tháng đầu năm", no year)
 * is another story than the 2023 article around it.
 */
const figuresAt = (seed: string, date?: string) => {
  const text = texts.get(seed) as string;
  return annotator.annotate(text, { ...(date ? { date } : {}), subject: annotator.subjectOf(text) });
};

describe('the curated base on the seeds', () => {
  const figureFacts = base.facts.filter((fact) => fact.figure);
  it.each(figureFacts.map((fact) => [fact.id, fact] as const))('finds and links the figure of %s', (_id, fact) => {
    // A fact may cite supporting quotes without the number; the figure must be found in one that has it.
    const linked = fact.sources.some((source) => {
      const text = texts.get(source.seed) as string;
      const at = text.indexOf(source.quote);
      return [source.date, undefined].some((date) =>
        figuresAt(source.seed, date).some(
          (m) => m.start >= at && m.end <= at + source.quote.length && m.figure?.facts.includes(fact.id),
        ),
      );
    });
    expect(linked).toBe(true);
  });

  const highlighted = base.entities.filter((entity) => entity.highlight !== false);
  it('highlights every name of the base written in a seed, itself or inside a longer name', () => {
    const missed: string[] = [];
    for (const [seed, text] of texts) {
      const mentions = mentionsOf.get(seed) ?? [];
      for (const entity of highlighted) {
        for (const alias of [entity.name, ...entity.aliases]) {
          for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + 1)) {
            const before = text[at - 1] ?? ' ';
            const after = text[at + alias.length] ?? ' ';
            if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue; // not a whole word here
            if (isCredit(text, at, at + alias.length)) continue; // a photo credit, dateline or source tag
            const covered = mentions.some((m) => m.start <= at && m.end >= at + alias.length);
            if (!covered) missed.push(`${seed}: ${alias} (${entity.id}) at ${at}`);
          }
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('reads a seed wrapped in HTML like the plain seed', () => {
    const text = texts.get(seeds[0] as string) as string;
    const html = `<!doctype html><html><head><title>x</title><script>var a = "Tô Lâm";</script></head><body>${text
      .split('\n')
      .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n')}</body></html>`;
    const visible = htmlVisibleText(html);
    const fromHtml = annotator.annotate(visible).map((m) => [m.text, m.entity.id]);
    const fromText = (mentionsOf.get(seeds[0] as string) ?? []).map((m) => [m.text, m.entity.id]);
    expect(fromHtml).toEqual(fromText);
  });
});
