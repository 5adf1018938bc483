/**
 * `npm run bench:browser`: what the reader waits for. The same pages are opened, interleaved, in a Chromium with
 * the built extension (holding the curated base and a 9,895-entity synthetic pack: 10,000 entities) and in a
 * Chromium without it, and the page's main-thread task time (CDP `Performance.getMetrics` TaskDuration, thread
 * time: script, style, layout, paint, GC — everything the renderer's main thread did for the document) is compared.
 * The difference is the extension's cost: loading its script, deciding, decoding, walking, matching, ranges,
 * highlight registration and the rendering work highlights cause.
 *
 * Cases: an English page, an article (25 KB of text), a 1 MB page; the article as the first page after the
 * service worker was stopped; a "load more" of 1,000 paragraphs; 50 paragraphs appended one by one to a page with
 * many mentions; a ticker line rewritten each second on the 1 MB page; one text node of a million characters added
 * to the article. Beside them, in the browser without the extension: the floor (walking every text node and
 * reading it), highlights alone (the page itself drawing as many highlights of the same words, with our styles)
 * and mark.js; on the English page, an extension whose content script is empty (the browser's cost of
 * any extension being there). Medians of RUNS runs. Budgets: DESIGN.md. The last line is a JSON summary.
 */

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { bigPageBlocks } from '../e2e/support/big-pages.ts';
import { ensureChromium } from '../e2e/support/browsers.ts';
import { askBackground, launchWithExtension } from '../e2e/support/extension.ts';
import { startServer } from '../e2e/support/server.ts';
import { bundledFactBase } from '../shared/factbase/bundle.ts';
import { MENTION_KINDS } from '../shared/factbase/kinds.ts';
import { type OurTasks, traceOurTasks } from './our-tasks.ts';
import { syntheticPack } from './synthetic-factbase.ts';

const RUNS = Number(process.env.RUNS ?? 5);
/**
 * The page is settled when its task time grew by less than QUIET_TASK_MS over the last QUIET_MS, read every
 * POLL_MS. Each read costs the page's main thread ~0.4 ms itself: read every 100 ms, a light page never looked
 * quiet and was measured to the limit, its figure then mostly the reads' noise.
 */
const POLL_MS = 500;
const QUIET_MS = 1500;
const QUIET_TASK_MS = 2;
const SETTLE_LIMIT_MS = 30_000;

