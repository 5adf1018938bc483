/**
 * Every message between the extension's parts, declared once: the request types (their runtime shapes are in
 * schemas.ts, checked on receipt, since a message is input like any other) and the response type for each.
 * The `page-mentions` request and its response are a public contract (DESIGN.md): extend by adding fields only.
 */
import type { FigureRole, MentionKind, QualifierName } from '../../shared/factbase/kinds.ts';
import type { Entity } from '../../shared/factbase/schema.ts';
import type { Card, CardLink, CardSeriesPoint, EntityCard } from '../../shared/lookup/card.ts';
import type { SiteChoiceRecord } from '../db/database.ts';
import type { Settings } from '../db/settings.ts';
import type { PageConfig, Request, SettingsPatch } from './schemas.ts';

export type { PageConfig, Request, SettingsPatch };
export type RequestType = Request['type'];

export interface PageMention {
  entity: { id: string; name: string };
  kind: MentionKind;
  text: string;
  /** Entities written inside this name (DESIGN.md, Contracts): the card's "Trong tên này", counted on the page. */
  nested?: Array<{ entity: { id: string; name: string }; kind: MentionKind; text: string }>;
  /**
   * For a figure, its frame and verdict as the CLI prints them (DESIGN.md, Contracts): value, unit, `metric` (or
   * null), `period`, `role`, `valueMax`, `qualifier`, the facts it states and those it disagrees with.
   */
  figure?: PageFigure;
}

export interface PageFigure {
  value: number;
  valueMax?: number;
  unit: string;
  metric?: string | null;
  period?: string | null;
  role?: FigureRole;
  qualifier?: QualifierName;
  facts: string[];
  conflicts?: string[];
}

/** Where the article's date was read: its metadata, its JSON-LD, a `<time>` in it, its byline, or the reader. */
export type DateSource = 'metadata' | 'jsonld' | 'time' | 'byline' | 'reader';

/** The article's own date (`YYYY-MM-DD`), and where it was read. */
export interface ArticleDate {
  date: string;
  source: DateSource;
}

export interface PageMentions {
  url: string;
  lang: string;
  mentions: PageMention[];
  /** The page's hostname, for the popup's per-site switch (the extension cannot read tab URLs). */
  hostname?: string;
  /** The article's date (`YYYY-MM-DD`) when the page states one: the side panel shows roles as of then. */
  date?: string;
  /** Where that date was read (`reader` when the reader set it in the side panel). */
  dateSource?: DateSource;
  /** Whether the highlights keep to the article's text (`article`) or cover the whole page (`page`). */
  scope?: 'article' | 'page';
}

export type DatabaseState = 'ready' | 'seeding' | 'unavailable';

export interface PackSummary {
  id: string;
  name: string;
  importedAt: number;
  entities: number;
  facts: number;
}

export interface Status {
  /** The bundled fact base's version. */
  bundleVersion: string;
  /** The version of the base in use: the bundle's, or the bundle's plus the imported packs'. */
  version: string;
  /** The version the database holds, once seeded. */
  seededVersion?: string;
  database: DatabaseState;
  /** Why the database is unavailable. */
  message?: string;
  counts: { entities: number; facts: number };
  packs: PackSummary[];
}

/** Whether a site is highlighted: the reader's choice for it, if any, over the global settings. */
export interface SiteState {
  hostname: string;
  enabled: boolean;
  /** The reader's choice for this site, if they made one. */
  choice?: boolean;
  globalEnabled: boolean;
  siteMode: Settings['siteMode'];
}

export interface FigureSeries {
  metric: { id: string; name: string; unit: string };
  series: CardSeriesPoint[];
}

export interface TimelineItem {
  id: string;
  name: string;
  /**
   * When it happened, as far as the fact base knows: the event's own date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`),
   * never the date of an article that mentions it. Absent when the base does not know it.
   */
  date?: string;
  /** The last day, for an event over several days. */
  end?: string;
  /** For an event with no known date: the date of the first article that mentions it. */
  mentioned?: string;
  summary: string;
  /** The entity itself (an event's own place on the timeline). */
  self?: boolean;
}

/** The side panel's record of an entity: the card with everything, its figures, its events, the reader's data. */
export interface LookupRecord {
  entity: EntityCard;
  figures: FigureSeries[];
  timeline: TimelineItem[];
  note?: { text: string; updatedAt: number };
  pinned: boolean;
}

export interface SavedEntities {
  pins: CardLink[];
  notes: Array<CardLink & { text: string; updatedAt: number }>;
}

