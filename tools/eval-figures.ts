/**
 * `npm run -s eval:figures [-- --verbose]`: how figures are framed on the development set of real news, on the
 * precision set of figure sentences, and on the held-out set of real news that no rule is tuned on (reported only;
 * shared/eval/figures.ts says how each number is counted).
 */
import { readFileSync } from 'node:fs';
import {
  type FigureArticle,
  type FigureSentence,
  scoreFigureDevSet,
  scoreFigurePrecisionSet,
} from '../shared/eval/figures.ts';
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
const list = (title: string, items: string[]) => (items.length > 0 ? [title, ...items.map((s) => `  ${s}`)] : []);

/** One set of real news: its summary lines, and its lists under `prefix` when verbose. */
function realNews(name: string, articles: FigureArticle[], prefix: string) {
  const d = scoreFigureDevSet(articles, annotator);
  return {
    summary: [
      `${name}: ${articles.length} excerpts, ${d.gold} figures, ${d.withMetric} with a metric of the base`,
      `  metric recall          ${d.found}/${d.withMetric} = ${pct(d.recall)}`,
      `  wrong metric           ${d.wrongMetric.length}  (drawn with a metric the gold does not give)`,
      `  false fact links       ${d.falseFacts.length}  (tied to a fact the gold does not give)`,
      `  disagreements found    ${d.conflictsFound}/${d.goldConflicts}, not in the gold ${d.falseConflicts.length}`,
      `  drawn without a metric ${d.drawnWithoutMetric} of ${d.drawn} drawn`,
      `  periods right          ${d.rightPeriod}/${d.found}  (of figures with the right metric)`,
    ],
    lists: [
      ...list(`${prefix}missed:`, d.missed),
      ...list(`${prefix}wrong metric:`, d.wrongMetric),
      ...list(`${prefix}false fact links:`, d.falseFacts),
      ...list(`${prefix}disagreements not in the gold:`, d.falseConflicts),
      ...list(`${prefix}wrong period:`, d.wrongPeriod),
    ],
  };
}

const dev = realNews('development set', (read('devset/devset.json') as { articles: FigureArticle[] }).articles, '');
const heldout = realNews(
  'held-out set (never tuned on, reported only)',
  (read('heldout/heldout.json') as { articles: FigureArticle[] }).articles,
  'held-out set, ',
);
const p = scoreFigurePrecisionSet(read('precision/figures.json') as FigureSentence[], annotator);
process.stdout.write(
  [
    ...dev.summary,
    `precision set: ${p.held}/${p.sentences} sentences hold (${p.expectations} expectations, ${p.failures.length} failed)`,
    ...heldout.summary,
    ...(verbose ? ['', ...dev.lists, ...list('precision set failures:', p.failures), ...heldout.lists] : []),
    '',
  ].join('\n'),
);
