/**
 * The background as the extension pages meet it in component tests: at the message boundary, under the real
 * `sendToBackground`. Each handler answers one request type, its reply wrapped in the `{result}` envelope as the
 * background wraps it; a request without a handler is refused with an error reply. Every request is kept.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Reply, Request, RequestOf, RequestType, Responses } from '../messaging/protocol.ts';

export type FakeHandlers = { [T in RequestType]?: (request: RequestOf<T>) => Responses[T] | Promise<Responses[T]> };

/** Answers requests with `handlers` until `fakeBrowser.reset()`; gives the list of requests received. */
export function fakeBackground(handlers: FakeHandlers): Request[] {
  const requests: Request[] = [];
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown): Promise<Reply<unknown>> => {
    const request = message as Request;
    requests.push(request);
    const handler = handlers[request.type] as ((request: Request) => unknown) | undefined;
    if (!handler) return { error: { name: 'Error', message: `no handler for ${request.type}`, code: 'failed' } };
    return { result: await handler(request) };
  });
  return requests;
}
