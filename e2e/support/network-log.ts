/**
 * Two independent records of the requests a browser makes, for the privacy test:
 * - `startRecordingProxy`: an HTTP proxy the whole browser is launched behind (Playwright routes loopback through
 *   it too), so every HTTP request and every tunnel (HTTPS, WebSocket) from any page, frame or worker passes here.
 *   It forwards only to 127.0.0.1 and refuses everything else, after writing it down.
 * - `recordRequests`: Playwright's `request` events on the browser context, which name the page or service
 *   worker a request came from and also see what never reaches a proxy (`data:`, `blob:`, extension files).
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { BrowserContext } from 'playwright-core';

export interface ProxyRecord {
  /** `GET http://127.0.0.1:1234/x`, or `CONNECT example.com:443` for a tunnel. */
  method: string;
  url: string;
  /** The start of the request's body, for requests that leave the machine (refused, so it is all we get). */
  body?: string;
}

export interface RecordingProxy {
  server: string;
  records: ProxyRecord[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const records: ProxyRecord[] = [];
  const sockets = new Set<Socket>();
  const proxy: Server = createServer((incoming, outgoing) => {
    const url = incoming.url ?? '';
    const record: ProxyRecord = { method: incoming.method ?? '', url };
    records.push(record);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      outgoing.writeHead(400).end();
      return;
    }
    if (target.hostname !== '127.0.0.1' || target.protocol !== 'http:') {
      let body = '';
      incoming.on('data', (chunk: Buffer) => {
        if (body.length < 4096) body += chunk.toString('utf8');
      });
      incoming.on('end', () => {
        if (body) record.body = body;
        outgoing.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      });
      return;
    }
    const forwarded = httpRequest(
      { host: '127.0.0.1', port: target.port, path: `${target.pathname}${target.search}`, method: incoming.method },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.on('error', () => outgoing.destroy());
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => (outgoing.headersSent ? outgoing.destroy() : outgoing.writeHead(502).end()));
    incoming.pipe(forwarded);
  });
  // A browser resets connections it no longer needs (a refused tunnel, a page closed mid-request): that is not a
  // request, and an unhandled socket error would fail the whole run (ECONNRESET, seen once in CI).
  const ignoreReset = () => {};
  proxy.on('connect', (incoming, socket: Socket) => {
    records.push({ method: 'CONNECT', url: incoming.url ?? '' });
    socket.on('error', ignoreReset);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  proxy.on('connection', (socket: Socket) => {
    socket.on('error', ignoreReset);
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    server: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    records,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        proxy.close(() => resolve());
      }),
  };
}

export interface RequestRecord {
  url: string;
  /** `page <url>` or `service worker <url>`: who asked. */
  from: string;
}

/** Records every request the context reports from now on, pages' and service workers' alike. */
export function recordRequests(context: BrowserContext): RequestRecord[] {
  const records: RequestRecord[] = [];
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    let from = 'unknown';
    if (worker) from = `service worker ${worker.url()}`;
    else {
      try {
        from = `page ${request.frame().url()}`;
      } catch {
        from = 'a frame gone since';
      }
    }
    records.push({ url: request.url(), from });
  });
  return records;
}

/**
 * What Chromium itself (the browser process, not a page or a worker) asks of Google's services whether or not an
 * extension is loaded, despite `--disable-background-networking` and `--disable-component-update` (checked here
 * with and without the extension: the same requests): the sign-in cookie check, the component updater asking
 * about its own on-demand components, and (Debian's Chromium 150, a plain browser on a local page within 40 s)
 * Google Cloud Messaging's check-in. A request counts as Chromium's only if no page or worker made it and, for
 * the updater, it does not name the extension.
 */
export function isChromiumHousekeeping(record: ProxyRecord, extensionId: string): boolean {
  if (record.method === 'CONNECT')
    return ['accounts.google.com:443', 'update.googleapis.com:443', 'android.clients.google.com:443'].includes(
      record.url,
    );
  const url = new URL(record.url);
  return (
    record.method === 'POST' &&
    url.origin === 'http://update.googleapis.com' &&
    url.pathname === '/service/update2/json' &&
    (record.body ?? '').includes('"@updater":"chromium"') &&
    !(record.body ?? '').includes(extensionId)
  );
}

/** The host (and port, for a tunnel) a record went to. */
export function proxyHost(record: ProxyRecord): string {
  return record.method === 'CONNECT' ? (record.url.split(':')[0] ?? '') : new URL(record.url).hostname;
}

/** Where a request may go without leaving the machine. */
export function staysOnTheMachine(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (['chrome-extension:', 'data:', 'blob:', 'about:'].includes(protocol)) return true;
  return (protocol === 'http:' || protocol === 'ws:') && hostname === '127.0.0.1';
}
