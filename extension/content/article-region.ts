/**
 * Where the article is on a news page: the headline, the lead and the body — not the site's menus, the "Xem
 * nhiều" column of other stories, "related" lists, teasers, comments, cookie banners or the footer with the
 * newsroom's address. The highlights, "On this page" and keyboard stepping keep to this region by default.
 *
 * Found from the page's own markup first, then its shape:
 * 1. `itemprop="articleBody"` (schema.org, which most Vietnamese news sites write), widened to its `<article>`
 *    when that holds the headline too;
 * 2. the `<article>` with the most prose (a list of teasers is many small `<article>`s of links);
 * 3. `<main>` / `role="main"`;
 * 4. text density: the element whose paragraphs hold the most text that is not links;
 * and if none of these holds an article's worth of prose, the whole page without its header, navigation,
 * asides and footer. A headline or lead printed outside the body (many sites set them above it) joins the region.
 *
 * Inside the region, `skip` marks what is still not the article's own text: nested asides and navigation,
 * related-story boxes, comment threads, share bars, advertisements.
 *
 * It only reads the document (no style is computed: tag names, roles, itemprops, classes and text lengths).
 */

export type RegionHow = 'articleBody' | 'article' | 'main' | 'density' | 'page' | 'everywhere';

export interface ArticleRegion {
  /** The elements whose text is the article's, in document order, none inside another. */
  roots: Element[];
  how: RegionHow;
  /** An element inside a root whose text is not the article's own (checked on each element entered). */
  skip(element: Element): boolean;
}

/** Below this much prose a candidate is not taken for an article. */
const MIN_ARTICLE_CHARS = 280;
/** A paragraph counts towards density from this length; shorter ones are captions, labels, buttons. */
const MIN_PARAGRAPH_CHARS = 25;
/** How many paragraphs are read to find the article (in document order; an article's come early). */
const PARAGRAPH_SAMPLE = 300;
/** How many paragraphs of each `<article>` are read to rank them (a story has more prose than a teaser in its first few). */
const ARTICLE_SAMPLE = 40;

/** Elements that are a site's furniture wherever they are: not the article's text. */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'FORM', 'DIALOG']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog']);
/** Inside an article, only these of the furniture tags are skipped (an article's own header holds its title). */
const NESTED_CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FORM', 'DIALOG']);
const NESTED_CHROME_ROLES = new Set(['navigation', 'complementary', 'search', 'dialog']);

/**
 * Class and id words that mark a box that is not the article's text, as Vietnamese and international news
 * sites name them: related and most-read lists ("tin liên quan", "xem nhiều", "đọc nhiều", "tin khác"),
 * comments ("bình luận"), sharing, advertising, cookie banners, menus and breadcrumbs.
 */
const NOISE =
  /(?:^|[^a-z])(?:related|relate|tin-?lien-?quan|lien-?quan|xem-?them|xem-?nhieu|doc-?nhieu|most-?(?:read|viewed|popular)|popular|trending|tin-?khac|other-?news|more-?news|recommend\w*|read-?more|comments?|binh-?luan|share|sharing|social|advert\w*|ads?|qc|quang-?cao|banner|cookies?|consent|gdpr|newsletter|subscribe|menu|navbar|breadcrumbs?|paging|pagination)(?:[^a-z]|$)/i;

/** What a headline's lead paragraph ("sapo") is called. */
const LEAD =
  /(?:^|[^a-z])(?:sapo|chapeau|lead|description|desc|summary|excerpt|standfirst|intro|tom-?tat)(?:[^a-z]|$)/i;

/** The attributes a box names itself by: classes, id, and the role-like ones CMSs write (`type="RelatedOneNews"`). */
const NAMING_ATTRIBUTES = ['class', 'id', 'data-role', 'data-type', 'type'];

/** What a box calls itself, as words ("RelatedOneNews" reads as "Related-One-News", "box_comment" as "box-comment"). */
function words(element: Element): string {
  if (!element.hasAttributes()) return '';
  let named = '';
  for (const name of NAMING_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value) named += ` ${value}`;
  }
  return /[_A-Z]/.test(named) ? named.replace(/_/g, '-').replace(/([a-z])([A-Z])/g, '$1-$2') : named;
}

export function isNoise(element: Element): boolean {
  const named = words(element);
  return named.trim() !== '' && NOISE.test(named);
}

function role(element: Element): string {
  return (element.getAttribute('role') ?? '').trim().toLowerCase();
}

/** Site furniture met while walking inside the region. */
function skipInside(element: Element): boolean {
  if (NESTED_CHROME_TAGS.has(element.tagName.toUpperCase())) return true;
  // Most of an article's elements carry no attribute at all: nothing more to read.
  if (!element.hasAttributes()) return false;
  if (NESTED_CHROME_ROLES.has(role(element))) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  return isNoise(element);
}

