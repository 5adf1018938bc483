/**
 * Launches a real Chromium with the built extension loaded unpacked, in a fresh profile, and gives the tests
 * what they need to talk to it: the service worker, the extension id and a way to ask a tab what it mentions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { PageMentions, RequestType, Responses } from '../../extension/messaging/protocol.ts';
import { ensureChromium } from './browsers.ts';
import { startServer, type TestServer } from './server.ts';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** Sends every HTTP request of the browser, loopback included, through this proxy (privacy.e2e.ts records them). */
  proxy?: { server: string };
  /** Pages have a touch screen too (taps with `page.touchscreen`), as a phone does. */
  hasTouch?: boolean;
  /** Host names the browser resolves to 127.0.0.1 (pages of several "outlets", all served locally). */
  loopbackHosts?: string[];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mekong-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: ensureChromium(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    ...(options.proxy ? { proxy: options.proxy } : {}),
    ...(options.hasTouch ? { hasTouch: true } : {}),
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.loopbackHosts?.length
        ? [`--host-resolver-rules=${options.loopbackHosts.map((host) => `MAP ${host} 127.0.0.1`).join(', ')}`]
        : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Sends the public `{"type":"page-mentions"}` message to the tab showing `page`, from the service worker, the way
 * the side panel does: to the active tab (the extension holds no `tabs` permission, so tab URLs are hidden from
 * it). Rejects when no content script answers (e.g. on a page that is not Vietnamese).
 */
export async function pageMentions(session: ExtensionSession, page: Page): Promise<PageMentions> {
  await page.bringToFront();
  return session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return chrome.tabs.sendMessage(tab.id, { type: 'page-mentions' });
  });
}

/**
 * Asks the background from an extension page (`page`), as `sendToBackground` does: its reply's result, or the
 * reply's error thrown (`refused: …`, `failed: …`).
 */
export function askBackground<T extends RequestType>(
  page: Page,
  request: { type: T; [field: string]: unknown },
): Promise<Responses[T]> {
  return page.evaluate(async (message) => {
    const reply = await chrome.runtime.sendMessage(message);
    if (reply?.error) throw new Error(`${reply.error.code}: ${reply.error.message}`);
    return reply?.result;
  }, request);
}

/**
 * Changes some of the reader's settings from an extension page (`page`), as the options page does: in
 * `storage.local`, which every open page follows.
 */
export function storeSettings(page: Page, patch: Record<string, unknown>): Promise<void> {
  return page.evaluate(async (changes) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object | undefined), ...changes } });
  }, patch);
}

/** How many mentions the content script reports on `page`: 0 until it answers. */
export const mentionCount = (session: ExtensionSession, page: Page): Promise<number> =>
  pageMentions(session, page)
    .then((answer) => answer.mentions.length)
    .catch(() => 0);

/** Opens a seed article laid out as a news page and waits until the extension has annotated it. */
export async function openSeed(session: ExtensionSession, server: TestServer, file: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(server.url(`/seed/${file}.html`));
  await expect.poll(() => mentionCount(session, page)).toBeGreaterThan(0);
  return page;
}

/**
 * Opens e2e/pages/news-site.html (at `viewport`, if given), waits until the extension has annotated it, and
 * dismisses its cookie banner as a reader does first (nothing behind it can be hovered).
 */
export async function openNewsSite(
  session: ExtensionSession,
  server: TestServer,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const page = await session.context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  await page.goto(server.url('/news-site.html'));
  await expect.poll(() => mentionCount(session, page)).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Đồng ý' }).click();
  return page;
}

/**
 * For a test file: starts the page server and a Chromium with the extension before its tests, and stops both
 * after. The returned object's `session` and `server` are ready inside the tests.
 */
export function useExtension(options: LaunchOptions = {}): {
  readonly session: ExtensionSession;
  readonly server: TestServer;
} {
  let session: ExtensionSession | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    session = await launchWithExtension(options);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} is not started yet (use it inside a test)`);
    return value;
  };
  return {
    get session() {
      return ready(session, 'browser');
    },
    get server() {
      return ready(server, 'page server');
    },
  };
}