const median = (values: number[]) => {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const round = (value: number) => (Number.isFinite(value) ? Number(value.toFixed(value < 10 ? 1 : 0)) : null);
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(value < 10 ? 1 : 0)} ms` : '—');
/** A difference, with its sign. */
const signed = (value: number) => (value >= 0 ? `+${ms(value)}` : `−${ms(-value)}`);

/** The document's main-thread task time so far, in ms of thread time. */
async function taskTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? Number.NaN) * 1000;
}

/** Waits until the page's main thread has been quiet for QUIET_MS; returns its task time then. */
async function settle(cdp: CDPSession): Promise<number> {
  const started = Date.now();
  const reads = [{ at: started, task: await taskTime(cdp) }];
  while (Date.now() - started < SETTLE_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const now = { at: Date.now(), task: await taskTime(cdp) };
    reads.push(now);
    const windowStart = reads.findLast((read) => now.at - read.at >= QUIET_MS);
    if (windowStart && now.task - windowStart.task < QUIET_TASK_MS) return now.task;
  }
  return (reads.at(-1) as { task: number }).task;
}

/**
 * Waits for our pass's mark with a one-line CDP evaluate every POLL_ANNOTATED_MS; returns how many it took. Not
 * Playwright's waitForFunction: that evaluates Playwright's 330 KB injected script in the page (13.5 ms in a trace
 * of the article), which the bench charged to the extension. The page without the extension is polled as many
 * times (`polls`), so the reads cost both sides the same.
 */
const POLL_ANNOTATED_MS = 100;
async function whenAnnotated(cdp: CDPSession, polls = Number.POSITIVE_INFINITY): Promise<number> {
  const started = Date.now();
  let done = 0;
  while (done < polls) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: "performance.getEntriesByName('mekong-lens:annotated').length > 0",
      returnByValue: true,
    });
    done++;
    if (polls === Number.POSITIVE_INFINITY && result.value === true) return done;
    if (Date.now() - started > SETTLE_LIMIT_MS) {
      console.warn('  no annotation mark');
      return done;
    }
    if (done < polls) await new Promise((resolve) => setTimeout(resolve, POLL_ANNOTATED_MS));
  }
  return done;
}
const mark = (page: Page, name: string) =>
  page.evaluate((markName) => performance.getEntriesByName(markName)[0]?.startTime ?? Number.NaN, name);

interface Sample {
  /** Task time of the document up to settling after load. */
  load: number;
  /** Task time of the action after load (appending paragraphs), if any. */
  action: number;
  /** From navigation start to our first highlight, with the extension. */
  firstHighlight: number;
  /** Reads of the annotation mark made during the load (see whenAnnotated). */
  polls: number;
  mentions: number;
  /** The text of each highlight drawn (the highlights baseline draws as many, of the same words). */
  drawn: string[];
}

/**
 * Opens `path`, lets it settle, runs `action` in the page (if any) and lets it settle again. `polls`: wait for our
 * annotation mark (`'annotated'`, with the extension on a Vietnamese page) or read it that many times, as the run
 * with the extension did (without it).
 */
async function measure(
  context: BrowserContext,
  url: string,
  action?: (page: Page) => Promise<void>,
  polls: number | 'annotated' = 0,
): Promise<Sample> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url);
  // With the extension on a Vietnamese page, its pass may wait for the background (a worker starting): wait for it.
  const pollsMade = polls === 'annotated' ? await whenAnnotated(cdp) : polls > 0 ? await whenAnnotated(cdp, polls) : 0;
  const load = await settle(cdp);
  const firstHighlight = await mark(page, 'mekong-lens:first-highlight');
  let actionTime = 0;
  if (action) {
    const before = await taskTime(cdp);
    await action(page);
    actionTime = (await settle(cdp)) - before;
  }
  const drawn = await page.evaluate(
    (kinds) =>
      kinds.flatMap((kind) =>
        [...((CSS.highlights.get(`ml-${kind}`) ?? new Set()) as Set<Range>)].map((range) => range.toString()),
      ),
    [...MENTION_KINDS],
  );
  await page.close();
  return { load, action: actionTime, firstHighlight, mentions: drawn.length, drawn, polls: pollsMade };
}

/**
 * A run with the extension, traced (bench/our-tasks.ts): the longest task that ran our script, our script's time
 * in it, the most of ours in any one task, all of ours, and how many tasks over 50 ms were at least half ours. Of
 * the action alone when the case has one.
 */
async function tracedRun(entry: Case) {
  if (entry.coldWorker) await stopWorker();
  const page = await withExtension.context.newPage();
  const cdp = await withExtension.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const origin = `chrome-extension://${withExtension.extensionId}/`;
  const load = async () => {
    await page.goto(server.url(entry.path));
    if (entry.key !== 'english') await whenAnnotated(cdp);
    await settle(cdp);
  };
  let tasks: OurTasks;
  if (entry.action) {
    const action = entry.action;
    await load();
    tasks = await traceOurTasks(cdp, origin, async () => {
      await action(page);
      await settle(cdp);
    });
  } else tasks = await traceOurTasks(cdp, origin, load);
  await page.close();
  return {
    longestTaskMs: round(tasks.longestTaskMs),
    longestTaskScriptMs: round(tasks.longestTaskScriptMs),
    mostScriptMs: round(tasks.mostScriptMs),
    ourScriptMs: round(tasks.scriptMs),
    tasks: tasks.tasks,
    tasksOver50: tasks.over50,
  };
}

