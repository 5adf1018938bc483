/**
 * The background: owns the fact base (the bundle, and the database seeded from it), answers the content
 * scripts and the extension pages, and opens the side panel.
 */
import { bundledFactBase } from '../../shared/factbase/bundle.ts';
import { MENTION_KINDS } from '../../shared/factbase/schema.ts';
import { buildMatchTable } from '../../shared/text/match-table.ts';
import { handleRequests, type PageConfig, type Sender } from '../messaging/protocol.ts';
import { CardService } from './cards.ts';
import { relatedLinks } from './related.ts';

const DEFAULT_CONFIG: PageConfig = { enabled: true, kinds: [...MENTION_KINDS], mode: 'all', accentless: true };

export function startBackground(): void {
  let matchTable: ReturnType<typeof buildMatchTable> | undefined;
  let cards: CardService | undefined;
  let sidePanelTarget: string | undefined;

  handleRequests({
    ping: () => ({ ok: true, version: browser.runtime.getManifest().version }),
    'page-config': () => DEFAULT_CONFIG,
    'match-table': () => {
      matchTable ??= buildMatchTable(bundledFactBase);
      return matchTable;
    },
    card: (request) => {
      cards ??= new CardService(bundledFactBase, relatedLinks(bundledFactBase));
      return cards.card(request);
    },
    'open-side-panel': async ({ entityId }, sender) => {
      sidePanelTarget = entityId;
      return { ok: await openSidePanel(sender) };
    },
  });
  void sidePanelTarget;
}

/** Chrome's side panel or Firefox's sidebar; both need the click that led here to count as a user gesture. */
async function openSidePanel(sender: Sender): Promise<boolean> {
  try {
    if (import.meta.env.FIREFOX) {
      await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    } else if (sender.tab?.id !== undefined) {
      await browser.sidePanel.open({ tabId: sender.tab.id });
    }
    return true;
  } catch (error) {
    console.warn('[Mekong Lens] could not open the side panel', error);
    return false;
  }
}
