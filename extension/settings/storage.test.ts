import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from './settings.ts';
import {
  adoptLegacySettings,
  listSites,
  loadSettings,
  saveSettings,
  setSiteChoice,
  setSiteEnabled,
  siteState,
  watchSettings,
} from './storage.ts';

afterEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('settings in storage.local', () => {
  it('gives the defaults before anything is set, and what was set over them', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ kinds: ['person', 'figure'] });
    await saveSettings({ language: 'en' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, kinds: ['person', 'figure'], language: 'en' });
    expect(await stored('settings')).toMatchObject({ kinds: ['person', 'figure'], language: 'en' });
  });

  it('does not let a caller change the defaults through a returned value', async () => {
    (await loadSettings()).kinds.pop();
    expect((await loadSettings()).kinds).toEqual(DEFAULT_SETTINGS.kinds);
  });

  it('replaces a corrupt setting by its default with a warning, keeping the others and the site choices', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await setSiteEnabled('nhandan.vn', false);
    await fakeBrowser.storage.local.set({
      settings: { enabled: 'yes', kinds: ['person', 'weapon'], language: 'en', theme: 'dark', stray: 1 },
    });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', theme: 'dark' });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]?.[0])).toContain('enabled');
    expect((await siteState('nhandan.vn')).enabled).toBe(false);

    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await siteState('nhandan.vn')).enabled).toBe(false);
  });

  it('tells every watcher of a change, checked', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((settings) => seen.push(settings.theme));
    await saveSettings({ theme: 'dark' });
    await vi.waitFor(() => expect(seen).toEqual(['dark']));
    stop();
    await saveSettings({ theme: 'light' });
    expect(seen).toEqual(['dark']);
  });
});

describe('site choices in storage.local', () => {
  it('keeps a choice per hostname, case-insensitively, and forgets one that repeats the site mode', async () => {
    expect(await setSiteEnabled('NhanDan.vn', false)).toMatchObject({ enabled: false, choice: false });
    await setSiteChoice('tienphong.vn', { enabled: true, kinds: ['person'] });
    expect(await listSites()).toEqual([
      { hostname: 'nhandan.vn', enabled: false, updatedAt: expect.any(Number) },
      { hostname: 'tienphong.vn', enabled: true, kinds: ['person'], updatedAt: expect.any(Number) },
    ]);
    expect(await setSiteEnabled('nhandan.vn', true)).toEqual({
      hostname: 'nhandan.vn',
      enabled: true,
      globalEnabled: true,
      siteMode: 'everywhere-except',
    });
    await setSiteChoice('tienphong.vn', undefined);
    expect(await listSites()).toEqual([]);
  });

  it('highlights only listed sites in only-listed mode, and none when switched off globally', async () => {
    await saveSettings({ siteMode: 'only-listed' });
    await setSiteEnabled('nhandan.vn', true);
    expect((await siteState('nhandan.vn')).enabled).toBe(true);
    expect((await siteState('tuoitre.vn')).enabled).toBe(false);
    await saveSettings({ enabled: false });
    expect(await siteState('nhandan.vn')).toMatchObject({ enabled: false, choice: true, globalEnabled: false });
  });

  it('leaves out a corrupt choice with a warning, keeping the others', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.local.set({
      sites: { 'a.vn': { enabled: false, updatedAt: 1 }, 'b.vn': { enabled: 'no' }, 'c.vn': null },
    });
    expect((await listSites()).map((site) => site.hostname)).toEqual(['a.vn']);
    expect(warn).toHaveBeenCalledTimes(2);
  });
});

describe('settings an older version kept in the database', () => {
  const legacy = {
    settings: [
      { key: 'enabled', value: true },
      { key: 'language', value: 'en' },
      { key: 'kinds', value: ['person'] },
    ],
    sites: [{ hostname: 'nhandan.vn', enabled: false, updatedAt: 5 }],
  };

  it('move here once, so a reader who upgrades keeps their sites, language and options', async () => {
    expect(await adoptLegacySettings(legacy)).toBe(true);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', kinds: ['person'] });
    expect(await listSites()).toEqual([{ hostname: 'nhandan.vn', enabled: false, updatedAt: 5 }]);
    // What the reader changed since is never overwritten by the old rows.
    await saveSettings({ language: 'vi' });
    expect(await adoptLegacySettings(legacy)).toBe(false);
    expect((await loadSettings()).language).toBe('vi');
  });
});