/** Appends paragraphs of the seeds to the page's <main>: all at once ("load more") or one every `everyMs`. */
function appendParagraphs(html: string[], everyMs: number) {
  return (page: Page) =>
    page.evaluate(
      async ({ blocks, every }) => {
        const main = document.querySelector('main') ?? document.body;
        // A reader who asks for more is at the end of what is there: what comes is added just below the viewport.
        window.scrollTo(0, document.documentElement.scrollHeight);
        // No named functions inside evaluate(): tsx would wrap them in a helper the page does not have.
        const template = document.createElement('template');
        if (every === 0) {
          template.innerHTML = blocks.join('');
          main.append(template.content);
          return;
        }
        for (const block of blocks) {
          template.innerHTML = block;
          main.append(template.content);
          await new Promise((resolve) => setTimeout(resolve, every));
        }
      },
      { blocks: html, every: everyMs },
    );
}

/**
 * A one-line ticker at the top of the page, rewritten every `everyMs`, `times` times, while the reader is at the top
 * (review 2026-11-hostile, defect 2): each rewrite names someone, so each is a pass that draws.
 */
function rewriteTicker(lines: string[], everyMs: number) {
  return (page: Page) =>
    page.evaluate(
      async ({ texts, every }) => {
        window.scrollTo(0, 0);
        const ticker = document.createElement('div');
        ticker.id = 'ticker';
        document.body.prepend(ticker);
        for (const text of texts) {
          ticker.textContent = text;
          await new Promise((resolve) => setTimeout(resolve, every));
        }
      },
      { texts: lines, every: everyMs },
    );
}

/** One paragraph whose text is a single node of `chars` characters of the seeds' prose, added below the viewport. */
function appendLongTextNode(chars: number) {
  let text = '';
  for (const block of bigPageBlocks(chars, 5)) {
    if (text.length >= chars) break;
    text += `${block.text} `;
  }
  return (page: Page) =>
    page.evaluate(
      (content) => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        const paragraph = document.createElement('p');
        paragraph.textContent = content;
        (document.querySelector('main') ?? document.body).append(paragraph);
      },
      text.slice(0, chars),
    );
}

const TICKER_LINES = [
  'Thủ tướng Phạm Minh Chính tiếp Thủ tướng Lào Sonexay Siphandone',
  'Kim ngạch thương mại Việt Nam - Lào năm 2024 đạt 2,2 tỷ USD',
  'Chủ tịch nước Lào Thongloun Sisoulith thăm Hà Nội',
  'Thủy điện Nam Theun 2 vận hành ổn định',
  'Tổng Bí thư Tô Lâm hội kiến Tổng Bí thư Lào',
];

// The seeds' paragraphs with their inline markup, as the big pages carry them (another sequence than the page's).
const moreBlocks = bigPageBlocks(400_000, 99)
  .map((block) => block.html)
  .filter((html) => html.startsWith('<p>'));
const loadMore = moreBlocks.slice(0, 1000);
const fifty = moreBlocks.slice(0, 50);

interface Case {
  key: string;
  label: string;
  path: string;
  action?: (page: Page) => Promise<void>;
  /** Stop the service worker before each run with the extension. */
  coldWorker?: boolean;
}

const ALL_CASES: Case[] = [
  { key: 'english', label: 'English page', path: '/english.html' },
  { key: 'article', label: 'article, 25 KB', path: '/big/25000.html' },
  {
    key: 'article-cold',
    label: 'article, first page after a worker restart',
    path: '/big/25000.html',
    coldWorker: true,
  },
  { key: 'page1mb', label: '1 MB page', path: '/big/1000000.html' },
  {
    key: 'loadMore',
    label: 'article + load more, 1,000 paragraphs',
    path: '/big/25000.html',
    action: appendParagraphs(loadMore, 0),
  },
  {
    key: 'ticker',
    label: '1 MB page, a ticker line rewritten each second ×10',
    path: '/big/1000000.html',
    action: rewriteTicker([...TICKER_LINES, ...TICKER_LINES], 1000),
  },
  {
    key: 'longNode',
    label: 'article + one text node of 1,000,000 characters',
    path: '/big/25000.html',
    action: appendLongTextNode(1_000_000),
  },
  {
    key: 'append50',
    label: '1 MB page + 50 paragraphs, one per 100 ms',
    path: '/big/1000000.html',
    action: appendParagraphs(fifty, 100),
  },
];

