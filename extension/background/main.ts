/**
 * The background: owns the fact base (the bundle and the packs in the database, laid over it in memory), answers the
 * content scripts and the extension pages, tells open pages when the base in use changes (`baseVersionItem`), and
 * opens the side panel. Settings are not its business: every context reads and follows them in `storage.local`.
 */
import { bundledFactBase } from '../../shared/factbase/bundle.ts';
import { handleRequests, type Sender, senderHost, senderMayAsk } from '../messaging/protocol.ts';
import { parseRequest } from '../messaging/schemas.ts';
import { baseVersionItem } from '../settings/storage.ts';
import { PageAnnotation } from './page-annotation.ts';
import { Store } from './store.ts';

export function startBackground(): Store {
  const store = new Store({ bundle: bundledFactBase });
  const annotation = new PageAnnotation(() => store.annotatorState());
  let sidePanelTarget: string | undefined;

  /** Open pages annotate again with the base in use now (the annotator follows this item). */
  const announceBase = async <T>(result: T): Promise<T> => {
    await baseVersionItem.setValue(store.currentBase().version).catch((error: unknown) => {
      console.warn('[Mekong Lens] could not tell open pages of the new fact base', error);
    });
    return result;
  };

  const showInSidePanel = (entityId: string | undefined) => {
    sidePanelTarget = entityId;
    // The side panel, if open, switches now; if it is opening, it asks for the target when it starts.
    if (entityId) browser.runtime.sendMessage({ type: 'side-panel-show', entityId }).catch(() => undefined);
  };

  handleRequests(
    {
      ping: () => ({ ok: true, version: browser.runtime.getManifest().version }),
      // The page's host as the browser records the sender: a page cannot ask for another site's settings.
      'page-config': (_request, sender) => store.pageConfig(senderHost(sender)),
      'load-annotator': async (_request, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { loaded: false };
        if (!(await store.pageConfig(senderHost(sender))).enabled) return { loaded: false };
        await injectAnnotator({ tabId, frameIds: [sender.frameId ?? 0] });
        return { loaded: true };
      },
      'load-cards': async (_request, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { loaded: false };
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [sender.frameId ?? 0] },
          files: ['/cards.js'],
        });
        return { loaded: true };
      },
      annotate: ({ pieces, options, context }) => annotation.annotate(pieces, options, context),
      // Subframes report their mentions; the tab's top frame lists them after its own.
      'frame-mentions': async ({ url, mentions }, sender) => {
        if (sender.tab?.id === undefined || !sender.frameId) return { ok: false };
        const forwarded = { type: 'child-frame-mentions' as const, frameId: sender.frameId, url, mentions };
        await browser.tabs.sendMessage(sender.tab.id, forwarded, { frameId: 0 }).catch(() => undefined);
        return { ok: true };
      },
      'reveal-in-frame': async ({ frameId, index }, sender) => {
        if (sender.tab?.id === undefined) return { ok: false };
        const request = { type: 'reveal-mention' as const, index, inFrame: true };
        return browser.tabs.sendMessage(sender.tab.id, request, { frameId }).catch(() => ({ ok: false }));
      },
      card: (request, sender) => store.card(request, sender),
      // Not async: the panel must be asked to open before anything else, while the click still counts.
      'open-side-panel': ({ entityId }, sender) => {
        const opening = openSidePanel(sender);
        showInSidePanel(entityId);
        return opening.then((ok) => ({ ok }));
      },
      status: () => store.status(),
      'search-entities': () => store.searchEntities(),
      lookup: ({ id, date }) => store.lookup(id, date),
      'set-note': ({ entityId, text }) => store.setNote(entityId, text),
      'set-pin': ({ entityId, pinned }) => store.setPin(entityId, pinned),
      'list-saved': () => store.saved(),
      'side-panel-target': () => (sidePanelTarget ? { entityId: sidePanelTarget } : {}),
      'export-notes': () => store.exportNotes(),
      'import-notes': ({ data }) => store.importNotes(data),
      'import-fact-pack': async ({ data, fileName }) => {
        const report = await store.importPack(data, fileName);
        return report.ok ? announceBase(report) : report;
      },
      'remove-fact-pack': async ({ id }) => {
        const removed = await store.removePack(id);
        return removed ? announceBase({ ok: true }) : { ok: false };
      },
      'notebook-record': (request, sender) => store.notebook.record(request, sender),
      'notebook-list': ({ query, metric, period, limit }) =>
        store.notebook.list({
          ...(query ? { query } : {}),
          ...(metric ? { metric } : {}),
          ...(period !== undefined ? { period } : {}),
          ...(limit ? { limit } : {}),
        }),
      'notebook-metric': ({ metric }) => store.notebook.metricPage(metric),
      'notebook-remove': ({ ids }) => store.notebook.remove(ids),
      'notebook-clear': () => store.notebook.clear(),
      'notebook-export': ({ format, after }) => store.notebook.export(format, after),
      'notebook-import': ({ data }) => store.notebook.import(data),
    },
    {
      parse: parseRequest,
      allow: (request, sender) => senderMayAsk(request.type, sender, browser.runtime.getURL('/')),
      envelope: true,
    },
  );
  browser.runtime.onInstalled.addListener(() => void store.forgetCompiledAnnotator());
  browser.commands?.onCommand.addListener((command, tab) => void stepMention(command, tab?.id));
  return store;
}

/**
 * The annotator (entrypoints/annotator.ts, built as `annotator.js`) goes only into frames
 * whose first content script found a Vietnamese page: nothing else pays for loading it. Its stylesheet is already
 * there (the manifest puts it beside the first script: entrypoints/highlights.css says why).
 */
async function injectAnnotator(target: { tabId: number; frameIds: number[] }): Promise<void> {
  await browser.scripting.executeScript({ target, files: ['/annotator.js'] });
}

/** The reader's shortcut: the tab's page opens its next or previous mention's card. */
async function stepMention(command: string, tabId: number | undefined): Promise<void> {
  const direction = command === 'next-mention' ? 1 : command === 'previous-mention' ? -1 : 0;
  if (direction === 0) return;
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  // The keys as bound now: the page declines the step when it handled the same keys itself.
  const shortcut = (await browser.commands.getAll().catch(() => [])).find((entry) => entry.name === command)?.shortcut;
  const request = { type: 'step-mention' as const, direction, ...(shortcut ? { shortcut } : {}) };
  await browser.tabs.sendMessage(id, request, { frameId: 0 }).catch(() => undefined);
}

/**
 * Chrome's side panel or Firefox's sidebar. Both open only in answer to a user gesture, which a message from the
 * reader's click carries only while its listener runs: the call is made synchronously, before any await.
 */
function openSidePanel(sender: Sender): Promise<boolean> {
  try {
    const opening = import.meta.env.FIREFOX
      ? (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open()
      : sender.tab?.id !== undefined
        ? browser.sidePanel.open({ tabId: sender.tab.id })
        : Promise.reject(new Error('no tab to open the side panel beside'));
    return opening.then(
      () => true,
      (error: unknown) => {
        console.warn('[Mekong Lens] could not open the side panel', error);
        return false;
      },
    );
  } catch (error) {
    console.warn('[Mekong Lens] could not open the side panel', error);
    return Promise.resolve(false);
  }
}
