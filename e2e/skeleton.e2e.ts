import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionSession, launchWithExtension, pageMentions } from './support/extension.ts';
import { startServer, type TestServer } from './support/server.ts';

let session: ExtensionSession;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the built extension in Chromium', () => {
  it('starts its service worker, which answers the extension pages', async () => {
    const manifest = await session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest).toMatchObject({ name: 'Mekong Lens', manifest_version: 3 });
    const popup = await session.context.newPage();
    await popup.goto(session.extensionUrl('popup.html'));
    const answer = await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'ping' }));
    expect(answer).toEqual({ ok: true, version: manifest.version });
    await popup.close();
  });

  it('runs its content script on a Vietnamese news page', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/seed/001_5c7b4323a7a94c0f.txt.html'));
    await expect.poll(() => pageMentions(session, page).catch(() => undefined)).toMatchObject({ lang: 'vi' });
    const answer = await pageMentions(session, page);
    expect(answer.url).toBe(page.url());
    await page.close();
  });

  it('recognises a Vietnamese page that declares no language', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/seed-nolang/004_8af0e2a929b6679e.txt.html'));
    await expect.poll(() => pageMentions(session, page).catch(() => undefined)).toMatchObject({ lang: 'vi' });
    await page.close();
  });

  it('stays out of an English page', async () => {
    const vietnamese = await session.context.newPage();
    await vietnamese.goto(server.url('/seed/000_a152b25d463c024e.txt.html'));
    await expect.poll(() => pageMentions(session, vietnamese).catch(() => undefined)).toBeDefined();
    const english = await session.context.newPage();
    await english.goto(server.url('/english.html'));
    await english.waitForLoadState('load');
    await expect(pageMentions(session, english)).rejects.toThrow(/Receiving end does not exist/);
    await vietnamese.close();
    await english.close();
  });

  it('renders the popup and the side panel', async () => {
    for (const name of ['popup.html', 'sidepanel.html', 'options.html']) {
      const page = await session.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(session.extensionUrl(name));
      await expect.poll(() => page.locator('#app').innerText()).toContain('Mekong Lens');
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