// `CASES=english,article npm run bench:browser` runs only those cases (while working on one); `BASELINES=1` adds
// the baselines of the article and the 1 MB page when their cases run.
const CASES = process.env.CASES
  ? ALL_CASES.filter((entry) => process.env.CASES?.split(',').includes(entry.key))
  : ALL_CASES;
const server = await startServer();
const withExtension = await launchWithExtension();

// 10,000 entities: the curated base and a synthetic pack, imported as a reader would (options page).
const pack = syntheticPack(10_000 - bundledFactBase.entities.length);
const options = await withExtension.context.newPage();
await options.goto(withExtension.extensionUrl('options.html'));
const imported = await askBackground(options, {
  type: 'import-fact-pack',
  data: pack,
  fileName: 'synthetic-10000.json',
});
if (!imported.ok) throw new Error(`the synthetic pack was refused: ${JSON.stringify(imported.errors).slice(0, 500)}`);
await options.close();

const plainDir = mkdtempSync(join(tmpdir(), 'mekong-lens-plain-'));
const browserArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const without = await chromium.launchPersistentContext(plainDir, {
  executablePath: ensureChromium(),
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: browserArgs,
});

/**
 * The floor of being there at all: an extension whose content script (same matches, frames and timing as ours) is
 * empty. What it costs a page is the browser's, not ours; it is measured on the English page beside ours.
 */
const emptyDir = mkdtempSync(join(tmpdir(), 'mekong-lens-empty-'));
writeFileSync(
  join(emptyDir, 'manifest.json'),
  JSON.stringify({
    manifest_version: 3,
    name: 'Empty content script',
    version: '1.0.0',
    content_scripts: [
      { matches: ['http://*/*', 'https://*/*'], js: ['empty.js'], run_at: 'document_idle', all_frames: true },
    ],
  }),
);
writeFileSync(join(emptyDir, 'empty.js'), '');
const emptyProfile = mkdtempSync(join(tmpdir(), 'mekong-lens-empty-profile-'));
const withEmpty = await chromium.launchPersistentContext(emptyProfile, {
  executablePath: ensureChromium(),
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: [`--disable-extensions-except=${emptyDir}`, `--load-extension=${emptyDir}`, ...browserArgs],
});

