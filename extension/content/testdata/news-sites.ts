/**
 * Article pages marked up the way five Vietnamese news sites mark theirs up (VnExpress, Tuổi Trẻ, Nhân Dân, Báo
 * Chính phủ, Công Thương: class names, itemprops, where the headline, lead, byline and body sit), with the furniture
 * around an article that trips a reader's tool: a masthead printing today's date, menus, a "Xem nhiều" column of
 * other stories with their own dates, related links, captions with photo credits, a comment box, a cookie banner
 * and a footer with the newsroom's address. The article's text is from the seeds.
 *
 * Each page can leave out its publication metadata, so that the date has to come from the JSON-LD, a `<time>` or
 * the byline.
 */

export const TODAY_IN_MASTHEAD = 'Thứ Sáu, 29/11/2026';
export const ARTICLE_DAY = '2024-07-11';

/** What the article says: every word of it must be in the region; nothing of the furniture may be. */
export const HEADLINE = 'Thủ tướng Phạm Minh Chính làm việc với Thủ tướng Lào Sonexay Siphandone';
export const LEAD =
  'Chiều 5/4, sau khi bế mạc Hội nghị Cấp cao Ủy hội sông Mekong, Thủ tướng Phạm Minh Chính đã có cuộc làm việc với Thủ tướng Lào Sonexay Siphandone.';
export const BODY = [
  'Cuộc làm việc nhằm rà soát, đánh giá, kiểm điểm, rút kinh nghiệm việc triển khai các hoạt động hợp tác song phương theo chỉ đạo của Bộ Chính trị hai nước và thỏa thuận tại Kỳ họp lần thứ 45 Ủy ban liên Chính phủ Việt Nam - Lào.',
  'Tại cuộc gặp, Thủ tướng Chính phủ Phạm Minh Chính chúc mừng Lào tổ chức thành công Hội nghị Uỷ hội sông Mekong quốc tế lần thứ 4, qua đó góp phần nâng cao vai trò và vị thế của Lào trong khu vực.',
  'Đặc biệt, hợp tác thương mại là điểm sáng với tổng kim ngạch song phương cả năm 2022 đạt hơn 1,7 tỷ USD, tăng hơn 24% so với năm 2021.',
];
/** Text of the furniture: none of it may be taken for the article's. */
export const ELSEWHERE = [
  'Thương mại Việt Nam - Trung Quốc đạt 10 tỷ USD trong quý I',
  'Giá thịt lợn tăng 11,1% so với cùng kỳ',
  'Tổng Bí thư Tô Lâm tiếp Đại sứ Nhật Bản',
  'Tòa soạn: 71 Hàng Trống, Hà Nội',
  'Bạn đọc Nguyễn Văn A: Cảm ơn Thủ tướng Phạm Minh Chính!',
  'Chúng tôi dùng cookie để cải thiện trải nghiệm',
];

export interface SiteOptions {
  /** Leave out `<meta>` publication dates. */
  noMetadata?: boolean;
  /** Leave out the JSON-LD. */
  noJsonLd?: boolean;
  /** Leave out `<time>` elements (the byline's date is then only text). */
  noTime?: boolean;
}

const paragraphs = (tag = 'p', attributes = '') =>
  BODY.map((text) => `<${tag}${attributes}>${text}</${tag}>`).join('\n');

const figure = (credit: string) =>
  `<figure class="image"><img src="data:," alt=""><figcaption>Hai Thủ tướng tại cuộc làm việc. (${credit})</figcaption></figure>`;

function head(options: SiteOptions, metadata: string, jsonLd: string): string {
  return `<head><meta charset="utf-8"><title>${HEADLINE}</title>
${options.noMetadata ? '' : metadata}
${options.noJsonLd ? '' : `<script type="application/ld+json">${jsonLd}</script>`}
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Báo","foundingDate":"1985-06-21"}</script>
</head>`;
}

const jsonLd = (type: string, date: string) =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'BreadcrumbList', itemListElement: [] },
      { '@type': type, headline: HEADLINE, datePublished: date, dateModified: '2024-07-12T10:00:00+07:00' },
    ],
  });

const mostRead = (heading: string) => `<div class="box-most-viewed">
  <h3>${heading}</h3>
  <article class="story"><a href="/a1"><h4>${ELSEWHERE[0]}</h4></a><time datetime="2026-11-28T10:00:00+07:00">28/11/2026</time></article>
  <article class="story"><a href="/a2"><h4>${ELSEWHERE[1]}</h4></a><span class="time">27/11/2026</span></article>
  <article class="story"><a href="/a3"><h4>${ELSEWHERE[2]}</h4></a></article>
</div>`;

