/**
 * The side panel (Firefox: the sidebar). "On this page": the article's date (which the reader can correct) and
 * every entity the tab's page mentions, grouped by kind with counts; a click scrolls to the next mention and
 * flashes it. "Look up": search, then an entity's full record, with related entities to follow and a back button.
 * "Notebook": the figures the reader met on pages, and a metric's page (notebook-view.tsx).
 * Works from 240 px wide (Firefox's sidebar) up.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { MENTION_KINDS, type MentionKind } from '../../../shared/factbase/kinds.ts';
import { isIsoDay } from '../../../shared/iso-date.ts';
import {
  type ArticleDate,
  handleRequests,
  type LookupRecord,
  type PageMention,
  type PageMentions,
  type SavedEntities,
  sendToBackground,
  sendToTab,
} from '../../messaging/protocol.ts';
import { parseRequest } from '../../messaging/schemas.ts';
import { DatabaseNotice } from '../../ui/database-notice.tsx';
import { useSearchIndex } from '../../ui/entities.ts';
import { formatDate } from '../../ui/format.ts';
import { kindLabel, t } from '../../ui/i18n.ts';
import { RecordView } from '../../ui/record.tsx';
import { SearchBox } from '../../ui/search-box.tsx';
import { useSettings } from '../../ui/settings.ts';
import { Shortcuts } from '../../ui/shortcuts.tsx';
import { openAsTab, pageMentionsOf, pinnedTabId, targetTab } from '../../ui/tabs.ts';
import { NotebookView } from './notebook-view.tsx';

type Tab = 'page' | 'lookup' | 'notebook';

export function SidePanel() {
  const [settings] = useSettings();
  const [tab, setTab] = useState<Tab>('page');
  const [history, setHistory] = useState<string[]>([]);

  const show = useCallback((id: string) => {
    setTab('lookup');
    setHistory((stack) => (stack[stack.length - 1] === id ? stack : [...stack, id]));
  }, []);

  useEffect(() => {
    void sendToBackground({ type: 'side-panel-target' }).then(({ entityId }) => entityId && show(entityId));
    return handleRequests(
      {
        'side-panel-show': ({ entityId }) => {
          show(entityId);
          return { ok: true };
        },
      },
      { parse: parseRequest },
    );
  }, [show]);

  if (!settings) return null;
  const select = (next: Tab) => () => setTab(next);
  return (
    <main class="ml-panel">
      <header class="ml-app-head">
        <h1 class="ml-brand">Mekong Lens</h1>
      </header>
      <div class="ml-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          id="ml-tab-page"
          class="ml-tab"
          aria-selected={tab === 'page'}
          aria-controls="ml-panel-page"
          onClick={select('page')}
        >
          {t('tabOnPage')}
        </button>
        <button
          type="button"
          role="tab"
          id="ml-tab-lookup"
          class="ml-tab"
          aria-selected={tab === 'lookup'}
          aria-controls="ml-panel-lookup"
          onClick={select('lookup')}
        >
          {t('tabLookup')}
        </button>
        <button
          type="button"
          role="tab"
          id="ml-tab-notebook"
          class="ml-tab"
          aria-selected={tab === 'notebook'}
          aria-controls="ml-panel-notebook"
          onClick={select('notebook')}
        >
          {t('tabNotebook')}
        </button>
      </div>
      <section id="ml-panel-page" role="tabpanel" aria-labelledby="ml-tab-page" hidden={tab !== 'page'}>
        <OnThisPage onOpen={show} />
      </section>
      <section id="ml-panel-lookup" role="tabpanel" aria-labelledby="ml-tab-lookup" hidden={tab !== 'lookup'}>
        <LookUp
          current={history[history.length - 1]}
          onOpen={show}
          onBack={() => setHistory((stack) => stack.slice(0, -1))}
        />
      </section>
      <section id="ml-panel-notebook" role="tabpanel" aria-labelledby="ml-tab-notebook" hidden={tab !== 'notebook'}>
        {tab === 'notebook' && <NotebookView />}
      </section>
    </main>
  );
}

interface PageEntity {
  id: string;
  name: string;
  kind: MentionKind;
  /** Indexes of its mentions in the page's document order (for `reveal-mention`). */
  indexes: number[];
}