export interface NoteExport {
  entityId: string;
  entityName: string;
  text: string;
  createdAt: number;
  updatedAt: number;
}

/** The file `export-notes` gives and `import-notes` takes. */
export interface NotesFile {
  format: 'mekong-lens-notes';
  version: 1;
  exportedAt: string;
  notes: NoteExport[];
  pins: Array<{ entityId: string; pinnedAt: number }>;
}

export interface ImportProblem {
  /** Where in the file, e.g. `facts.3.sources.0.date`; empty for the whole file. */
  path: string;
  message: string;
}

export type ImportReport =
  | { ok: true; added: Record<string, number>; name?: string }
  | { ok: false; errors: ImportProblem[] };

export type SearchEntity = Pick<Entity, 'id' | 'kind' | 'name' | 'aliases' | 'summary' | 'roles'>;

export interface Responses {
  'page-mentions': PageMentions;
  'reveal-mention': { ok: boolean };
  'frame-mentions': { ok: boolean };
  'child-frame-mentions': { ok: true };
  'reveal-in-frame': { ok: boolean };
  'config-changed': { ok: true };
  'set-page-date': { ok: boolean; date?: ArticleDate };
  'step-mention': { ok: boolean };
  ping: { ok: true; version: string };
  'page-config': PageConfig;
  'load-annotator': { loaded: boolean };
  'annotator-state': string;
  card: Card | null;
  'open-side-panel': { ok: boolean };
  status: Status;
  'search-entities': SearchEntity[];
  'get-settings': Settings;
  'set-settings': Settings;
  'site-state': SiteState;
  'set-site-enabled': SiteState;
  'clear-site': { ok: true };
  'list-sites': SiteChoiceRecord[];
  lookup: LookupRecord | null;
  'set-note': { ok: boolean; note?: { text: string; updatedAt: number } };
  'set-pin': { pinned: boolean };
  'list-saved': SavedEntities;
  'side-panel-target': { entityId?: string };
  'side-panel-show': { ok: true };
  'export-notes': NotesFile;
  'import-notes': ImportReport;
  'import-fact-pack': ImportReport;
  'remove-fact-pack': { ok: boolean };
}

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export function sendToBackground<T extends RequestType>(request: RequestOf<T>): Promise<Responses[T]> {
  return browser.runtime.sendMessage(request) as Promise<Responses[T]>;
}

export function sendToTab<T extends RequestType>(tabId: number, request: RequestOf<T>): Promise<Responses[T]> {
  return browser.tabs.sendMessage(tabId, request) as Promise<Responses[T]>;
}

/** Who sent a request: a tab's content script carries its tab. */
export interface Sender {
  tab?: { id?: number; windowId?: number };
  /** 0 for a tab's top frame. */
  frameId?: number;
}

export type Handlers = {
  [T in RequestType]?: (request: RequestOf<T>, sender: Sender) => Responses[T] | Promise<Responses[T]>;
};

/**
 * Answers our requests with the given handlers. Uses `sendResponse` and `return true` rather than a returned
 * promise, which is the form every Chrome and Firefox version understands. Requests without a handler here are
 * left for other listeners (e.g. the background does not answer `page-mentions`).
 */
export function handleRequests(
  handlers: Handlers,
  options: {
    /**
     * Checks a message and returns it as a request, or undefined for anything else: `parseRequest` (schemas.ts)
     * in the background and the extension pages, `parseTabRequest` (tab-requests.ts) in the content script.
     */
    parse: (message: unknown) => Request | undefined;
    /**
     * Decides, synchronously, whether this listener answers a request it has a handler for. A message sent to
     * a tab reaches every frame and the first answer wins, so a frame declines what is another frame's to answer.
     */
    accept?: (request: Request) => boolean;
  },
): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    const request = options.parse(message);
    const handler = request && (handlers[request.type] as ((request: Request, sender: Sender) => unknown) | undefined);
    if (!request || !handler || (options.accept && !options.accept(request))) return false;
    const fail = (error: unknown) => {
      console.warn('[Mekong Lens] request failed', request.type, error);
      sendResponse(undefined);
    };
    // The handler runs now, inside the listener, not a microtask later: a browser counts a call as answering the
    // reader's click only while the listener runs (`sidePanel.open` and `sidebarAction.open` need that).
    let answer: unknown;
    try {
      answer = handler(request, sender);
    } catch (error) {
      fail(error);
      return true;
    }
    Promise.resolve(answer).then(sendResponse, fail);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
