/**
 * Every message between the extension's parts, declared once: the request types (their runtime shapes are in
 * schemas.ts, checked on receipt, since a message is input like any other) and the response type for each.
 * The `page-mentions` request and its response are a public contract (DESIGN.md): extend by adding fields only.
 */
import type { FigureRole, MentionKind, QualifierName } from '../../shared/factbase/kinds.ts';
import type { Entity } from '../../shared/factbase/schema.ts';
import type { Card, CardLink, CardSeriesPoint, EntityCard } from '../../shared/lookup/card.ts';
import type { MetricGroup } from '../../shared/notebook/metric-page.ts';
import type { NotebookEntry, Reading } from '../../shared/notebook/readings.ts';
import type { BatchAnswer } from '../../shared/text/batch.ts';
import { extensionApi } from './extension-api.ts';
import type { PageConfig, Request } from './schemas.ts';

export type { PageConfig, Reading, Request };
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

/** `unavailable`: the database cannot be opened (notes, pins and packs live in memory only; the notebook records nothing). */
export type DatabaseState = 'ready' | 'unavailable';

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
  database: DatabaseState;
  /** Why the database is unavailable. */
  message?: string;
  counts: { entities: number; facts: number };
  packs: PackSummary[];
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

/** The notebook view of the side panel: the entries a search keeps and what the notebook holds. */
export interface NotebookList {
  /** False when the database cannot open: nothing is recorded this session. */
  available: boolean;
  paused: boolean;
  /** Entries the search and filters keep, and how many entries the notebook holds in all. */
  total: number;
  count: number;
  entries: NotebookEntry[];
  metrics: Array<{ id: string; name: string; periods: string[]; count: number }>;
}

/**
 * A metric's page: the base's series and the reader's readings, grouped by period and role, groups where sources
 * disagree (with each other or with the base) first.
 */
export interface MetricPage {
  metric: { id: string; name: string; unit: string };
  series: CardSeriesPoint[];
  groups: MetricGroup[];
}

/** One part of an exported notebook file; `next` names where the next part starts (absent on the last). */
export interface NotebookExport {
  fileName: string;
  mime: string;
  text: string;
  next?: string;
}

export type SearchEntity = Pick<Entity, 'id' | 'kind' | 'name' | 'aliases' | 'summary' | 'roles'>;

export interface Responses {
  'page-mentions': PageMentions;
  'reveal-mention': { ok: boolean };
  'frame-mentions': { ok: boolean };
  'child-frame-mentions': { ok: true };
  'reveal-in-frame': { ok: boolean };
  'set-page-date': { ok: boolean; date?: ArticleDate };
  'step-mention': { ok: boolean };
  ping: { ok: true; version: string };
  'page-config': PageConfig;
  'load-annotator': { loaded: boolean };
  'load-cards': { loaded: boolean };
  annotate: BatchAnswer;
  card: Card | null;
  'open-side-panel': { ok: boolean };
  status: Status;
  'search-entities': SearchEntity[];
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
  'notebook-record': { ok: boolean; added: number };
  'notebook-list': NotebookList;
  'notebook-metric': MetricPage | null;
  'notebook-remove': { ok: boolean };
  'notebook-clear': { ok: boolean };
  'notebook-export': NotebookExport;
  'notebook-import': ImportReport;
}

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/**
 * Why a request has no result: `refused` (this sender may not ask it), `bad-request` (not a request the background
 * knows), `failed` (its handler threw), `no-answer` (nobody answered: the background is gone, e.g. after an update).
 */
export type ErrorCode = 'refused' | 'bad-request' | 'failed' | 'no-answer';

/** An error as it crosses a message: a thrown `Error` does not survive the trip, its name and message do. */
export interface SerialisedError {
  name: string;
  message: string;
  code: ErrorCode;
}

/** Every reply of the background: the handler's result, or why there is none. */
export type Reply<T> = { result: T } | { error: SerialisedError };

/**
 * A request the background refused or could not answer, thrown by `sendToBackground`; the message carries the
 * background's error's name and message. (Small on purpose: the first script on every page carries it.)
 */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly request: RequestType,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(`${request}: ${message}`);
  }
}

export function serialiseError(error: unknown, code: ErrorCode): SerialisedError {
  return error instanceof Error
    ? { name: error.name, message: error.message, code }
    : { name: 'Error', message: String(error), code };
}

/** The result a reply carries, or a `RequestError` thrown: callers see the result's own shape. */
export function unwrapReply<T extends RequestType>(request: T, reply: unknown): Responses[T] {
  const error = (reply as { error?: SerialisedError } | null | undefined)?.error;
  if (typeof reply !== 'object' || !reply || error)
    throw new RequestError(
      request,
      error?.code ?? 'no-answer',
      error ? `${error.name}: ${error.message}` : 'no answer',
    );
  // JSON drops `result: undefined`: a reply without an error is a result.
  return (reply as { result: Responses[T] }).result;
}

