/**
 * Serves the end-to-end pages from 127.0.0.1 only: each seed article as a news page (`/seed/<file>.html`, and
 * `/seed-nolang/<file>.html` without a declared language), large generated pages (`/big/<bytes>.html`), random
 * hostile pages (`/random/<seed>.html`, e2e/support/random-dom.ts), and the hand-written pages in e2e/pages/.
 * Any page can be served with a Content-Security-Policy header: `?csp=<policy>`.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledFactBase } from '../../shared/factbase/bundle.ts';
import { renderBigPage } from './big-pages.ts';
import { readSeed, renderNewsPage, SEEDS } from './news-page.ts';
import { randomPage, renderDocument } from './random-dom.ts';

const PAGES_DIR = fileURLToPath(new URL('../pages/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

export interface TestServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

const bigPages = new Map<number, string>();

async function respond(path: string): Promise<{ status: number; type: string; body: string }> {
  const bigRoute = /^\/big\/(\d+)\.html$/.exec(path);
  if (bigRoute) {
    const bytes = Math.min(Number(bigRoute[1]), 4_000_000);
    if (!bigPages.has(bytes)) bigPages.set(bytes, renderBigPage(bytes));
    return { status: 200, type: TYPES['.html'] as string, body: bigPages.get(bytes) as string };
  }
  const randomRoute = /^\/random\/(\d+)\.html$/.exec(path);
  if (randomRoute) {
    const seed = Number(randomRoute[1]);
    return {
      status: 200,
      type: TYPES['.html'] as string,
      body: renderDocument(randomPage(seed), `Trang ngẫu nhiên ${seed}`),
    };
  }
  const seedRoute = /^\/(seed|seed-nolang)\/(.+)\.html$/.exec(path);
  if (seedRoute) {
    const file = SEEDS.find((name) => name === seedRoute[2]);
    if (!file) return { status: 404, type: TYPES['.html'] as string, body: 'no such seed' };
    const lang = seedRoute[1] === 'seed' ? 'vi' : null;
    // Like a real news page, it carries its publication date (the fact base's date for that article).
    const date = bundledFactBase.seeds.find((seed) => seed.file === file)?.date;
    return { status: 200, type: TYPES['.html'] as string, body: renderNewsPage(readSeed(file), { lang, date }) };
  }
  const local = normalize(join(PAGES_DIR, path));
  if (!local.startsWith(PAGES_DIR)) return { status: 403, type: 'text/plain', body: 'forbidden' };
  try {
    return {
      status: 200,
      type: TYPES[extname(local)] ?? 'application/octet-stream',
      body: await readFile(local, 'utf8'),
    };
  } catch {
    return { status: 404, type: 'text/plain', body: 'not found' };
  }
}

export async function startServer(): Promise<TestServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const csp = url.searchParams.get('csp');
    respond(url.pathname).then(
      ({ status, type, body }) => {
        response.writeHead(status, {
          'content-type': type,
          'cache-control': 'no-store',
          ...(csp ? { 'content-security-policy': csp } : {}),
        });
        response.end(body);
      },
      () => {
        response.writeHead(500);
        response.end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
