/**
 * The article's own date, as the page states it — so that a card shows the role a person held then. In order:
 * 1. its metadata (`article:published_time`, `itemprop="datePublished"`, `pubdate`, Dublin Core);
 * 2. its JSON-LD (`datePublished` of a NewsArticle, Article, BlogPosting…; `@graph` and arrays included);
 * 3. a `<time>` in the article or its byline (`datetime`, else its text);
 * 4. the byline's date text ("Thứ Năm, 11/7/2024, 08:30 (GMT+7)", "11-07-2024 08:30").
 * Never a date from the site's furniture: the masthead's "Thứ Sáu, 29/11/2026" is today's date, not the article's,
 * and neither are the dates of the other stories listed around it.
 *
 * A pure function of the document (it reads, never writes), so that it can be tested on real sites' markup.
 */
import { findDate } from '../../shared/text/dates.ts';
import type { ArticleDate } from '../messaging/protocol.ts';
import { type ArticleRegion, findArticleRegion, isNoise } from './article-region.ts';

/** The names a publication date goes by in `<meta>` (`property`, `name` or `itemprop`), most specific first. */
const META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'date',
];

/** schema.org types whose `datePublished` is the article's. */
const ARTICLE_TYPES =
  /^(?:\w+:)?(?:NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle)$/i;

/** Class and id words of a byline or the line that carries the date. */
const BYLINE =
  /(?:^|[^a-z])(?:byline|date|time|datetime|publish\w*|posted|post-?info|meta|info|author|ngay|ngay-?dang|thoi-?gian|detail-?time|time-?post)(?:[^a-z]|$)/i;

/** Vietnam keeps UTC+7 all year. */
const VIETNAM_OFFSET_MINUTES = 7 * 60;

/**
 * A date as metadata writes it, as the day in Vietnam: "2024-07-11T08:30:00+07:00" and "2024-07-11T01:30:00Z" are
 * 11 July; "2024-07-10T20:00:00Z" is already 11 July in Hà Nội. Other forms ("11/07/2024 08:30") as written.
 */
export function dayOf(value: string): string | undefined {
  const instant =
    /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})\s*$/i.exec(value);
  if (instant) {
    const [, year, month, day, hour, minute, second = '0', zone = 'Z'] = instant;
    const offset =
      zone.toUpperCase() === 'Z'
        ? 0
        : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
    const utc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
    if (Number.isNaN(utc)) return undefined;
    const local = new Date(utc + (VIETNAM_OFFSET_MINUTES - offset) * 60_000);
    return local.toISOString().slice(0, 10);
  }
  return findDate(value);
}

function fromMetadata(doc: Document): string | undefined {
  const byName = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta')) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop']) {
      const name = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (name && !byName.has(name)) byName.set(name, content);
    }
  }
  for (const name of META_NAMES) {
    const content = byName.get(name);
    const day = content ? dayOf(content) : undefined;
    if (day) return day;
  }
  return undefined;
}

/** Every object in a JSON-LD document: top level, arrays and `@graph`s. */
function* objects(value: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) yield* objects(item, depth + 1);
    return;
  }
  const object = value as Record<string, unknown>;
  yield object;
  if ('@graph' in object) yield* objects(object['@graph'], depth + 1);
}

function isArticleType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((item) => typeof item === 'string' && ARTICLE_TYPES.test(item));
}

function fromJsonLd(doc: Document): string | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const object of objects(data)) {
      if (!isArticleType(object['@type'])) continue;
      const published = object.datePublished ?? object.dateCreated;
      const day = typeof published === 'string' ? dayOf(published) : undefined;
      if (day) return day;
    }
  }
  return undefined;
}

/** Is `element` in the site's furniture or in a list of other stories (not the article's own byline)? */
function isElsewhere(element: Element, region: ArticleRegion): boolean {
  for (let at: Element | null = element; at && at.tagName.toUpperCase() !== 'BODY'; at = at.parentElement) {
    if (region.roots.includes(at)) return false;
    const tag = at.tagName.toUpperCase();
    if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER') return true;
    // The page's own <header> (masthead); an article's <header> holds its byline.
    if (tag === 'HEADER' && !at.parentElement?.closest('article')) return true;
    if (isNoise(at)) return true;
  }
  return false;
}