export async function sendToBackground<T extends RequestType>(request: RequestOf<T>): Promise<Responses[T]> {
  return unwrapReply(request.type, await extensionApi().runtime.sendMessage(request));
}

/** Asks a tab's content script. Its answers are plain (no envelope): `page-mentions` is a public contract. */
export function sendToTab<T extends RequestType>(tabId: number, request: RequestOf<T>): Promise<Responses[T]> {
  return browser.tabs.sendMessage(tabId, request) as Promise<Responses[T]>;
}

/** Who sent a request: a tab's content script carries its tab. */
export interface Sender {
  tab?: { id?: number; windowId?: number; url?: string };
  /** 0 for a tab's top frame. */
  frameId?: number;
  /** The sending document's address: a page's for a content script, ours for an extension page. */
  url?: string;
  /** The sending document's origin, where the browser gives it (Chromium): a blank frame's is its page's. */
  origin?: string;
}

/** Requests only a page's content script sends: about the page it runs on. */
const PAGE_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>([
  'page-config',
  // The page's text, to be matched in the background.
  'annotate',
  'frame-mentions',
  'reveal-in-frame',
  'card',
  // The first script found the page Vietnamese: the background injects the annotator into the sender's frame.
  'load-annotator',
  // The first card opens in a frame: the background injects the cards' view into the sender's frame.
  'load-cards',
  // The figures a page shows, for the reading notebook: the address is the sender's, never the request's.
  'notebook-record',
]);
/** Requests both send: a card's "open in the side panel" is a page's, the popup's and the panel's. */
const SHARED_REQUESTS: ReadonlySet<RequestType> = new Set<RequestType>(['ping', 'open-side-panel']);

/**
 * May this sender make this request? Extension pages (their address is under `extensionBase`) make every request
 * but the page's own; content scripts make only those. A content script runs beside a page that may be hostile: it
 * never reads or changes the reader's notes or packs. (Settings and site choices are in `storage.local`, which
 * content scripts may read: settings/storage.ts.)
 */
export function senderMayAsk(type: RequestType, sender: Sender, extensionBase: string): boolean {
  if (SHARED_REQUESTS.has(type)) return true;
  const fromExtensionPage = sender.url?.startsWith(extensionBase) === true;
  return PAGE_REQUESTS.has(type) ? !fromExtensionPage : fromExtensionPage;
}

/** The host of the page that sent a request, from the browser's own record of the sender, never from the request. */
export function senderHost(sender: Sender): string {
  for (const address of [sender.origin, sender.url]) {
    if (!address || address === 'null') continue;
    try {
      const host = new URL(address).hostname;
      if (host) return host;
    } catch {
      // not an address: try the next
    }
  }
  return '';
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
    /**
     * Whether this sender may make this request (`senderMayAsk` in the background). A refused request is answered
     * with a `refused` error (with nothing, without the envelope), and said on the console.
     */
    allow?: (request: Request, sender: Sender) => boolean;
    /**
     * Answer `{result}` or `{error}` (`Reply`), and answer what does not parse with a `bad-request` error: the
     * background's replies, which `sendToBackground` unwraps. The content script answers plainly (`sendToTab`).
     */
    envelope?: boolean;
  },
): () => void {
  const { envelope = false } = options;
  const reply = (sendResponse: (response: unknown) => void, result: unknown) =>
    sendResponse(envelope ? { result } : result);
  const refuse = (sendResponse: (response: unknown) => void, error: SerialisedError) =>
    sendResponse(envelope ? { error } : undefined);
  const listener = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    const request = options.parse(message);
    if (!request) {
      if (!envelope) return false;
      refuse(sendResponse, { name: 'RequestError', message: 'not a request', code: 'bad-request' });
      return false;
    }
    const handler = handlers[request.type] as ((request: Request, sender: Sender) => unknown) | undefined;
    if (!handler || (options.accept && !options.accept(request))) return false;
    if (options.allow && !options.allow(request, sender)) {
      console.warn('[Mekong Lens] request refused from this sender', request.type, sender.url);
      refuse(sendResponse, { name: 'RequestError', message: 'refused from this sender', code: 'refused' });
      return false;
    }
    const fail = (error: unknown) => {
      console.warn('[Mekong Lens] request failed', request.type, error);
      refuse(sendResponse, serialiseError(error, 'failed'));
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
    Promise.resolve(answer).then((result) => reply(sendResponse, result), fail);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
