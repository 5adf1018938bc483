import { describe, expect, it } from 'vitest';
import { senderHost, senderMayAsk } from './protocol.ts';

const BASE = 'chrome-extension://abc/';
const contentScript = { tab: { id: 3 }, frameId: 0, url: 'https://nhandan.vn/bai.html', origin: 'https://nhandan.vn' };
const extensionPage = { url: `${BASE}options.html` };
const extensionTab = { tab: { id: 4 }, url: `${BASE}sidepanel.html?tab=3` };

describe('senderMayAsk', () => {
  it('gives the reader’s data to extension pages only, opened as a tab or not', () => {
    for (const type of ['export-notes', 'set-note', 'import-notes', 'import-fact-pack', 'lookup', 'status'] as const) {
      expect(senderMayAsk(type, contentScript, BASE)).toBe(false);
      expect(senderMayAsk(type, extensionPage, BASE)).toBe(true);
      expect(senderMayAsk(type, extensionTab, BASE)).toBe(true);
    }
  });

  it('answers a page’s own requests from content scripts only, and shared ones from both', () => {
    for (const type of ['page-config', 'annotate', 'card', 'frame-mentions', 'reveal-in-frame'] as const) {
      expect(senderMayAsk(type, contentScript, BASE)).toBe(true);
      expect(senderMayAsk(type, extensionPage, BASE)).toBe(false);
    }
    for (const type of ['ping', 'open-side-panel'] as const) {
      expect(senderMayAsk(type, contentScript, BASE)).toBe(true);
      expect(senderMayAsk(type, extensionPage, BASE)).toBe(true);
    }
  });
});

describe('senderHost', () => {
  it('is the sender’s own host: its origin (a blank frame’s is its page’s), else its address', () => {
    expect(senderHost(contentScript)).toBe('nhandan.vn');
    expect(senderHost({ url: 'about:blank', origin: 'https://vnexpress.net' })).toBe('vnexpress.net');
    expect(senderHost({ url: 'https://tienphong.vn/a' })).toBe('tienphong.vn');
    expect(senderHost({ url: 'about:blank', origin: 'null' })).toBe('');
  });
});