/** The elements just before and after `element` (a byline sits next to the headline, above or below it). */
function neighbours(element: Element): Element[] {
  const previous = element.previousElementSibling;
  const next = element.nextElementSibling;
  return [previous, next, next?.nextElementSibling].filter((item): item is Element => !!item);
}

/**
 * Where a byline may be, nearest first: beside the headline (its neighbours, and its container's), then the
 * article's region. Never the whole page: there a "date" box is as likely the masthead's "today".
 */
function bylineScopes(doc: Document, region: ArticleRegion): Element[] {
  const scopes: Element[] = [];
  const title =
    region.roots.find((root) => root.matches('h1')) ??
    region.roots.map((root) => root.querySelector('h1')).find((found) => !!found) ??
    (region.how === 'page' || region.how === 'everywhere' ? doc.querySelector('article h1, main h1, h1') : null);
  if (title) {
    scopes.push(...neighbours(title));
    const container = title.parentElement;
    if (container && container.tagName.toUpperCase() !== 'BODY' && !region.roots.includes(container)) {
      scopes.push(...neighbours(container));
    }
  }
  if (region.how !== 'page' && region.how !== 'everywhere') scopes.push(...region.roots);
  return scopes.filter((scope) => !isElsewhere(scope, region));
}

function fromTimeElements(doc: Document, region: ArticleRegion): string | undefined {
  const published = doc.querySelector('[itemprop~="datePublished"]:not(meta)');
  if (published && !isElsewhere(published, region)) {
    const value = published.getAttribute('datetime') ?? published.getAttribute('content') ?? published.textContent;
    const day = value ? dayOf(value) : undefined;
    if (day) return day;
  }
  for (const scope of bylineScopes(doc, region)) {
    for (const time of scope.querySelectorAll('time')) {
      if (isElsewhere(time, region)) continue;
      const value = time.getAttribute('datetime') ?? time.textContent ?? '';
      const day = dayOf(value) ?? findDate(time.textContent ?? '');
      if (day) return day;
    }
  }
  return undefined;
}

/** How many named elements of each scope are read for a byline (it sits near the top of the article). */
const BYLINE_CANDIDATES = 300;
/** How many of each scope's first elements are looked through for them. */
const BYLINE_REACH = 3000;

/**
 * A scope's first named elements (with a class or an id), itself first. Read from the live element list, which the
 * browser fills only as far as it is read, so the work is bounded however large the scope (before, every named
 * element of the article was listed first; the byline step sampled at 3.7 of the date's 9.6 ms on the 1 MB page).
 */
function bylineCandidates(scope: Element): Element[] {
  const candidates = [scope];
  const elements = scope.getElementsByTagName('*');
  for (let index = 0; index < BYLINE_REACH && candidates.length <= BYLINE_CANDIDATES; index++) {
    const element = elements[index];
    if (!element) break;
    if (element.hasAttribute('class') || element.hasAttribute('id')) candidates.push(element);
  }
  return candidates;
}

function fromByline(doc: Document, region: ArticleRegion): string | undefined {
  for (const scope of bylineScopes(doc, region)) {
    for (const element of bylineCandidates(scope)) {
      if (!BYLINE.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) continue;
      if (isElsewhere(element, region)) continue;
      const text = element.textContent ?? '';
      // A byline is a line, not the article: a date deep in the body is an event's, not the publication's.
      if (text.length > 300) continue;
      const day = findDate(text);
      if (day) return day;
    }
  }
  return undefined;
}

/** The article's date and where it was read, or undefined when the page does not state it. */
export function articleDate(doc: Document, region: ArticleRegion = findArticleRegion(doc)): ArticleDate | undefined {
  const metadata = fromMetadata(doc);
  if (metadata) return { date: metadata, source: 'metadata' };
  const jsonLd = fromJsonLd(doc);
  if (jsonLd) return { date: jsonLd, source: 'jsonld' };
  const time = fromTimeElements(doc, region);
  if (time) return { date: time, source: 'time' };
  const byline = fromByline(doc, region);
  if (byline) return { date: byline, source: 'byline' };
  return undefined;
}
