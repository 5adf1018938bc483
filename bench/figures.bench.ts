import { seedParagraphs } from '../e2e/support/seeded.ts';
import { bundledFactBase } from '../shared/factbase/bundle.ts';
import type { FactBase } from '../shared/factbase/schema.ts';
import { createAnnotator } from '../shared/text/annotate.ts';
import { compileFrameState } from '../shared/text/frames.ts';
import { buildMatchTable } from '../shared/text/match-table.ts';
import { Lexicon } from '../shared/text/normalize.ts';

const TARGET_BYTES = 1_000_000;
const RUNS = 9;

function megabyteOfParagraphs(): string[] {
  const paragraphs = seedParagraphs();
  const out: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < TARGET_BYTES; k++) {
    const paragraph = paragraphs[(k * 7919) % paragraphs.length] as string;
    out.push(paragraph);
    bytes += Buffer.byteLength(paragraph, 'utf8') + 1;
  }
  return out;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const time = (run: () => unknown) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

const table = buildMatchTable(bundledFactBase as unknown as FactBase & { version: string });
const withFigures = createAnnotator(table);
const without = createAnnotator(table, { figures: 'none' });
const paragraphs = megabyteOfParagraphs();
const text = paragraphs.join('\n');
const page = { date: '2024-08-16', subject: ['viet-nam', 'lao'] };

const asBlocks = (annotator: typeof withFigures) => () => {
  for (const paragraph of paragraphs) annotator.annotate(paragraph, page);
};
const asOne = (annotator: typeof withFigures) => () => annotator.annotate(text, page);

// Warm both, then interleave.
for (let k = 0; k < 2; k++) {
  asBlocks(withFigures)();
  asBlocks(without)();
  asOne(withFigures)();
  asOne(without)();
}
const rows: Array<[string, number[], number[]]> = [
  ['paragraph by paragraph', [], []],
  ['as one string', [], []],
];
for (let run = 0; run < RUNS; run++) {
  (rows[0] as [string, number[], number[]])[1].push(time(asBlocks(withFigures)));
  (rows[0] as [string, number[], number[]])[2].push(time(asBlocks(without)));
  (rows[1] as [string, number[], number[]])[1].push(time(asOne(withFigures)));
  (rows[1] as [string, number[], number[]])[2].push(time(asOne(without)));
}
const figures = paragraphs.flatMap((paragraph) =>
  withFigures.annotate(paragraph, page).filter((mention) => mention.kind === 'figure'),
);
const numbers = createAnnotator(table, { figures: 'all' });
const read = paragraphs.reduce(
  (sum, paragraph) => sum + numbers.annotate(paragraph, page).filter((mention) => mention.kind === 'figure').length,
  0,
);
const compileMs = median(
  Array.from({ length: RUNS }, () => time(() => compileFrameState(new Lexicon(), table.metrics))),
);

process.stdout.write(
  `Figures — ${(TARGET_BYTES / 1e6).toFixed(2)} MB of seed paragraphs (${paragraphs.length} paragraphs, ${read} numbers with a unit read, ${figures.length} drawn with a metric); medians of ${RUNS} interleaved runs\n\n`,
);
for (const [name, on, off] of rows) {
  const a = median(on);
  const b = median(off);
  process.stdout.write(
    `${name.padEnd(24)} with figures ${a.toFixed(1).padStart(7)} ms   figures off ${b.toFixed(1).padStart(7)} ms   frames ${(a - b).toFixed(1).padStart(6)} ms (${((100 * (a - b)) / a).toFixed(0)} % of the pass, ${((1000 * (a - b)) / read).toFixed(1)} µs a number)\n`,
  );
}
process.stdout.write(`\ncompiling the frame vocabulary: ${compileMs.toFixed(2)} ms (in the background, once)\n`);
