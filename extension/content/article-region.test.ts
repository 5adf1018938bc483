import { describe, expect, it } from 'vitest';
import { everywhere, findArticleRegion } from './article-region.ts';
import { BODY, ELSEWHERE, HEADLINE, LEAD, SITES } from './testdata/news-sites.ts';
import { collectTextRuns } from './text-runs.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The text the region gives to the annotator, as the content script reads it. */
function regionText(doc: Document, region = findArticleRegion(doc)): string {
  return region.roots
    .flatMap((root) => collectTextRuns(root, { skip: region.skip }))
    .map((run) => run.text.replace(/\s+/g, ' ').trim())
    .join('\n');
}

describe('findArticleRegion', () => {
  it.each(Object.entries(SITES))(
    'on a page laid out like %s: the headline, the lead and the body, none of the furniture',
    (_site, page) => {
      const doc = parse(page());
      const text = regionText(doc);
      expect(text).toContain(HEADLINE);
      expect(text).toContain(LEAD);
      for (const paragraph of BODY) expect(text).toContain(paragraph);
      for (const other of ELSEWHERE) expect(text).not.toContain(other);
      expect(text).not.toContain('Thứ Sáu, 29');
      expect(text).not.toContain('Thời sự');
    },
  );

  it('says how it found the article', () => {
    const how = Object.fromEntries(
      Object.entries(SITES).map(([site, page]) => [site, findArticleRegion(parse(page())).how]),
    );
    expect(how).toEqual({
      vnexpress: 'article',
      tuoitre: 'articleBody',
      nhandan: 'density',
      baochinhphu: 'density',
      congthuong: 'article',
    });
  });

  it('takes the <article> with the story over a list of teaser <article>s', () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) => `<article><a href="/${i}"><h3>${ELSEWHERE[i % 3]}</h3></a></article>`,
    );
    const doc = parse(
      `<body><section>${teasers.join('')}</section><article id="story"><h1>${HEADLINE}</h1>${BODY.map((p) => `<p>${p}</p>`).join('')}</article></body>`,
    );
    const region = findArticleRegion(doc);
    expect(region.roots.map((root) => root.id)).toEqual(['story']);
  });

  it('widens itemprop=articleBody to its <article> when that holds the headline', () => {
    const doc = parse(`<body><article id="story"><header><h1>${HEADLINE}</h1><p class="byline">Minh Anh</p></header>
      <div itemprop="articleBody">${BODY.map((p) => `<p>${p}</p>`).join('')}</div>
      <aside class="related"><a href="/x">${ELSEWHERE[2]}</a></aside></article></body>`);
    const region = findArticleRegion(doc);
    expect(region.how).toBe('articleBody');
    expect(region.roots.map((root) => root.id)).toEqual(['story']);
    expect(regionText(doc, region)).not.toContain(ELSEWHERE[2]);
  });

  it('falls back to the whole page without its header, navigation, asides and footer when nothing is an article', () => {
    const doc = parse(`<body><header>${ELSEWHERE[2]}</header><nav><a href="/">Thời sự</a></nav>
      <div><p>Lào và Việt Nam.</p></div><aside>${ELSEWHERE[0]}</aside><footer>${ELSEWHERE[3]}</footer></body>`);
    const region = findArticleRegion(doc);
    expect(region.how).toBe('page');
    expect(regionText(doc, region)).toBe('Lào và Việt Nam.');
  });

  it('reads everything when the reader asks for the whole page', () => {
    const doc = parse(SITES.vnexpress());
    const text = regionText(doc, everywhere(doc));
    for (const other of ELSEWHERE) expect(text).toContain(other);
  });
});
