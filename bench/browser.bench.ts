/**
 * `npm run bench:browser`: the content script's cost in real Chromium, beside baselines run in the same session.
 *
 * Pages: an article (~25 KB of text) and a 1 MB page, both built from the seeds with news-site inline markup
 * (e2e/support/big-pages.ts). For each:
 * - ours, the built extension with the curated base: time to first highlight and to the end of the first
 *   pass (from the content script's start), CPU time of the content script (CDP sampling profiler), the longest
 *   main-thread task after it starts (Long Tasks API), and the heap it adds (after GC, against the same page in
 *   a browser without the extension);
 * - ours with a 10,000-entity synthetic base: the same pipeline bundled into the page (bench/browser/in-page.ts);
 * - the floor: walking every text node and reading its text;
 * - mark.js 8.11 with 60 of the base's names (diacritics on), and mark.js `markRegExp` with one alternation
 *   of the 10,000-entity names, on the article (and mark.js on the 1 MB page once: it takes many seconds).
 * Medians of RUNS runs. Budgets: DESIGN.md.
 */

import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { type CDPSession, chromium, type Page } from 'playwright-core';
import { ensureChromium } from '../e2e/support/browsers.ts';
import { launchWithExtension, pageMentions } from '../e2e/support/extension.ts';
import { startServer } from '../e2e/support/server.ts';
import { bundledFactBase } from '../shared/factbase/bundle.ts';
import { compileAnnotatorState, encodeAnnotatorState } from '../shared/text/annotate.ts';
import { buildMatchTable } from '../shared/text/match-table.ts';
import { syntheticFactBase } from './synthetic-factbase.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const PAGES = [
  { label: 'article (25 KB)', path: '/big/25000.html' },
  { label: '1 MB page', path: '/big/1000000.html' },
];
const BENCH_URL = 'mekong-lens-bench.js';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : '—');

/** CPU time in samples whose stack holds a frame of `urlPart` (our script and what it calls into). */
async function profile<T>(
  cdp: CDPSession,
  urlPart: string,
  run: () => Promise<T>,
): Promise<{ result: T; cpuMs: number }> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile: data } = await cdp.send('Profiler.stop');
  const parent = new Map<number, number>();
  for (const node of data.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nodes = new Map(data.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id);
    const up = parent.get(id);
    const value = Boolean(node?.callFrame.url.includes(urlPart)) || (up !== undefined && isOurs(up));
    ours.set(id, value);
    return value;
  };
  let cpuUs = 0;
  (data.samples ?? []).forEach((id, index) => {
    if (isOurs(id)) cpuUs += data.timeDeltas?.[index + 1] ?? data.timeDeltas?.[index] ?? 0;
  });
  return { result, cpuMs: cpuUs / 1000 };
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

