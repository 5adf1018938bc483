/**
 * `npm run soak -- --pages 10000 [--seed 1]`: the content script's law on random hostile pages (e2e/support/
 * random-dom.ts) in Chromium, one after another, for as long as asked — not in CI, which keeps the short run of
 * e2e/never-break.e2e.ts. Each page is loaded, annotated, then changed the way hostile pages change (names typed
 * into its editors, put into code, buttons, hidden spans and closed <details>: e2e/support/law.ts) and annotated
 * again. It reports the pages, exceptions thrown into them, our warnings, DOM changes, focus moves, highlights in
 * editable or hidden text, and the slowest page. Seeds are fixed: a page that broke is printed with its seed and
 * saved, and `--seed N --pages 1` replays it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, storeSettings } from './support/extension.ts';
import { hostileChanges, pageViolations, watchPage } from './support/law.ts';
import { randomPage, renderDocument } from './support/random-dom.ts';
import { startServer } from './support/server.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} takes a whole number`);
  return value;
};
const PAGES = option('pages', 1000);
const FIRST = option('seed', 1);
/** How long a page may take to be annotated before it counts as never annotated. */
const PAGE_TIMEOUT_MS = 20_000;
const ARTIFACTS = fileURLToPath(new URL('./artifacts/', import.meta.url));
const NAME = 'Tổng Bí thư Tô Lâm';

interface Broken {
  seed: number;
  problems: string[];
}

const server = await startServer();
const session = await launchWithExtension();
// Random pages are not articles: every read text of the page counts.
const options = await session.context.newPage();
await options.goto(session.extensionUrl('options.html'));
await storeSettings(options, { scope: 'page' });
await options.close();

const totals = { pages: 0, exceptions: 0, warnings: 0, domChanges: 0, focusMoves: 0, unreadable: 0, unannotated: 0 };
const broken: Broken[] = [];
const times: Array<{ seed: number; ms: number }> = [];
const started = performance.now();

/** The page's latest pass mark (the annotator marks each finished pass), or 0. */
const lastPass = (page: import('playwright-core').Page) =>
  page.evaluate(() => performance.getEntriesByName('mekong-lens:pass').at(-1)?.startTime ?? 0);

for (let seed = FIRST; seed < FIRST + PAGES; seed++) {
  const page = await session.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('console', (message) => {
    if (message.text().includes('Mekong Lens')) problems.push(`warning: ${message.text()}`);
  });
  await watchPage(page);
  try {
    await page.goto(server.url(`/random/${seed}.html`));
    const annotated = await page
      .waitForFunction(() => performance.getEntriesByName('mekong-lens:annotated').length > 0, undefined, {
        timeout: PAGE_TIMEOUT_MS,
        polling: 50,
      })
      .then(() => true)
      .catch(() => false);
    if (!annotated) {
      problems.push('never annotated');
      totals.unannotated++;
    }
    times.push({
      seed,
      ms: await page.evaluate(() => {
        const start = performance.getEntriesByName('mekong-lens:start')[0]?.startTime ?? 0;
        const done = performance.getEntriesByName('mekong-lens:annotated')[0]?.startTime ?? start;
        return done - start;
      }),
    });
    const [before, loaded] = await page.evaluate(() => [
      (window as unknown as { __before: string }).__before,
      document.documentElement.outerHTML,
    ]);
    if (loaded !== before) problems.push('DOM changed on load');
    const pass = await lastPass(page);
    const changed = await hostileChanges(page, NAME);
    await page
      .waitForFunction(
        (pass) => (performance.getEntriesByName('mekong-lens:pass').at(-1)?.startTime ?? 0) > pass,
        pass,
        {
          timeout: PAGE_TIMEOUT_MS,
          polling: 50,
        },
      )
      .catch(() => problems.push('no pass after the page changed'));
    if ((await page.evaluate(() => document.documentElement.outerHTML)) !== changed)
      problems.push('DOM changed after the page changed');
    const violations = await pageViolations(page);
    if (violations.focusMoves > 0) problems.push(`focus moved ${violations.focusMoves} times`);
    for (const text of violations.unreadable) problems.push(`highlight in unreadable text: ${text}`);
    totals.focusMoves += violations.focusMoves;
    totals.unreadable += violations.unreadable.length;
  } catch (error) {
    problems.push(`soak: ${error instanceof Error ? error.message : String(error)}`);
  }
  totals.pages++;
  totals.exceptions += problems.filter((problem) => problem.startsWith('exception')).length;
  totals.warnings += problems.filter((problem) => problem.startsWith('warning')).length;
  totals.domChanges += problems.filter((problem) => problem.startsWith('DOM changed')).length;
  if (problems.length > 0) {
    broken.push({ seed, problems });
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = `${ARTIFACTS}soak-${seed}.html`;
    writeFileSync(file, renderDocument(randomPage(seed), `Trang ngẫu nhiên ${seed}`));
    console.log(`page ${seed} broke the law (${file}; replay: npm run soak -- --seed ${seed} --pages 1):`);
    for (const problem of problems.slice(0, 10)) console.log(`  ${problem}`);
  }
  await page.close();
  if (totals.pages % 100 === 0) console.log(`… ${totals.pages} pages, ${broken.length} broke the law`);
}

await session.close();
await server.close();

const sorted = [...times].sort((a, b) => a.ms - b.ms);
const slowest = sorted.at(-1);
const median = sorted[Math.floor(sorted.length / 2)]?.ms ?? 0;
const seconds = ((performance.now() - started) / 1000).toFixed(0);
console.log(`\nsoak: ${totals.pages} random hostile pages (seeds ${FIRST}–${FIRST + PAGES - 1}) in ${seconds} s`);
console.log(`  exceptions thrown into pages:          ${totals.exceptions}`);
console.log(`  our warnings:                          ${totals.warnings}`);
console.log(`  DOM changes:                           ${totals.domChanges}`);
console.log(`  focus moves:                           ${totals.focusMoves}`);
console.log(`  highlights in editable or hidden text: ${totals.unreadable}`);
console.log(`  pages never annotated:                 ${totals.unannotated}`);
if (slowest)
  console.log(
    `  slowest page: seed ${slowest.seed}, annotated in ${slowest.ms.toFixed(0)} ms (median ${median.toFixed(0)} ms)`,
  );
if (broken.length > 0) {
  console.log(`${broken.length} pages broke the law; the first: seed ${broken[0]?.seed}`);
  process.exit(1);
}
