import { describe, expect, it } from 'vitest';
import { openSeed, pageMentions, useExtension } from './support/extension.ts';
import { highlightSizes, setSettings as setSettingsIn, total } from './support/ui.ts';

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
});