const watchLongTasks = (page: Page) =>
  page.addInitScript(() => {
    const tasks: Array<{ start: number; duration: number }> = [];
    (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });

const server = await startServer();
const rows: string[][] = [];
const extensionFigures = new Map<
  string,
  { first: number; total: number; cpu: number; longest: number; heap: number; mentions: number }
>();

console.log(`Mekong Lens in Chromium: medians of ${RUNS} runs\n`);

// 1. The built extension, curated base.
{
  const session = await launchWithExtension();
  for (const { path } of PAGES) {
    const samples = {
      first: [] as number[],
      total: [] as number[],
      cpu: [] as number[],
      longest: [] as number[],
      heap: [] as number[],
    };
    let mentions = 0;
    for (let run = 0; run < RUNS; run++) {
      const page = await session.context.newPage();
      await watchLongTasks(page);
      const cdp = await session.context.newCDPSession(page);
      const { result, cpuMs } = await profile(cdp, '/content-scripts/content.js', async () => {
        await page.goto(server.url(path));
        for (;;) {
          const answer = await pageMentions(session, page).catch(() => undefined);
          if (answer) return answer.mentions.length;
        }
      });
      mentions = result;
      // No named functions inside evaluate(): tsx would wrap them in a helper the page does not have.
      const marks = await page.evaluate(() => {
        const [boot, first, annotated] = [
          'mekong-lens:boot',
          'mekong-lens:first-highlight',
          'mekong-lens:annotated',
        ].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN) as [number, number, number];
        const tasks = (window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks;
        return {
          first: first - boot,
          total: annotated - boot,
          longest: Math.max(
            0,
            ...tasks.filter((task) => task.start + task.duration >= boot).map((task) => task.duration),
          ),
        };
      });
      samples.first.push(marks.first);
      samples.total.push(marks.total);
      samples.longest.push(marks.longest);
      samples.cpu.push(cpuMs);
      samples.heap.push(await heapAfterGc(cdp));
      await page.close();
    }
    extensionFigures.set(path, {
      first: median(samples.first),
      total: median(samples.total),
      cpu: median(samples.cpu),
      longest: median(samples.longest),
      heap: median(samples.heap),
      mentions,
    });
  }
  await session.close();
}

// 2. A browser without the extension: baselines, and our pipeline with 10,000 entities bundled into the page.
const require = createRequire(import.meta.url);
const markJs = await import('node:fs').then((fs) =>
  fs.readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8'),
);
const inPage = await build({
  entryPoints: [new URL('./browser/in-page.ts', import.meta.url).pathname],
  bundle: true,
  format: 'iife',
  minify: true,
  write: false,
  target: 'chrome120',
});
const inPageScript = `${inPage.outputFiles[0]?.text}\n//# sourceURL=${BENCH_URL}`;
const synthetic = syntheticFactBase({ entities: 10_000, factsPerEntity: 0 });
const syntheticState = encodeAnnotatorState(
  compileAnnotatorState(buildMatchTable({ ...synthetic, version: 'synthetic' })),
);
const curatedNames = bundledFactBase.entities
  .filter((entity) => entity.highlight !== false)
  .map((entity) => entity.name);
const sixtyNames = curatedNames.slice(0, 60);
const tenThousandNames = synthetic.entities.map((entity) => entity.name);

const browser = await chromium.launch({ executablePath: ensureChromium(), args: ['--no-sandbox', '--disable-gpu'] });
for (const { label, path } of PAGES) {
  const extension = extensionFigures.get(path);
  const floor: number[] = [];
  const ours10k = { first: [] as number[], total: [] as number[], cpu: [] as number[], longest: [] as number[] };
  const markSixty: number[] = [];
  const markRegExp: number[] = [];
  const heapWithout: number[] = [];
  const huge = path.includes('1000000');
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    await watchLongTasks(page);
    const cdp = await page.context().newCDPSession(page);
    await page.goto(server.url(path));
    heapWithout.push(await heapAfterGc(cdp));
    floor.push(
      await page.evaluate(() => {
        const start = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let length = 0;
        while (walker.nextNode()) length += (walker.currentNode.nodeValue ?? '').length;
        return length >= 0 ? performance.now() - start : 0;
      }),
    );
    await page.addScriptTag({ content: inPageScript });
    const { result, cpuMs } = await profile(cdp, BENCH_URL, () =>
      page.evaluate(
        (table) =>
          (
            window as unknown as { mekongLensBench: { annotatePage(table: unknown): Promise<Record<string, number>> } }
          ).mekongLensBench.annotatePage(table),
        syntheticState,
      ),
    );
    const longest = await page.evaluate(
      (since) =>
        Math.max(
          0,
          ...(window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks
            .filter((task) => task.start + task.duration >= since)
            .map((task) => task.duration),
        ),
      result.startedAt as number,
    );
    ours10k.first.push(result.firstHighlightMs as number);
    ours10k.total.push(result.totalMs as number);
    ours10k.cpu.push(cpuMs);
    ours10k.longest.push(longest);
    await page.close();

    if (run === 0 || !huge) {
      // mark.js mutates the DOM: a fresh page for each.
      const markPage = await browser.newPage();
      await markPage.goto(server.url(path));
      await markPage.addScriptTag({ content: markJs });
      if (!huge || run === 0) {
        markSixty.push(
          await markPage.evaluate((names) => {
            const start = performance.now();
            new (
              window as unknown as { Mark: new (root: Element) => { mark(names: string[], options: object): void } }
            ).Mark(document.body).mark(names, {
              separateWordSearch: false,
              diacritics: true,
            });
            return performance.now() - start;
          }, sixtyNames),
        );
      }
      await markPage.close();
      const regExpPage = await browser.newPage();
      await regExpPage.goto(server.url(path));
      await regExpPage.addScriptTag({ content: markJs });
      markRegExp.push(
        await regExpPage.evaluate((names) => {
          const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
          const pattern = new RegExp(escaped.join('|'), 'g');
          const start = performance.now();
          new (
            window as unknown as { Mark: new (root: Element) => { markRegExp(re: RegExp, options: object): void } }
          ).Mark(document.body).markRegExp(pattern, {});
          return performance.now() - start;
        }, tenThousandNames),
      );
      await regExpPage.close();
    }
  }
  const floorMs = median(floor);
  const markMs = median(markSixty);
  const extensionHeap = extension ? extension.heap - median(heapWithout) : Number.NaN;
  rows.push(
    [
      label,
      'ours (built extension, curated base)',
      ms(extension?.first ?? Number.NaN),
      ms(extension?.total ?? Number.NaN),
      ms(extension?.cpu ?? Number.NaN),
      ms(extension?.longest ?? Number.NaN),
      `${(extensionHeap / 1e6).toFixed(1)} MB`,
      `${extension?.mentions ?? 0} mentions`,
    ],
    [
      label,
      'ours (10,000 entities, in page)',
      ms(median(ours10k.first)),
      ms(median(ours10k.total)),
      ms(median(ours10k.cpu)),
      ms(median(ours10k.longest)),
      '',
      `${(markMs / median(ours10k.cpu)).toFixed(0)}× faster than mark.js; ${(median(ours10k.cpu) / floorMs).toFixed(1)}× the floor`,
    ],
    [label, 'floor: walk every text node', '', ms(floorMs), ms(floorMs), '', '', ''],
    [label, `mark.js, 60 names${huge ? ' (1 run)' : ''}`, '', ms(markMs), ms(markMs), '', '', ''],
    [label, 'mark.js markRegExp, 10,000 names', '', ms(median(markRegExp)), ms(median(markRegExp)), '', '', ''],
  );
}
await browser.close();
await server.close();

const header = [
  'page',
  'approach',
  'first highlight',
  'first pass (wall)',
  'CPU',
  'longest task',
  'heap added',
  'notes',
];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] as number)).join('  ');
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
console.log(
  '\nBudgets (DESIGN.md, 10,000 entities): article ≤ 10 ms of work, 1 MB ≤ 150 ms of work, no task > 50 ms, ≥ 50× faster than mark.js, ≤ 5× the floor.',
);
