/**
 * `npm run -s eval:names [-- --verbose]`: recall, precision and wrong-entity cards of the name matcher on the
 * development set of real news and on the precision set (shared/eval/names.ts says how they are counted).
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

const dev = read('devset/devset.json') as { articles: DevArticle[] };
const d = scoreDevSet(dev.articles, annotator, base);
const p = scorePrecisionSet(read('precision/names.json') as PrecisionSentence[], annotator);
const outlets = new Set(dev.articles.map((a) => a.outlet)).size;
process.stdout.write(
  [
    `development set: ${dev.articles.length} excerpts of real news from ${outlets} outlets`,
    `  recall      ${d.found}/${d.gold} = ${pct(d.recall)}  (names of the base's highlighted entities)`,
    `  precision   ${d.right}/${d.mentions} = ${pct(d.precision)}  (mentions whose entity the gold gives)`,
    `  wrong-entity cards ${d.wrongEntity.length}, spurious mentions ${d.spurious.length}`,
    `precision set: ${p.held}/${p.sentences} sentences hold (${p.expectations} expectations, ${p.failures.length} failed)`,
    ...(verbose
      ? [
          '',
          'missed:',
          ...d.missed.map((s) => `  ${s}`),
          'wrong entity:',
          ...d.wrongEntity.map((s) => `  ${s}`),
          'spurious:',
          ...d.spurious.map((s) => `  ${s}`),
          'precision set failures:',
          ...p.failures.map((s) => `  ${s}`),
        ]
      : []),
    '',
  ].join('\n'),
);