function groupMentions(page: PageMentions): Array<{ kind: MentionKind; entities: PageEntity[] }> {
  const byKey = new Map<string, PageEntity>();
  const count = (mention: Pick<PageMention, 'entity' | 'kind'>, index: number) => {
    const key = `${mention.kind}:${mention.entity.id}`;
    const entity = byKey.get(key);
    if (!entity)
      byKey.set(key, { id: mention.entity.id, name: mention.entity.name, kind: mention.kind, indexes: [index] });
    else if (entity.indexes.at(-1) !== index) entity.indexes.push(index);
  };
  page.mentions.forEach((mention, index) => {
    count(mention, index);
    // A name written inside a longer one counts too; stepping to it reveals the longer name that holds it.
    for (const inner of mention.nested ?? []) count(inner, index);
  });
  return MENTION_KINDS.map((kind) => ({
    kind,
    entities: [...byKey.values()]
      .filter((entity) => entity.kind === kind)
      .sort((a, b) => b.indexes.length - a.indexes.length || a.name.localeCompare(b.name, 'vi')),
  })).filter((group) => group.entities.length > 0);
}

function OnThisPage({ onOpen }: { onOpen: (id: string) => void }) {
  const [page, setPage] = useState<PageMentions | null | undefined>();
  const [tabId, setTabId] = useState<number>();
  const [asTab, setAsTab] = useState(false);
  const [next, setNext] = useState<Record<string, number>>({});

  const refresh = useCallback(async () => {
    const target = await targetTab();
    setTabId(target?.id);
    setNext({});
    if (!target) {
      setAsTab(await openAsTab());
      return setPage(null);
    }
    setPage(await pageMentionsOf(target.id).catch(() => null));
  }, []);

  useEffect(() => {
    void refresh();
    const onActivated = () => void refresh();
    const onUpdated = (id: number, change: { status?: string }) => {
      if (change.status === 'complete' && (pinnedTabId() === undefined || id === pinnedTabId())) void refresh();
    };
    if (pinnedTabId() === undefined) browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [refresh]);

  const reveal = (entity: PageEntity) => {
    if (tabId === undefined) return;
    const key = `${entity.kind}:${entity.id}`;
    const at = next[key] ?? 0;
    const index = entity.indexes[at % entity.indexes.length] as number;
    setNext({ ...next, [key]: at + 1 });
    void sendToTab(tabId, { type: 'reveal-mention', index }).catch(() => undefined);
  };

  const groups = page ? groupMentions(page) : [];
  return (
    <div class="ml-panel-body">
      <div class="ml-panel-toolbar">
        <p class="ml-muted" data-testid="page-summary" role="status" aria-live="polite">
          {page === undefined
            ? t('pageLoading')
            : page === null
              ? t(asTab ? 'panelAsTab' : 'notRunning')
              : page.mentions.length === 0
                ? t('noMentions')
                : t(
                    'mentionsFound',
                    page.mentions.length,
                    groups.reduce((n, group) => n + group.entities.length, 0),
                  )}
        </p>
        <button type="button" class="ml-button" onClick={() => void refresh()}>
          ↻ {t('refresh')}
        </button>
      </div>
      {page && tabId !== undefined && (
        <ArticleDateRow page={page} tabId={tabId} onChange={(changed) => setPage({ ...page, ...changed })} />
      )}
      {groups.map((group) => (
        <section key={group.kind} class={`ml-kind-group ml-kind-${group.kind}`} data-kind={group.kind}>
          <h2>
            {kindLabel(group.kind)} · {group.entities.length}
          </h2>
          <ul class="ml-entity-list">
            {group.entities.map((entity) => (
              <li key={entity.id} class="ml-entity-row" data-entity={entity.id}>
                <button type="button" class="ml-entity-main" title={t('revealHint')} onClick={() => reveal(entity)}>
                  <span class="ml-entity-name" lang="vi">
                    {entity.name}
                  </span>
                  <span class="ml-count" title={t('mentionCount', entity.indexes.length)}>
                    {entity.indexes.length}
                  </span>
                </button>
                {entity.kind !== 'figure' && (
                  <button
                    type="button"
                    class="ml-icon-button ml-open"
                    aria-label={t('openRecord', entity.name)}
                    title={t('openRecord', entity.name)}
                    onClick={() => onOpen(entity.id)}
                  >
                    ›
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <Shortcuts />
    </div>
  );
}

/**
 * The article's date as the page gives it, and where it was read; the reader can correct it (the page's cards
 * and this panel's records then show roles as of the corrected date) or go back to the page's own.
 */
function ArticleDateRow({
  page,
  tabId,
  onChange,
}: {
  page: PageMentions;
  tabId: number;
  onChange: (date: Pick<PageMentions, 'date' | 'dateSource'>) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(page.date ?? '');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);

  const set = async (date: string | null) => {
    const answer = await sendToTab(tabId, { type: 'set-page-date', date }).catch(() => undefined);
    setEditing(false);
    if (answer?.ok) onChange({ date: answer.date?.date, dateSource: answer.date?.source });
  };

  return (
    <div class="ml-article-date" data-testid="article-date">
      {editing ? (
        <form
          class="ml-date-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (isIsoDay(value)) void set(value);
          }}
        >
          <label>
            {t('articleDate')}{' '}
            <input ref={input} type="date" value={value} onInput={(event) => setValue(event.currentTarget.value)} />
          </label>
          <span class="ml-date-actions">
            <button type="submit" class="ml-button ml-button-primary">
              {t('articleDateSet')}
            </button>
            {page.dateSource === 'reader' && (
              <button type="button" class="ml-button" onClick={() => void set(null)}>
                {t('articleDateReset')}
              </button>
            )}
            <button type="button" class="ml-button" onClick={() => setEditing(false)}>
              {t('articleDateCancel')}
            </button>
          </span>
        </form>
      ) : (
        <p>
          {page.date ? (
            <>
              {t('articleDate')}: <strong>{formatDate(page.date)}</strong>{' '}
              <span class="ml-muted">{page.dateSource ? `(${t(`dateShort_${page.dateSource}`)})` : ''}</span>
            </>
          ) : (
            <span class="ml-muted">{t('articleDateNone')}</span>
          )}{' '}
          <button
            type="button"
            class="ml-link-button"
            onClick={() => {
              setValue(page.date ?? '');
              setEditing(true);
            }}
          >
            {t('articleDateEdit')}
          </button>
        </p>
      )}
    </div>
  );
}

/** The date of the article in the tab, as its page gives it (or as the reader corrected it). */
async function articleDate(): Promise<ArticleDate | undefined> {
  const target = await targetTab();
  const page = target && (await pageMentionsOf(target.id).catch(() => null));
  return page?.date ? { date: page.date, source: page.dateSource ?? 'metadata' } : undefined;
}

function LookUp({ current, onOpen, onBack }: { current?: string; onOpen: (id: string) => void; onBack: () => void }) {
  const { status, index } = useSearchIndex();
  const [record, setRecord] = useState<LookupRecord | null>();
  const [asOf, setAsOf] = useState<ArticleDate>();
  const [saved, setSaved] = useState<SavedEntities>();

  useEffect(() => {
    setRecord(undefined);
    // Roles as of the article in the tab, when it states its date.
    if (current)
      void articleDate().then((date) => {
        setAsOf(date);
        return sendToBackground({ type: 'lookup', id: current, date: date?.date }).then(setRecord);
      });
    else void sendToBackground({ type: 'list-saved' }).then(setSaved);
  }, [current]);

  return (
    <div class="ml-panel-body">
      <DatabaseNotice status={status} />
      {current ? (
        <>
          <button type="button" class="ml-button ml-back" onClick={onBack}>
            ← {t('back')}
          </button>
          {record === null && <p class="ml-empty">{t('notFound')}</p>}
          {record && <RecordView record={record} onOpenEntity={onOpen} onChange={setRecord} focusOnOpen asOf={asOf} />}
        </>
      ) : (
        <>
          <div class="ml-panel-search">
            <SearchBox index={index} onChoose={(result) => onOpen(result.id)} autoFocus limit={30} />
          </div>
          <Saved saved={saved} onOpen={onOpen} />
        </>
      )}
    </div>
  );
}

function Saved({ saved, onOpen }: { saved?: SavedEntities; onOpen: (id: string) => void }) {
  if (!saved) return null;
  if (saved.pins.length === 0 && saved.notes.length === 0) return <p class="ml-empty">{t('lookupEmpty')}</p>;
  const list = (title: string, links: Array<{ id: string; name: string; kind: MentionKind; text?: string }>) =>
    links.length > 0 && (
      <section class="ml-kind-group">
        <h2>{title}</h2>
        <ul class="ml-entity-list">
          {links.map((link) => (
            <li key={link.id} class={`ml-entity-row ml-kind-${link.kind}`}>
              <button type="button" class="ml-entity-main ml-saved" onClick={() => onOpen(link.id)}>
                <span class="ml-entity-name ml-dot" lang="vi">
                  &nbsp;{link.name}
                </span>
                {link.text && <span class="ml-saved-note">{link.text}</span>}
              </button>
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <>
      {list(t('savedPins'), saved.pins)}
      {list(t('savedNotes'), saved.notes)}
    </>
  );
}
