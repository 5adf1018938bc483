/**
 * `npm run -s eval:names [-- --verbose]`: recall, precision and wrong-entity cards of the name matcher on the
 * development set of real news, on the precision set, and on the held-out set of real news that no rule is tuned
 * on (reported only; shared/eval/names.ts says how they are counted).
 */
import { readFileSync } from 'node:fs';
import { type DevArticle, type PrecisionSentence, scoreDevSet, scorePrecisionSet } from '../shared/eval/names.ts';
import { bundledFactBase } from '../shared/factbase/bundle.ts';
import type { FactBase } from '../shared/factbase/schema.ts';
import { createAnnotator } from '../shared/text/annotate.ts';
import { buildMatchTable } from '../shared/text/match-table.ts';

const verbose = process.argv.includes('--verbose');
const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../shared/text/testdata/${path}`, import.meta.url), 'utf8'));
const base = bundledFactBase as unknown as FactBase & { version: string };
const annotator = createAnnotator(buildMatchTable(base));
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const list = (title: string, items: string[]) => [title, ...items.map((s) => `  ${s}`)];

/** One set of real news: its summary lines, and its lists under `prefix` when verbose. */
function realNews(name: string, articles: DevArticle[], prefix: string) {
  const s = scoreDevSet(articles, annotator, base);
  const outlets = new Set(articles.map((a) => a.outlet)).size;
  return {
    summary: [
      `${name}: ${articles.length} excerpts of real news from ${outlets} outlets`,
      `  recall      ${s.found}/${s.gold} = ${pct(s.recall)}  (names of the base's highlighted entities)`,
      `  precision   ${s.right}/${s.mentions} = ${pct(s.precision)}  (mentions whose entity the gold gives)`,
      `  wrong-entity cards ${s.wrongEntity.length}, spurious mentions ${s.spurious.length}`,
    ],
    lists: [
      ...list(`${prefix}missed:`, s.missed),
      ...list(`${prefix}wrong entity:`, s.wrongEntity),
      ...list(`${prefix}spurious:`, s.spurious),
    ],
  };
}

const dev = realNews('development set', (read('devset/devset.json') as { articles: DevArticle[] }).articles, '');
const heldout = realNews(
  'held-out set (never tuned on, reported only)',
  (read('heldout/heldout.json') as { articles: DevArticle[] }).articles,
  'held-out set, ',
);
const p = scorePrecisionSet(read('precision/names.json') as PrecisionSentence[], annotator);
process.stdout.write(
  [
    ...dev.summary,
    `precision set: ${p.held}/${p.sentences} sentences hold (${p.expectations} expectations, ${p.failures.length} failed)`,
    ...heldout.summary,
    ...(verbose ? ['', ...dev.lists, ...list('precision set failures:', p.failures), ...heldout.lists] : []),
    '',
  ].join('\n'),
);
