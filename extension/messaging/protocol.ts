/**
 * Every message between the extension's parts, declared once: the request shapes (validated with zod on
 * receipt, since a message is input like any other) and the response type for each request type.
 * The `page-mentions` request and its response are a public contract (DESIGN.md): extend by adding fields only.
 */
import { z } from 'zod/mini';
import { MENTION_KINDS, type MentionKind } from '../../shared/factbase/kinds.ts';
import type { Card } from '../../shared/lookup/card.ts';
import type { MatchTable } from '../../shared/text/match-table.ts';

export const Request = z.discriminatedUnion('type', [
  /** To a tab's content script: what the page mentions, in document order. */
  z.object({ type: z.literal('page-mentions') }),
  /** To a tab's content script: scroll to the n-th mention (document order, as in `page-mentions`) and flash it. */
  z.object({ type: z.literal('reveal-mention'), index: z.number().check(z.int(), z.nonnegative()) }),
  /** To a tab's content script: the reader changed settings; apply them now. */
  z.object({ type: z.literal('config-changed'), config: z.lazy(() => PageConfig) }),
  /** To the background: a liveness probe used by the UI pages and the tests. */
  z.object({ type: z.literal('ping') }),
  /** To the background: how this site is to be annotated. */
  z.object({ type: z.literal('page-config'), hostname: z.string().check(z.maxLength(255)) }),
  /** To the background: the compact table the content script compiles its matcher from. */
  z.object({ type: z.literal('match-table') }),
  /** To the background: the card for a mention. */
  z.object({
    type: z.literal('card'),
    entityId: z.string().check(z.maxLength(200)),
    kind: z.enum(MENTION_KINDS),
    /** The article's date, to pick the role that held then. */
    date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    figure: z.optional(
      z.object({
        text: z.string().check(z.maxLength(200)),
        value: z.number(),
        valueMax: z.optional(z.number()),
        unit: z.string().check(z.maxLength(20)),
        facts: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
      }),
    ),
  }),
  /** To the background, from a card: open the side panel on this entity. */
  z.object({ type: z.literal('open-side-panel'), entityId: z.optional(z.string().check(z.maxLength(200))) }),
]);
export type Request = z.infer<typeof Request>;
export type RequestType = Request['type'];

export interface PageMention {
  entity: { id: string; name: string };
  kind: MentionKind;
  text: string;
}

export interface PageMentions {
  url: string;
  lang: string;
  mentions: PageMention[];
}

export const PageConfig = z.object({
  enabled: z.boolean(),
  kinds: z.array(z.enum(MENTION_KINDS)),
  mode: z.enum(['all', 'first']),
  accentless: z.boolean(),
});
export type PageConfig = z.infer<typeof PageConfig>;

export interface Responses {
  'page-mentions': PageMentions;
  'reveal-mention': { ok: boolean };
  'config-changed': { ok: true };
  ping: { ok: true; version: string };
  'page-config': PageConfig;
  'match-table': MatchTable;
  card: Card | null;
  'open-side-panel': { ok: boolean };
}

export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

/** Parses an incoming message; anything that is not one of ours yields undefined and is ignored. */
export function parseRequest(message: unknown): Request | undefined {
  const parsed = Request.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

export function sendToBackground<T extends RequestType>(request: RequestOf<T>): Promise<Responses[T]> {
  return browser.runtime.sendMessage(request) as Promise<Responses[T]>;
}

export function sendToTab<T extends RequestType>(tabId: number, request: RequestOf<T>): Promise<Responses[T]> {
  return browser.tabs.sendMessage(tabId, request) as Promise<Responses[T]>;
}

/** Who sent a request: a tab's content script carries its tab. */
export interface Sender {
  tab?: { id?: number; windowId?: number };
}

export type Handlers = {
  [T in RequestType]?: (request: RequestOf<T>, sender: Sender) => Responses[T] | Promise<Responses[T]>;
};

/**
 * Answers our requests with the given handlers. Uses `sendResponse` and `return true` rather than a returned
 * promise, which is the form every Chrome and Firefox version understands. Requests without a handler here are
 * left for other listeners (e.g. the background does not answer `page-mentions`).
 */
export function handleRequests(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void) => {
    const request = parseRequest(message);
    const handler = request && (handlers[request.type] as ((request: Request, sender: Sender) => unknown) | undefined);
    if (!request || !handler) return false;
    Promise.resolve()
      .then(() => handler(request, sender))
      .then(sendResponse, (error: unknown) => {
        console.warn('[Mekong Lens] request failed', request.type, error);
        sendResponse(undefined);
      });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
