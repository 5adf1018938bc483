/**
 * Every message between the extension's parts, declared once: the request shapes (validated with zod on
 * receipt, since a message is input like any other) and the response type for each request type.
 * The `page-mentions` request and its response are a public contract (DESIGN.md): extend by adding fields only.
 */
import { z } from 'zod/mini';
import type { MentionKind } from '../../shared/factbase/schema.ts';

export const Request = z.discriminatedUnion('type', [
  /** To a tab's content script: what the page mentions, in document order. */
  z.object({ type: z.literal('page-mentions') }),
  /** To the background: a liveness probe used by the UI pages and the tests. */
  z.object({ type: z.literal('ping') }),
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

export interface Responses {
  'page-mentions': PageMentions;
  ping: { ok: true; version: string };
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

export type Handlers = { [T in RequestType]?: (request: RequestOf<T>) => Responses[T] | Promise<Responses[T]> };

/**
 * Answers our requests with the given handlers. Uses `sendResponse` and `return true` rather than a returned
 * promise, which is the form every Chrome and Firefox version understands. Requests without a handler here are
 * left for other listeners (e.g. the background does not answer `page-mentions`).
 */
export function handleRequests(handlers: Handlers): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    const request = parseRequest(message);
    const handler = request && (handlers[request.type] as ((request: Request) => unknown) | undefined);
    if (!request || !handler) return false;
    Promise.resolve()
      .then(() => handler(request))
      .then(sendResponse, (error: unknown) => {
        console.warn('[Mekong Lens] request failed', request.type, error);
        sendResponse(undefined);
      });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