const comments = `<div id="comment" class="box-comment"><h3>Ý kiến bạn đọc</h3><p>${ELSEWHERE[4]}</p><form><textarea></textarea></form></div>`;
const cookie = `<div class="cookie-consent"><p>${ELSEWHERE[5]}</p><button>Đồng ý</button></div>`;
const footer = `<footer class="footer"><p>${ELSEWHERE[3]}</p><p>Giấy phép số 548/GP-BTTTT</p></footer>`;

/** VnExpress: date above the headline in `span.date`, `h1.title-detail`, `p.description`, `article.fck_detail`. */
export function vnexpress(options: SiteOptions = {}): string {
  return `<!doctype html><html lang="vi">${head(
    options,
    `<meta name="pubdate" itemprop="datePublished" content="2024-07-11T08:30:00+07:00">
<meta property="article:published_time" content="2024-07-11T08:30:00+07:00">`,
    jsonLd('NewsArticle', '2024-07-11T08:30:00+07:00'),
  )}
<body>
<header class="section header"><div class="container"><a class="logo" href="/"><img src="data:," alt="VnExpress"></a>
<span class="time-now">${TODAY_IN_MASTHEAD}</span>
<nav class="main-nav"><ul><li><a href="/thoi-su">Thời sự</a></li><li><a href="/the-gioi">Thế giới</a></li><li><a href="/kinh-doanh">Kinh doanh</a></li></ul></nav></div></header>
<section class="section page-detail top-detail"><div class="container">
<div class="sidebar-1">
  <div class="header-content width_common"><ul class="breadcrumb"><li><a href="/the-gioi">Thế giới</a></li></ul>
  <span class="date">${options.noTime ? 'Thứ năm, 11/7/2024, 08:30 (GMT+7)' : 'Thứ năm, 11/7/2024, 08:30 (GMT+7)'}</span></div>
  <h1 class="title-detail">${HEADLINE}</h1>
  <p class="description">${LEAD}</p>
  <article class="fck_detail">
  ${figure('Ảnh: VGP')}
  ${paragraphs('p', ' class="Normal"')}
  <p class="Normal" style="text-align:right;"><strong>Minh Anh</strong></p>
  </article>
  <div class="box-tinlienquanv2"><h3>Tin liên quan</h3><ul><li><a href="/r1">${ELSEWHERE[2]}</a></li></ul></div>
  ${comments}
</div>
<div class="sidebar-2">${mostRead('Xem nhiều')}</div>
</div></section>
${cookie}
${footer}
</body></html>`;
}

/** Tuổi Trẻ: `h1.detail-title`, `div[data-role=publishdate]`, `h2.detail-sapo`, `div.detail-content[itemprop=articleBody]`. */
export function tuoitre(options: SiteOptions = {}): string {
  return `<!doctype html><html lang="vi">${head(
    options,
    `<meta property="article:published_time" content="2024-07-11T01:30:00Z">`,
    jsonLd('NewsArticle', '2024-07-11T08:30:00+07:00'),
  )}
<body>
<div class="header"><div class="header__top"><h1 class="logo"><a href="/" title="Tuổi Trẻ Online">Tuổi Trẻ Online</a></h1>
<span class="date">${TODAY_IN_MASTHEAD}</span></div>
<div class="menu-nav"><ul><li><a href="/thoi-su.htm">Thời sự</a></li><li><a href="/the-gioi.htm">Thế giới</a></li></ul></div></div>
<main class="detail-container">
<div class="detail-cmain">
  <div class="detail-top"><div class="detail-cate"><a href="/the-gioi.htm">Thế giới</a></div>
  <div class="detail-time"><div data-role="publishdate">${options.noTime ? '' : '<time datetime="2024-07-11T08:30:00+07:00">'}11/07/2024 08:30 GMT+7${options.noTime ? '' : '</time>'}</div></div></div>
  <h1 class="detail-title article-title" data-role="title">${HEADLINE}</h1>
  <h2 class="detail-sapo" data-role="sapo">${LEAD}</h2>
  <div class="detail-content afcbc-body" data-role="content" itemprop="articleBody">
  ${figure('Ảnh: NHẬT BẮC')}
  ${paragraphs()}
  <div type="RelatedOneNews" class="VCSortableInPreviewMode"><a href="/r2">${ELSEWHERE[2]}</a></div>
  </div>
  <div class="detail-tab"><a href="/tag/a">Phạm Minh Chính</a><a href="/tag/b">Sonexay Siphandone</a></div>
  ${comments}
</div>
<aside class="detail-sidebar">${mostRead('Đọc nhiều')}</aside>
</main>
${cookie}
${footer}
</body></html>`;
}

