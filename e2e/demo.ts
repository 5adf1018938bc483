/**
 * `npm run demo`: the built extension in Chromium on a local copy of a seed article. With a display, the
 * browser stays open for you to read and hover (close it to finish); without one (a server, CI), the demo
 * takes a screenshot and says where it is.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, pageMentions } from './support/extension.ts';
import { startServer } from './support/server.ts';

const ARTICLE = '/seed/002_f3f953fad2599bae.txt.html';
const SCREENSHOT = fileURLToPath(new URL('./artifacts/demo.png', import.meta.url));

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
const server = await startServer();
const session = await launchWithExtension({ headless: !headed });
const page = session.context.pages()[0] ?? (await session.context.newPage());
await page.goto(server.url(ARTICLE));

const mentions = await (async () => {
  for (let attempt = 0; attempt < 50; attempt++) {
    const answer = await pageMentions(session, page).catch(() => undefined);
    if (answer) return answer.mentions;
    await page.waitForTimeout(100);
  }
  throw new Error('The content script did not answer on the seed article.');
})();
console.log(`Mekong Lens is active on ${page.url()}: ${mentions.length} mentions highlighted.`);

// Open the card of the first person the article names, as a reader hovering it would.
const point = await page.evaluate(() => {
  const [range] = (CSS.highlights.get('ml-person') ?? new Set()) as Set<Range>;
  const rect = range?.getClientRects()[0];
  return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : undefined;
});
if (point) {
  await page.mouse.move(point.x, point.y);
  await page
    .locator('mekong-lens-card .ml-card')
    .waitFor({ timeout: 5000 })
    .catch(() => undefined);
}

if (headed) {
  console.log('Hover a highlighted name or figure to see its card. Close the browser window to finish.');
  await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
} else {
  mkdirSync(fileURLToPath(new URL('./artifacts/', import.meta.url)), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });
  console.log(`No display here: screenshot saved to ${SCREENSHOT}`);
  await session.close();
}
await server.close();
