/**
 * The options page as a reader uses it: each switch, box, choice and list changes the settings and site choices
 * it stores in `storage.local` (the fake browser's), and the page shows what was stored — in the language just
 * chosen. Packs and status come from the background (a fake one at the browser's message boundary).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PackSummary, Status } from '../../messaging/protocol.ts';
import { DEFAULT_SETTINGS } from '../../settings/settings.ts';
import { listSites, loadSettings } from '../../settings/storage.ts';
import { fakeBackground } from '../../testing/fake-background.ts';
import { useLanguage } from '../../ui/catalogues.ts';
import { Options } from './options-page.tsx';

/** What the background keeps. */
let packs: PackSummary[];

beforeEach(() => {
  packs = [{ id: 'p1', name: 'Gói thử', importedAt: 1, entities: 2, facts: 3 }];
  const status = (): Status => ({
    bundleVersion: 'v1',
    version: 'v1',
    database: 'ready',
    counts: { entities: 10, facts: 20 },
    packs,
  });
  fakeBackground({
    status,
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

const stored = () => loadSettings();
const sites = async () => (await listSites()).map(({ hostname, enabled }) => ({ hostname, enabled }));

describe('the options page', () => {
  it('switches highlighting off and on, the switch showing what is stored', async () => {
    await page();
    const enabled = screen.getByRole('switch', { name: 'Làm nổi bật trên các trang tin' }) as HTMLInputElement;
    expect(enabled.checked).toBe(true);
    fireEvent.click(enabled);
    // The switch says "off" once the background has stored it, and shows what came back.
    await waitFor(() => expect(enabled.getAttribute('aria-checked')).toBe('false'));
    expect((await stored()).enabled).toBe(false);
    expect(enabled.checked).toBe(false);
    fireEvent.click(enabled);
    await waitFor(() => expect(enabled.getAttribute('aria-checked')).toBe('true'));
    expect((await stored()).enabled).toBe(true);
  });

  it('stores the kinds to highlight, in their fixed order, without the one switched off', async () => {
    await page();
    fireEvent.click(screen.getByRole('checkbox', { name: /Địa danh/ }));
    await waitFor(async () => expect((await stored()).kinds).not.toContain('place'));
    expect((await stored()).kinds).toEqual(DEFAULT_SETTINGS.kinds.filter((kind) => kind !== 'place'));
    fireEvent.click(screen.getByRole('checkbox', { name: /Địa danh/ }));
    await waitFor(async () => expect((await stored()).kinds).toEqual(DEFAULT_SETTINGS.kinds));
  });

  it('stores a choice, accent-less names and every number', async () => {
    await page();
    fireEvent.click(screen.getByRole('radio', { name: 'chỉ lần nhắc đầu tiên' }));
    await waitFor(async () => expect((await stored()).mode).toBe('first'));
    fireEvent.click(screen.getByRole('switch', { name: /không dấu/ }));
    await waitFor(async () => expect((await stored()).accentless).toBe(false));
    expect((screen.getByRole('radio', { name: 'chỉ lần nhắc đầu tiên' }) as HTMLInputElement).checked).toBe(true);
  });

  it('speaks the language chosen, at once', async () => {
    await page();
    fireEvent.change(screen.getByRole('combobox', { name: 'Ngôn ngữ' }), { target: { value: 'en' } });
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Mekong Lens · Options'));
    expect((await stored()).language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('refuses a hostname that is not one and sends nothing; adds a real one as the host alone', async () => {
    await page();
    const box = screen.getByRole('textbox', { name: 'Tên miền, ví dụ nhandan.vn' });
    fireEvent.input(box, { target: { value: 'not a host' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm trang' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tên miền không hợp lệ.');
    expect(await sites()).toEqual([]);

    fireEvent.input(box, { target: { value: 'https://NhanDan.vn/the-gioi/bai.html' } });
    fireEvent.click(screen.getByRole('button', { name: 'Thêm trang' }));
    await screen.findByText('nhandan.vn');
    // Everywhere but the sites listed: a site added is switched off.
    expect(await sites()).toEqual([{ hostname: 'nhandan.vn', enabled: false }]);
    expect(screen.queryByRole('alert')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /nhandan\.vn/ }));
    await screen.findByText('Chưa có trang nào.');
    expect(await sites()).toEqual([]);
  });

  it('removes a fact pack and lists the packs left', async () => {
    await page();
    fireEvent.click(await screen.findByRole('button', { name: 'Gỡ gói Gói thử' }));
    await waitFor(() => expect(screen.queryByText('Gói thử')).toBeNull());
    expect(packs).toEqual([]);
  });
});
