import { describe, expect, it } from 'vitest';
import { articleDate, dayOf } from './article-date.ts';
import { ARTICLE_DAY, SITES, TODAY_IN_MASTHEAD } from './testdata/news-sites.ts';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('dayOf', () => {
  it.each([
    ['2024-07-11T08:30:00+07:00', '2024-07-11'],
    ['2024-07-11T01:30:00Z', '2024-07-11'],
    ['2024-07-10T20:00:00Z', '2024-07-11'], // already the 11th in Hà Nội
    ['2024-07-11T23:30:00+0700', '2024-07-11'],
    ['2024-07-11T08:30:00.000-05:00', '2024-07-11'],
    ['2024-07-11 11:25:00', '2024-07-11'],
    ['11/07/2024 08:30', '2024-07-11'],
  ])('reads %s as the day %s in Vietnam', (value, day) => {
    expect(dayOf(value)).toBe(day);
  });
});

describe('articleDate on pages laid out like Vietnamese news sites', () => {
  it.each(Object.entries(SITES))('%s: from its metadata', (_site, page) => {
    expect(articleDate(parse(page()))).toEqual({ date: ARTICLE_DAY, source: 'metadata' });
  });

  it.each(Object.entries(SITES))('%s: from its JSON-LD when it has no metadata', (_site, page) => {
    expect(articleDate(parse(page({ noMetadata: true })))).toEqual({ date: ARTICLE_DAY, source: 'jsonld' });
  });

  it.each([
    ['tuoitre', SITES.tuoitre],
    ['nhandan', SITES.nhandan],
    ['baochinhphu', SITES.baochinhphu],
    ['congthuong', SITES.congthuong],
  ])('%s: from the <time> beside its headline, without metadata or JSON-LD', (_site, page) => {
    expect(articleDate(parse(page({ noMetadata: true, noJsonLd: true })))).toEqual({
      date: ARTICLE_DAY,
      source: 'time',
    });
  });

  it.each(Object.entries(SITES))(
    '%s: from the byline’s text when that is all it has, never the masthead’s “today”',
    (_site, page) => {
      const doc = parse(page({ noMetadata: true, noJsonLd: true, noTime: true }));
      expect(doc.body.textContent).toMatch(/29[/-]11[/-]2026/);
      expect(articleDate(doc)).toEqual({ date: ARTICLE_DAY, source: 'byline' });
    },
  );

  it('skips JSON-LD that is not an article’s, and JSON-LD that does not parse', () => {
    const doc = parse(`<html><head>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">{"@type":"Organization","foundingDate":"1985-06-21","datePublished":"1985-06-21"}</script>
      <script type="application/ld+json">[{"@type":["ReportageNews"],"datePublished":"2025-12-01T07:00:00+07:00"}]</script>
      </head><body><h1>Tin</h1></body></html>`);
    expect(articleDate(doc)).toEqual({ date: '2025-12-01', source: 'jsonld' });
  });

  it('says nothing rather than take the masthead’s date or another story’s', () => {
    expect(TODAY_IN_MASTHEAD).toMatch(/2026/);
    const doc = parse(`<body><header><span class="date">${TODAY_IN_MASTHEAD}</span></header>
      <article><h1>Hai Thủ tướng hội đàm</h1><p>Chiều 5/4, Thủ tướng Phạm Minh Chính làm việc với Thủ tướng Lào Sonexay Siphandone tại Viêng Chăn.</p></article>
      <aside class="most-read"><time datetime="2026-11-28">28/11/2026</time></aside></body>`);
    expect(articleDate(doc)).toBeUndefined();
  });
});