/** Stops the extension's service worker, as the browser does after 30 s idle. */
async function stopWorker(): Promise<void> {
  const page = withExtension.context.pages()[0] ?? (await withExtension.context.newPage());
  const cdp = await withExtension.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** Our pass runs (and marks its end) on every page of the bench but the English one. */
const annotates = (path: string) => (path === '/english.html' ? 0 : 'annotated');

// A first visit of each page in both browsers: the page server's cache and the browsers' code caches warm up.
for (const { path } of CASES) {
  const warm = await measure(withExtension.context, server.url(path), undefined, annotates(path));
  await measure(without, server.url(path), undefined, warm.polls);
}

console.log(`Mekong Lens in Chromium, 10,000 entities: extra main-thread task time, medians of ${RUNS} runs\n`);
const results: Record<string, Record<string, number | null | Array<number | null>>> = {};
/** What our last run of each case drew, highlight by highlight. */
const drawnTexts: Record<string, string[]> = {};
const rows: string[][] = [];
for (const entry of CASES) {
  const ours: Sample[] = [];
  const plain: Sample[] = [];
  const empty: Sample[] = [];
  for (let run = 0; run < RUNS; run++) {
    if (entry.coldWorker) await stopWorker();
    const sample = await measure(withExtension.context, server.url(entry.path), entry.action, annotates(entry.path));
    ours.push(sample);
    plain.push(await measure(without, server.url(entry.path), entry.action, sample.polls));
    if (entry.key === 'english') empty.push(await measure(withEmpty, server.url(entry.path), undefined, sample.polls));
  }
  const extraLoad = median(ours.map((sample, index) => sample.load - (plain[index] as Sample).load));
  const extraAction = median(ours.map((sample, index) => sample.action - (plain[index] as Sample).action));
  // Each run's difference, for the range: on the 1 MB page the page's own time varies by more than our budget.
  const extras = ours.map((sample, index) =>
    entry.action ? sample.action - (plain[index] as Sample).action : sample.load - (plain[index] as Sample).load,
  );
  drawnTexts[entry.key] = ours.at(-1)?.drawn ?? [];
  const result = {
    extraMs: round(entry.action ? extraAction : extraLoad),
    extraRangeMs: [round(Math.min(...extras)), round(Math.max(...extras))],
    loadExtraMs: round(extraLoad),
    withoutMs: round(median(plain.map((sample) => (entry.action ? sample.action : sample.load)))),
    // One more run, traced: the tasks that ran our script (of the action alone, when there is one).
    ...(await tracedRun(entry)),
    firstHighlightMs: round(median(ours.map((sample) => sample.firstHighlight))),
    mentions: median(ours.map((sample) => sample.mentions)),
    ...(empty.length
      ? { emptyScriptExtraMs: round(median(empty.map((sample, index) => sample.load - (plain[index] as Sample).load))) }
      : {}),
  };
  results[entry.key] = result;
  rows.push([
    entry.label,
    signed(result.extraMs ?? Number.NaN),
    ms(result.withoutMs ?? Number.NaN),
    `${ms(result.longestTaskMs ?? Number.NaN)} (${ms(result.longestTaskScriptMs ?? Number.NaN)} ours)`,
    ms(result.mostScriptMs ?? Number.NaN),
    ms(result.ourScriptMs ?? Number.NaN),
    `${result.tasksOver50} of ${result.tasks}`,
    ms(result.firstHighlightMs ?? Number.NaN),
    String(result.mentions),
  ]);
  console.log(
    `  ${entry.label}: ${signed(result.extraMs ?? Number.NaN)} (runs ${extras.map((extra) => extra.toFixed(0)).join(' / ')})` +
      (result.emptyScriptExtraMs !== undefined
        ? ` (an extension with an empty content script: ${signed(result.emptyScriptExtraMs ?? Number.NaN)})`
        : ''),
  );
}

// Baselines, in the browser without the extension: the floor and mark.js (which changes the DOM: a fresh page each).
const require = createRequire(import.meta.url);
const markJs = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
const sixtyNames = bundledFactBase.entities
  .filter((entity) => entity.highlight !== false)
  .map((entity) => entity.name)
  .slice(0, 60);
const tenThousandNames = [...bundledFactBase.entities, ...pack.entities].map((entity) => entity.name);
const highlightsCss = readFileSync(new URL('../extension/entrypoints/highlights.css', import.meta.url), 'utf8');
type Baseline = 'floor' | 'highlights' | 'markSixty' | 'markRegExp';
/**
 * `highlights`: what drawing costs any highlighter, with no extension: the page itself walks its text, makes a
 * range for each occurrence of the words our last run drew, as many as it drew, and registers them with our
 * styles (in place before the measure, as the manifest puts ours) — the ranges, the registry and the repaint.
 */
async function baseline(path: string, which: Baseline, drawn: string[] = []): Promise<number> {
  const page = await without.newPage();
  const cdp = await without.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(server.url(path));
  await settle(cdp);
  if (which === 'markSixty' || which === 'markRegExp') await page.addScriptTag({ content: markJs });
  if (which === 'highlights') await page.addStyleTag({ content: highlightsCss });
  // Playwright's own script for evaluating functions is set up by its first evaluate: before the measure, not in it.
  await page.evaluate(() => 0);
  await settle(cdp);
  const before = await taskTime(cdp);
  await page.evaluate(
    ({ kind, sixty, all, words }) => {
      type Marker = { mark(names: string[], options: object): void; markRegExp(re: RegExp, options: object): void };
      const Mark = (window as unknown as { Mark: new (root: Element) => Marker }).Mark;
      if (kind === 'highlights') {
        const distinct = [...new Set(words)];
        const highlight = new Highlight();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (highlight.size < words.length && walker.nextNode()) {
          const text = walker.currentNode.nodeValue ?? '';
          for (const word of distinct) {
            for (
              let at = text.indexOf(word);
              at >= 0 && highlight.size < words.length;
              at = text.indexOf(word, at + 1)
            ) {
              const range = new Range();
              range.setStart(walker.currentNode, at);
              range.setEnd(walker.currentNode, at + word.length);
              highlight.add(range);
            }
          }
        }
        CSS.highlights.set('ml-place', highlight);
      } else if (kind === 'floor') {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let length = 0;
        while (walker.nextNode()) length += (walker.currentNode.nodeValue ?? '').length;
        (window as unknown as { __length: number }).__length = length;
      } else if (kind === 'markSixty') {
        new Mark(document.body).mark(sixty, { separateWordSearch: false, diacritics: true });
      } else {
        const escaped = all.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        new Mark(document.body).markRegExp(new RegExp(escaped.join('|'), 'g'), {});
      }
    },
    // Each carries only the names it uses: sending the 10,000 to the page cost the floor about 40 ms.
    {
      kind: which,
      sixty: which === 'markSixty' ? sixtyNames : [],
      all: which === 'markRegExp' ? tenThousandNames : [],
      words: drawn,
    },
  );
  const spent = (await settle(cdp)) - before;
  await page.close();
  return spent;
}
const baselines: Record<string, Record<string, number | null>> = {};
// Measured when every case runs, or for the cases run with `BASELINES=1`.
const BASELINE_PAGES = [
  ['article', '/big/25000.html'],
  ['page1mb', '/big/1000000.html'],
] as const;
for (const [key, path] of BASELINE_PAGES.filter(
  ([key]) => !process.env.CASES || (process.env.BASELINES === '1' && CASES.some((entry) => entry.key === key)),
)) {
  const figures: Record<string, number | null> = {};
  for (const which of ['floor', 'highlights', 'markSixty', 'markRegExp'] as const) {
    // mark.js with 60 names takes many seconds on the 1 MB page: one run there.
    const runs = key === 'page1mb' && which === 'markSixty' ? 1 : RUNS;
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) samples.push(await baseline(path, which, drawnTexts[key]));
    figures[which] = round(median(samples));
  }
  baselines[key] = figures;
}
await without.close();
await withEmpty.close();
for (const dir of [plainDir, emptyDir, emptyProfile]) rmSync(dir, { recursive: true, force: true });
await withExtension.close();
await server.close();