/** Site furniture met while walking the whole page (no article found). */
function skipOnPage(element: Element): boolean {
  if (CHROME_TAGS.has(element.tagName.toUpperCase())) {
    // An <article>'s own <header> or <footer> is part of it.
    return !element.parentElement?.closest('article');
  }
  if (CHROME_ROLES.has(role(element))) return true;
  return skipInside(element);
}

/**
 * Is `element` inside the site's structural furniture — a page-level header, navigation, aside, footer, form or
 * dialog, by tag or role (below `limit`, the document's body by default)? Class names are not trusted this far
 * up: VnExpress calls its main column "sidebar-1".
 */
function inChrome(element: Element, limit: Element | null = null): boolean {
  for (let at: Element | null = element; at && at !== limit; at = at.parentElement) {
    if (at.tagName.toUpperCase() === 'BODY' || at.tagName.toUpperCase() === 'HTML') return false;
    if (CHROME_TAGS.has(at.tagName.toUpperCase())) {
      if (!at.parentElement?.closest('article')) return true;
    } else if (CHROME_ROLES.has(role(at))) return true;
  }
  return false;
}

function textLength(element: Element): number {
  return (element.textContent ?? '').trim().length;
}

/** A paragraph's text that is not links; 0 for one too short to be prose (a caption, a label, a button). */
function paragraphProse(paragraph: Element): number {
  let length = textLength(paragraph);
  if (length < MIN_PARAGRAPH_CHARS) return 0;
  for (const link of paragraph.getElementsByTagName('a')) length -= (link.textContent ?? '').length;
  return length >= MIN_PARAGRAPH_CHARS ? length : 0;
}

/**
 * Whether an element lies, below `within`, in a box the region skips or in the site's furniture (`inChrome`). Each
 * ancestor's verdict is kept: the paragraphs of a page share their ancestors, and asking each paragraph's whole
 * chain again was most of the time spent finding an article.
 */
function excludedBelow(within: Element): (element: Element) => boolean {
  const verdicts = new Map<Element, boolean>();
  const excluded = (element: Element): boolean => {
    let verdict = verdicts.get(element);
    if (verdict !== undefined) return verdict;
    const tag = element.tagName.toUpperCase();
    // Furniture by tag or role counts up to the body, as in inChrome; skipped boxes up to `within`.
    const chrome =
      tag !== 'BODY' &&
      tag !== 'HTML' &&
      (CHROME_TAGS.has(tag) ? !element.parentElement?.closest('article') : CHROME_ROLES.has(role(element)));
    const parent = element.parentElement;
    verdict = chrome || skipInside(element) || (parent !== null && parent !== within && excluded(parent));
    verdicts.set(element, verdict);
    return verdict;
  };
  return excluded;
}

/** How much prose an element holds, and where it gathers. */
interface Prose {
  /** Its paragraphs' text that is not links, outside skipped boxes and furniture. */
  total: number;
  /** Each container's share, as readability tools score it: a paragraph counts for its parent, half for its grandparent. */
  scores: Map<Element, number>;
}

/**
 * Measures the prose under `within` from its first `limit` paragraphs: enough to tell an article from a list of
 * teasers, and a bounded cost on a page of 10,000 paragraphs (the decision is made before anything is drawn).
 */
function measureProse(within: Element, limit = PARAGRAPH_SAMPLE): Prose {
  const scores = new Map<Element, number>();
  const excluded = excludedBelow(within);
  let total = 0;
  let seen = 0;
  for (const paragraph of within.getElementsByTagName('p')) {
    if (++seen > limit) break;
    if (excluded(paragraph)) continue;
    const length = paragraphProse(paragraph);
    if (length === 0) continue;
    total += length;
    const parent = paragraph.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grandparent = parent.parentElement;
    if (grandparent && within.contains(grandparent)) {
      scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
    }
  }
  return { total, scores };
}

/** The container with the most prose, and its score. */
function densest({ scores }: Prose): { element: Element; score: number } | undefined {
  let best: { element: Element; score: number } | undefined;
  for (const [element, score] of scores) if (!best || score > best.score) best = { element, score };
  return best;
}

/** A site's name set as a heading: a logo, or a link to the home page. */
const BRAND = /(?:^|[^a-z])(?:logo|brand|masthead|site-?name|site-?title)(?:[^a-z]|$)/i;

function isBrand(element: Element): boolean {
  if (element.querySelector('img, svg, a[href="/"]')) return true;
  for (let at: Element | null = element; at && at.tagName.toUpperCase() !== 'BODY'; at = at.parentElement) {
    if (BRAND.test(words(at))) return true;
  }
  return false;
}

