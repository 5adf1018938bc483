import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askBackground, EXTENSION_DIR, pageMentions, useExtension } from './support/extension.ts';

const env = useExtension();

describe('the built extension in Chromium', () => {
  it('starts its service worker, which answers the extension pages', async () => {
    const manifest = await env.session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest).toMatchObject({ name: 'Mekong Lens', manifest_version: 3 });
    const popup = await env.session.context.newPage();
    await popup.goto(env.session.extensionUrl('popup.html'));
    const answer = await askBackground(popup, { type: 'ping' });
    expect(answer).toEqual({ ok: true, version: manifest.version });
    await popup.close();
  });

  it('has icons at every size the toolbar and the stores ask for, and the shortcuts as rebindable commands', async () => {
    const manifest = await env.session.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
    for (const [size, path] of Object.entries(manifest.icons ?? {})) {
      const png = readFileSync(join(EXTENSION_DIR, path));
      // A PNG's IHDR holds its width and height at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([Number(size), Number(size)]);
    }
    const commands = await env.session.worker.evaluate(() => chrome.commands.getAll());
    expect(commands.filter((command) => command.name?.endsWith('-mention'))).toEqual([
      expect.objectContaining({ name: 'next-mention', shortcut: 'Alt+Shift+J' }),
      expect.objectContaining({ name: 'previous-mention', shortcut: 'Alt+Shift+K' }),
    ]);
  });

  it('runs its content script on a Vietnamese news page', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/seed/001_5c7b4323a7a94c0f.txt.html'));
    await expect.poll(() => pageMentions(env.session, page).catch(() => undefined)).toMatchObject({ lang: 'vi' });
    const answer = await pageMentions(env.session, page);
    expect(answer.url).toBe(page.url());
    await page.close();
  });

  it('recognises a Vietnamese page that declares no language', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/seed-nolang/004_8af0e2a929b6679e.txt.html'));
    await expect.poll(() => pageMentions(env.session, page).catch(() => undefined)).toMatchObject({ lang: 'vi' });
    await page.close();
  });

  it('stays out of an English page', async () => {
    const vietnamese = await env.session.context.newPage();
    await vietnamese.goto(env.server.url('/seed/000_a152b25d463c024e.txt.html'));
    await expect.poll(() => pageMentions(env.session, vietnamese).catch(() => undefined)).toBeDefined();
    const english = await env.session.context.newPage();
    await english.goto(env.server.url('/english.html'));
    await english.waitForLoadState('load');
    await expect(pageMentions(env.session, english)).rejects.toThrow(/Receiving end does not exist/);
    await vietnamese.close();
    await english.close();
  });

  it('renders the popup and the side panel', async () => {
    for (const name of ['popup.html', 'sidepanel.html', 'options.html']) {
      const page = await env.session.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(env.session.extensionUrl(name));
      await expect.poll(() => page.locator('#app').innerText()).toContain('Mekong Lens');
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