const header = [
  'case',
  'extra task time',
  'page alone',
  'longest task running ours',
  'most of ours in a task',
  'our script, all',
  'tasks > 50 ms, half ours',
  'first highlight',
  'mentions',
];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column] as number)).join('  ');
console.log(`\n${line(header)}`);
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
console.log(
  '\nBaselines in the browser without the extension (task time of the pass itself, style and layout included):',
);
for (const [key, figures] of Object.entries(baselines)) {
  const ours = Number(results[key]?.extraMs ?? Number.NaN);
  console.log(
    `  ${key}: floor ${ms(figures.floor ?? Number.NaN)}, highlights alone (${drawnTexts[key]?.length ?? 0} ranges) ${ms(figures.highlights ?? Number.NaN)}, mark.js 60 names ${ms(figures.markSixty ?? Number.NaN)}, ` +
      `mark.js markRegExp 10,000 names ${ms(figures.markRegExp ?? Number.NaN)}; ours ${(ours / (figures.floor ?? Number.NaN)).toFixed(1)}× the floor, ` +
      `${((figures.markSixty ?? Number.NaN) / ours).toFixed(0)}× less than mark.js`,
  );
}
console.log(
  '\nBudgets (DESIGN.md, 10,000 entities): a page that is not Vietnamese < 1 ms, an article ≤ 10 ms, the 1 MB page ≤ 150 ms, no task of ours > 50 ms, a load more no more than annotating it.',
);
console.log(JSON.stringify({ runs: RUNS, cases: results, baselines }));