/**
 * The article's headline: an `<h1>` (or `itemprop="headline"`) inside the body, else the nearest one before it —
 * never the site's logo set as a heading in its masthead.
 */
function headline(doc: Document, body: Element): Element | undefined {
  let before: Element | undefined;
  for (const element of doc.querySelectorAll('h1, [itemprop~="headline"]')) {
    if (element.tagName.toUpperCase() === 'META' || inChrome(element) || isBrand(element) || textLength(element) === 0)
      continue;
    if (body.contains(element)) return element;
    if (element.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING) before = element;
  }
  return before;
}

/** A lead ("sapo") printed between the headline and the body, outside both. */
function leadBetween(doc: Document, title: Element, body: Element): Element | undefined {
  for (const element of doc.querySelectorAll('[itemprop~="description"], p, div, h2')) {
    if (element.tagName.toUpperCase() === 'META') continue;
    if (!(title.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (!(element.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
    if (element.contains(body) || title.contains(element) || inChrome(element)) continue;
    if (element.getAttribute('itemprop')?.includes('description') || LEAD.test(words(element))) {
      if (textLength(element) >= MIN_PARAGRAPH_CHARS) return element;
    }
  }
  return undefined;
}

function inDocumentOrder(elements: Element[]): Element[] {
  const unique = [...new Set(elements)].filter(
    (element) => !elements.some((other) => other !== element && other.contains(element)),
  );
  return unique.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The region made of a body and the headline and lead printed outside it. */
function around(doc: Document, body: Element, how: RegionHow): ArticleRegion {
  const roots = [body];
  const title = headline(doc, body);
  if (title && !body.contains(title)) {
    roots.push(title);
    const lead = leadBetween(doc, title, body);
    if (lead) roots.push(lead);
  }
  return { roots: inDocumentOrder(roots), how, skip: skipInside };
}

/** The whole page, furniture left out: where no article could be found. */
function wholePage(doc: Document): ArticleRegion {
  return { roots: doc.body ? [doc.body] : [], how: 'page', skip: skipOnPage };
}

/** Everything a reader can read on the page (the reader's "highlight everywhere"). */
export function everywhere(doc: Document): ArticleRegion {
  return { roots: doc.body ? [doc.body] : [], how: 'everywhere', skip: () => false };
}

export function findArticleRegion(doc: Document): ArticleRegion {
  const body = doc.body;
  if (!body) return wholePage(doc);

  const marked = [...body.querySelectorAll('[itemprop~="articleBody"]')].filter((element) => !inChrome(element));
  const markedBody = marked.sort((a, b) => textLength(b) - textLength(a))[0];
  if (markedBody && textLength(markedBody) >= MIN_PARAGRAPH_CHARS) {
    // Its <article> when that is the same story with its headline (not a page-wide wrapper of several).
    const article = markedBody.parentElement?.closest('article');
    const title = article && headline(doc, article);
    if (title && article.contains(title) && article.querySelectorAll('[itemprop~="articleBody"]').length === 1) {
      return around(doc, article, 'articleBody');
    }
    return around(doc, markedBody, 'articleBody');
  }

  const articles = [...body.querySelectorAll('article')]
    .filter((element) => !inChrome(element) && !element.parentElement?.closest('article'))
    .map((element) => ({ element, prose: measureProse(element, ARTICLE_SAMPLE).total }))
    .sort((a, b) => b.prose - a.prose);
  if (articles[0] && articles[0].prose >= MIN_ARTICLE_CHARS) return around(doc, articles[0].element, 'article');

  const main = body.querySelector('main, [role="main"]');
  if (main) {
    const inMain = measureProse(main);
    if (inMain.total >= MIN_ARTICLE_CHARS) {
      // A <main> that holds a sidebar of other stories beside the article: the article's own container.
      const inner = densest(inMain);
      if (inner && inner.element !== main && inner.score >= 0.7 * inMain.total) {
        return around(doc, inner.element, 'density');
      }
      return around(doc, main, 'main');
    }
  }
  const page = measureProse(body);
  // Little prose, all of it in <main> (a list, a short story): <main> is the page's content.
  if (main && !main.querySelector('article') && textLength(main) > 0 && page.total === measureProse(main).total) {
    return around(doc, main, 'main');
  }

  const dense = densest(page);
  if (dense && dense.score >= MIN_ARTICLE_CHARS) return around(doc, dense.element, 'density');
  return wholePage(doc);
}

/** Is `node` in the region's text: inside a root, and not inside a box the region skips? */
export function inRegion(region: ArticleRegion, node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return false;
  const root = region.roots.find((candidate) => candidate.contains(element));
  if (!root) return false;
  for (let at: Element | null = element; at && at !== root; at = at.parentElement) {
    if (region.skip(at)) return false;
  }
  return true;
}
