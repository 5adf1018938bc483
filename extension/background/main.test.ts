import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DATABASE_NAME } from '../db/database.ts';
import { type Reply, RequestError, type Sender, unwrapReply } from '../messaging/protocol.ts';
import { startBackground } from './main.ts';
import type { Store } from './store.ts';

const BASE = fakeBrowser.runtime.getURL('/');
const contentScript: Sender = {
  tab: { id: 3 },
  frameId: 0,
  url: 'https://nhandan.vn/bai.html',
  origin: 'https://nhandan.vn',
};
const extensionPage: Sender = { url: `${BASE}options.html` };

/** Delivers `message` to the background's listener as the browser would from `sender`, and gives its reply. */
function ask(message: unknown, sender: Sender): Promise<Reply<unknown>> {
  // The fake's types leave out `sendResponse`, which the background answers through.
  const deliver = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  return new Promise((resolve) => void deliver(message, sender, resolve));
}

let store: Store;
beforeAll(async () => {
  // The fake browser has no shortcuts to listen to.
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  // Each refusal and failure is said on the console; the replies are what these tests read.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  store = startBackground();
  await store.opened;
});
afterAll(async () => {
  fakeBrowser.runtime.onMessage.removeAllListeners();
  await new Promise((resolve) => {
    const deleting = indexedDB.deleteDatabase(DATABASE_NAME);
    deleting.onsuccess = deleting.onerror = resolve;
  });
});

describe('the background’s replies', () => {
  it('refuse every extension-only request from a content script with an error: packs, notes, notebook reads', async () => {
    for (const message of [
      { type: 'import-fact-pack', data: {}, fileName: 'x.json' },
      { type: 'remove-fact-pack', id: 'x' },
      { type: 'export-notes' },
      { type: 'set-note', entityId: 'to-lam', text: 'ghi chú' },
      { type: 'notebook-list' },
      { type: 'notebook-export', format: 'json' },
    ]) {
      expect(await ask(message, contentScript), message.type).toEqual({
        error: { name: 'RequestError', message: 'refused from this sender', code: 'refused' },
      });
    }
    // Nothing changed: the note was not written.
    expect(await ask({ type: 'list-saved' }, extensionPage)).toMatchObject({ result: { notes: [] } });
  });

  it('refuse a page’s own requests from an extension page with an error', async () => {
    for (const message of [
      { type: 'page-config', hostname: 'nhandan.vn' },
      { type: 'annotate', options: { accentless: false, figures: 'metric' }, pieces: [{ text: 'Lào' }] },
      { type: 'card', entityId: 'to-lam', kind: 'person' },
      { type: 'load-annotator', hostname: 'nhandan.vn' },
    ]) {
      expect(await ask(message, extensionPage), message.type).toMatchObject({ error: { code: 'refused' } });
    }
  });

  it('carry each allowed request’s result, and an error for what is not a request', async () => {
    expect(await ask({ type: 'card', entityId: 'to-lam', kind: 'person' }, contentScript)).toMatchObject({
      result: { type: 'entity' },
    });
    expect(await ask({ type: 'lookup', id: 'no-such-entity' }, extensionPage)).toEqual({ result: null });
    expect(await ask({ type: 'set-pin', entityId: 'to-lam', pinned: 'yes' }, extensionPage)).toMatchObject({
      error: { code: 'bad-request' },
    });
  });

  it('carry a failing handler’s error, by name and message', async () => {
    const manifest = vi.spyOn(fakeBrowser.runtime, 'getManifest').mockImplementation(() => {
      throw new TypeError('no manifest');
    });
    const reply = await ask({ type: 'ping' }, extensionPage);
    manifest.mockRestore();
    expect(reply).toEqual({ error: { name: 'TypeError', message: 'no manifest', code: 'failed' } });
    expect(() => unwrapReply('ping', reply)).toThrow(RequestError);
    expect(() => unwrapReply('ping', reply)).toThrow('ping: TypeError: no manifest');
  });
});

describe('unwrapReply', () => {
  it('gives the result, or throws a typed error with the code', () => {
    expect(unwrapReply('notebook-clear', { result: { ok: true } })).toEqual({ ok: true });
    // JSON drops `result: undefined`; that is still a result.
    expect(unwrapReply('lookup', {})).toBeUndefined();
    const refused = { error: { name: 'RequestError', message: 'refused from this sender', code: 'refused' } };
    expect(() => unwrapReply('export-notes', refused)).toThrow(
      expect.objectContaining({ name: 'RequestError', code: 'refused', request: 'export-notes' }),
    );
    expect(() => unwrapReply('status', undefined)).toThrow(expect.objectContaining({ code: 'no-answer' }));
  });
});
