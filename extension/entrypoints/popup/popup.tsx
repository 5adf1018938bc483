/**
 * The popup: search the fact base (Enter opens the entity in the side panel), and the current tab's state —
 * how many mentions it has, and a switch for highlighting on its site.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { SearchResult } from '../../../shared/search/search-index.ts';
import type { PageMentions } from '../../messaging/protocol.ts';
import { type SiteState, setSiteEnabled, siteState } from '../../settings/storage.ts';
import { DatabaseNotice } from '../../ui/database-notice.tsx';
import { useSearchIndex } from '../../ui/entities.ts';
import { t } from '../../ui/i18n.ts';
import { Switch } from '../../ui/pieces.tsx';
import { SearchBox } from '../../ui/search-box.tsx';
import { useSettings } from '../../ui/settings.ts';
import { Shortcuts } from '../../ui/shortcuts.tsx';
import { openSidePanel, pageMentionsOf, pinnedTabId, type TargetTab, targetTab } from '../../ui/tabs.ts';

type TabState =
  | { state: 'loading' }
  | { state: 'not-running' }
  | { state: 'running'; page: PageMentions; site?: SiteState };

export function Popup() {
  const [settings] = useSettings();
  const { status, index } = useSearchIndex();
  const [tab, setTab] = useState<TargetTab>();
  const [tabState, setTabState] = useState<TabState>({ state: 'loading' });

  const refresh = useCallback(async (target: TargetTab | undefined) => {
    if (!target) return setTabState({ state: 'not-running' });
    try {
      const page = await pageMentionsOf(target.id);
      const site = page.hostname ? await siteState(page.hostname) : undefined;
      setTabState({ state: 'running', page, site });
    } catch {
      setTabState({ state: 'not-running' });
    }
  }, []);

  useEffect(() => {
    void targetTab().then((target) => {
      setTab(target);
      void refresh(target);
    });
  }, [refresh]);

  const choose = (result: SearchResult) => {
    void openSidePanel(tab?.windowId, result).then(() => {
      if (pinnedTabId() === undefined) window.close();
    });
  };

  const toggleSite = async (enabled: boolean) => {
    if (tabState.state !== 'running' || !tabState.page.hostname) return;
    const site = await setSiteEnabled(tabState.page.hostname, enabled);
    setTabState({ ...tabState, site });
    await refresh(tab);
  };

  if (!settings) return null;
  return (
    <main class="ml-popup">
      <header class="ml-app-head">
        <h1 class="ml-brand">Mekong Lens</h1>
        <button
          type="button"
          class="ml-icon-button"
          onClick={() => void openSidePanel(tab?.windowId).then(() => pinnedTabId() === undefined && window.close())}
        >
          {t('openSidePanel')}
        </button>
        <button type="button" class="ml-icon-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      <DatabaseNotice status={status} />
      <section class="ml-popup-search">
        <SearchBox index={index} onChoose={choose} onEscape={() => window.close()} autoFocus />
      </section>
      <PageState tabState={tabState} onToggle={toggleSite} />
      <Shortcuts />
    </main>
  );
}

function PageState({ tabState, onToggle }: { tabState: TabState; onToggle: (enabled: boolean) => void }) {
  if (tabState.state === 'loading') return <footer class="ml-page-state" aria-busy="true" />;
  if (tabState.state === 'not-running') {
    return (
      <footer class="ml-page-state">
        <p class="ml-muted ml-page-line">{t('notRunning')}</p>
      </footer>
    );
  }
  const { page, site } = tabState;
  const entities = new Set(page.mentions.map((mention) => mention.entity.id)).size;
  return (
    <section class="ml-page-state" aria-label={t('thisPage')}>
      <p class="ml-page-line" data-testid="page-count" role="status" aria-live="polite">
        {site && !site.enabled
          ? t('siteOffHere', site.hostname)
          : page.mentions.length > 0
            ? t('mentionsFound', page.mentions.length, entities)
            : t('noMentions')}
      </p>
      {site && (
        <Switch
          label={t('highlightSite', site.hostname)}
          checked={site.enabled}
          disabled={!site.globalEnabled}
          onChange={onToggle}
        />
      )}
      {site && !site.globalEnabled && <p class="ml-muted ml-page-line">{t('globallyOff')}</p>}
    </section>
  );
}
