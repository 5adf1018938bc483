import { describe, expect, it } from 'vitest';
import { openSeed, pageMentions, useExtension } from './support/extension.ts';
import { highlightSizes, openExtensionPage, setSettings as setSettingsIn, total } from './support/ui.ts';

const env = useExtension();

const setSettings = (patch: Record<string, unknown>) => setSettingsIn(env.session, patch);
const drawnKinds = (sizes: Record<string, number>) => Object.keys(sizes).filter((name) => (sizes[name] ?? 0) > 0);

describe('the reader’s choices, applied to open pages at once', () => {
  it('draws only the first mention of each entity (every figure still), and every mention again when asked', async () => {
    const page = await openSeed(env.session, env.server, '001_5c7b4323a7a94c0f.txt');
    const { mentions } = await pageMentions(env.session, page);
    const names = mentions.filter((mention) => mention.kind !== 'figure');
    const entities = new Set(names.map((mention) => mention.entity.id));
    const figures = mentions.length - names.length;
    expect(entities.size).toBeLessThan(names.length);
    expect(figures).toBeGreaterThan(0);
    expect(total(await highlightSizes(page))).toBe(mentions.length);

    await setSettings({ mode: 'first' });
    await expect.poll(async () => total(await highlightSizes(page))).toBe(entities.size + figures);
    // The side panel still lists every mention.
    expect((await pageMentions(env.session, page)).mentions).toHaveLength(mentions.length);

    await setSettings({ mode: 'all' });
    await expect.poll(async () => total(await highlightSizes(page))).toBe(mentions.length);
    await page.close();
  });

  it('highlights only the kinds the reader keeps', async () => {
    const page = await openSeed(env.session, env.server, '004_8af0e2a929b6679e.txt');
    await setSettings({ kinds: ['person'] });
    await expect.poll(async () => drawnKinds(await highlightSizes(page))).toEqual(['ml-person']);
    const { mentions } = await pageMentions(env.session, page);
    expect(new Set(mentions.map((mention) => mention.kind))).toEqual(new Set(['person']));
    await setSettings({ kinds: ['person', 'organization', 'place', 'project', 'agreement', 'event', 'figure'] });
    await expect.poll(async () => drawnKinds(await highlightSizes(page)).length).toBeGreaterThan(1);
    await page.close();
  });

  it('loads nothing on a page of a switched-off site, and highlights it once the site is switched on, without a reload', async () => {
    const options = await openExtensionPage(env.session, 'options.html', undefined, { width: 800, height: 600 });
    const setSites = (sites: object) => options.evaluate((value) => chrome.storage.local.set({ sites: value }), sites);
    await setSites({ '127.0.0.1': { enabled: false, updatedAt: 1 } });
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/seed/004_8af0e2a929b6679e.txt.html'));
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    // The first script answers for the page: Vietnamese, nothing mentioned, no highlight.
    await expect
      .poll(() => pageMentions(env.session, page).catch(() => null))
      .toMatchObject({ lang: 'vi', mentions: [] });
    expect(total(await highlightSizes(page))).toBe(0);

    await setSites({});
    await expect.poll(async () => total(await highlightSizes(page))).toBeGreaterThan(5);
    expect((await pageMentions(env.session, page)).mentions.length).toBeGreaterThan(5);
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await page.close();
    await options.close();
  });
});
