// @vitest-environment happy-dom
/**
 * The options page as a reader uses it: each switch, box, choice and list changes what the background stores,
 * through the real message helper (a fake background at the browser's message boundary), and the page shows
 * what was stored — in the language just chosen.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SiteChoiceRecord } from '../../db/database.ts';
import { DEFAULT_SETTINGS, type Settings } from '../../db/settings.ts';
import type { PackSummary, Status } from '../../messaging/protocol.ts';
import { fakeBackground } from '../../testing/fake-background.ts';
import { useLanguage } from '../../ui/catalogues.ts';
import { Options } from './options-page.tsx';

/** What the background keeps. */
let stored: Settings;
let sites: SiteChoiceRecord[];
let packs: PackSummary[];
let requests: ReturnType<typeof fakeBackground>;

beforeEach(() => {
  stored = structuredClone({ ...DEFAULT_SETTINGS });
  sites = [];
  packs = [{ id: 'p1', name: 'Gói thử', importedAt: 1, entities: 2, facts: 3 }];
  const status = (): Status => ({
    bundleVersion: 'v1',
    version: 'v1',
    seededVersion: 'v1',
    database: 'ready',
    counts: { entities: 10, facts: 20 },
    packs,
  });
  requests = fakeBackground({
    'get-settings': () => stored,
    'set-settings': ({ patch }) => {
      stored = { ...stored, ...patch };
      return stored;
    },
    status,
    'list-sites': () => sites,
    'set-site-enabled': ({ hostname, enabled }) => {
      sites = [...sites.filter((site) => site.hostname !== hostname), { hostname, enabled, updatedAt: 1 }];
      return { hostname, enabled, choice: enabled, globalEnabled: stored.enabled, siteMode: stored.siteMode };
    },
    'clear-site': ({ hostname }) => {
      sites = sites.filter((site) => site.hostname !== hostname);
      return { ok: true };
    },
    'export-notes': () => ({ format: 'mekong-lens-notes', version: 1, exportedAt: '2026-11-30', notes: [], pins: [] }),
    'remove-fact-pack': ({ id }) => {
      packs = packs.filter((pack) => pack.id !== id);
      return { ok: true };
    },
  });
  // The fake browser has no commands: the shortcuts' list stays empty.
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([]);
});

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  vi.restoreAllMocks();
  useLanguage('vi');
});

/** The page, once its settings have arrived. */
async function page(): Promise<void> {
  render(<Options />);
  await screen.findByRole('heading', { level: 1 });
}

const settingsSent = () => requests.flatMap((request) => (request.type === 'set-settings' ? [request.patch] : []));

describe('the options page', () => {
  it('switches highlighting off and on, the switch showing what is stored', async () => {
    await page();
    const enabled = screen.getByRole('switch', { name: 'Làm nổi bật trên các trang tin' }) as HTMLInputElement;
    expect(enabled.checked).toBe(true);
    fireEvent.click(enabled);
    // The switch says "off" once the background has stored it, and shows what came back.
    await waitFor(() => expect(enabled.getAttribute('aria-checked')).toBe('false'));
    expect(stored.enabled).toBe(false);
    expect(enabled.checked).toBe(false);
    fireEvent.click(enabled);
    await waitFor(() => expect(enabled.getAttribute('aria-checked')).toBe('true'));
    expect(stored.enabled).toBe(true);
    expect(settingsSent()).toEqual([{ enabled: false }, { enabled: true }]);
  });

  it('stores the kinds to highlight, in their fixed order, without the one switched off', async () => {
    await page();
    fireEvent.click(screen.getByRole('checkbox', { name: /Địa danh/ }));
    await waitFor(() => expect(stored.kinds).not.toContain('place'));
    expect(stored.kinds).toEqual(DEFAULT_SETTINGS.kinds.filter((kind) => kind !== 'place'));
    fireEvent.click(screen.getByRole('checkbox', { name: /Địa danh/ }));
    await waitFor(() => expect(stored.kinds).toEqual(DEFAULT_SETTINGS.kinds));
  });

  it('stores a choice, accent-less names and every number', async () => {
    await page();
    fireEvent.click(screen.getByRole('radio', { name: 'chỉ lần nhắc đầu tiên' }));
    await waitFor(() => expect(stored.mode).toBe('first'));
    fireEvent.click(screen.getByRole('switch', { name: /không dấu/ }));
    await waitFor(() => expect(stored.accentless).toBe(false));
    expect((screen.getByRole('radio', { name: 'chỉ lần nhắc đầu tiên' }) as HTMLInputElement).checked).toBe(true);
  });

  it('speaks the language chosen, at once', async () => {
    await page();
    fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mekong Lens · Options'));
    expect(stored.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('refuses a hostname that is not one and sends nothing; adds a real one as the host alone', async () => {
    await page();
    const box = screen.getByRole('textbox', { name: 'Tên miền, ví dụ nhandan.vn' });
    fireEvent.input(box, { target: { value: 'not a host' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm trang' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tên miền không hợp lệ.');
    expect(requests.some((request) => request.type === 'set-site-enabled')).toBe(false);

    fireEvent.input(box, { target: { value: 'https://NhanDan.vn/the-gioi/bai.html' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm trang' }));
    await screen.findByText('nhandan.vn');
    // Everywhere but the sites listed: a site added is switched off.
    expect(sites).toEqual([{ hostname: 'nhandan.vn', enabled: false, updatedAt: 1 }]);
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /nhandan\.vn/ }));
    await screen.findByText('Chưa có trang nào.');
    expect(sites).toEqual([]);
  });

  it('removes a fact pack and lists the packs left', async () => {
    await page();
    fireEvent.click(await screen.findByRole('button', { name: 'Gỡ gói Gói thử' }));
    await waitFor(() => expect(screen.queryByText('Gói thử')).toBeNull());
    expect(packs).toEqual([]);
  });
});