/** Nhân Dân: `div.box-date` with "11-07-2024", `h1.article__title`, `div.article__sapo`, `div.article__body`. */
export function nhandan(options: SiteOptions = {}): string {
  return `<!doctype html><html lang="vi">${head(
    options,
    `<meta itemprop="datePublished" content="2024-07-11T08:30:00+07:00">`,
    jsonLd('Article', '2024-07-11T08:30:00+07:00'),
  )}
<body>
<header class="header"><div class="header__date">${TODAY_IN_MASTHEAD.replace(/\//g, '-')}</div><a class="logo" href="/">Nhân Dân</a>
<nav><a href="/chinhtri">Chính trị</a><a href="/kinhte">Kinh tế</a></nav></header>
<div class="main-content"><div class="container">
<div class="main-col">
  <div class="article">
    <div class="box-date">${options.noTime ? '' : '<time>'}Thứ Năm, 11-07-2024, 08:30${options.noTime ? '' : '</time>'}</div>
    <h1 class="article__title cms-title">${HEADLINE}</h1>
    <div class="article__sapo cms-desc"><p><strong>NDO - </strong>${LEAD}</p></div>
    <div class="article__body cms-body">
    ${figure('Ảnh: THÀNH ĐẠT')}
    ${paragraphs()}
    </div>
    <div class="article__tag"><a href="/a">Phạm Minh Chính</a><a href="/b">Lào</a></div>
  </div>
  <div class="box-related"><h3>Tin liên quan</h3><a href="/r3">${ELSEWHERE[2]}</a></div>
  ${comments}
</div>
<div class="sidebar">${mostRead('Xem nhiều')}</div>
</div></div>
${cookie}
${footer}
</body></html>`;
}

/** Báo Chính phủ: `div.detail-time`, `h1.detail-title`, `h2.detail-sapo`, `div.detail-content`. No `<article>`, no itemprop. */
export function baochinhphu(options: SiteOptions = {}): string {
  return `<!doctype html><html lang="vi">${head(
    options,
    `<meta name="pubdate" content="2024-07-11T08:30:00+07:00">`,
    jsonLd('NewsArticle', '2024-07-11T08:30:00+07:00'),
  )}
<body>
<div class="site-header"><div class="top-bar"><span class="current-date">${TODAY_IN_MASTHEAD}</span></div>
<div class="menu"><a href="/chinh-sach">Chính sách</a><a href="/thoi-su">Thời sự</a></div></div>
<div class="content-wrap"><div class="detail-main">
  <div class="detail-time">${options.noTime ? '' : '<time>'}11/07/2024 08:30${options.noTime ? '' : '</time>'}</div>
  <h1 class="detail-title">${HEADLINE}</h1>
  <h2 class="detail-sapo">${LEAD}</h2>
  <div class="detail-content afcbc-body">
  ${figure('Ảnh: VGP/Nhật Bắc')}
  ${paragraphs()}
  </div>
  <div class="detail__related"><a href="/r4">${ELSEWHERE[2]}</a></div>
</div>
<div class="detail-aside">${mostRead('Tin đọc nhiều')}</div>
</div>
${comments}
${cookie}
<div class="site-footer"><p>${ELSEWHERE[3]}</p></div>
</body></html>`;
}

/** Công Thương: `article.article-detail`, `div.post-date` "11:25 | 11/07/2024", `h1.post-title`, `div.post-des`. */
export function congthuong(options: SiteOptions = {}): string {
  return `<!doctype html><html lang="vi">${head(
    options,
    `<meta property="article:published_time" content="2024-07-11 11:25:00">`,
    jsonLd('NewsArticle', '2024-07-11T11:25:00+07:00'),
  )}
<body>
<div class="top-header"><span class="today">${TODAY_IN_MASTHEAD}</span><a class="logo" href="/">Báo Công Thương</a></div>
<nav class="navbar"><a href="/thoi-su">Thời sự</a></nav>
<div class="container">
<article class="article-detail">
  <h1 class="post-title">${HEADLINE}</h1>
  <div class="post-date">${options.noTime ? '' : '<time>'}11:25 | 11/07/2024${options.noTime ? '' : '</time>'}</div>
  <div class="post-des">${LEAD}</div>
  <div class="post-content">
  ${figure('Ảnh: Báo Công Thương')}
  ${paragraphs()}
  </div>
  <div class="post-related"><h3>Tin cùng chuyên mục</h3><a href="/r5">${ELSEWHERE[2]}</a></div>
</article>
<div class="sidebar">${mostRead('Đọc nhiều nhất')}</div>
</div>
${comments}
${cookie}
${footer}
</body></html>`;
}

export const SITES = { vnexpress, tuoitre, nhandan, baochinhphu, congthuong } as const;
