/**
 * A fact pack that is valid by the schema but carries markup or script in every free-text field, and a news page
 * that mentions its entities: what the bad-data tests import, then look at in the options page, the popup, the
 * side panel and a page's card. Ids, kinds and dates cannot carry markup (the schema refuses it); every other
 * string does. The pack's own source article is one of its strings too.
 */
import type { FactBase } from '../../shared/factbase/schema.ts';

/** Markup and script in the forms that get through careless renderers. */
export const PAYLOADS = {
  img: '<img src=x onerror="alert(1)">',
  script: '<script>alert(2)</script>',
  url: 'javascript:alert(3)',
  svg: '<svg onload=alert(4)>',
  iframe: '"><iframe src="javascript:alert(5)"></iframe>',
  entity: '&lt;b&gt;đậm&lt;/b&gt;',
} as const;

const { img, script, url, svg, iframe, entity } = PAYLOADS;

/** The names the page below mentions; the reader sees them as they are written here, markup and all. */
export const HOSTILE = {
  project: { id: 'cau-thu-nghiem-doc', name: `Cầu thử nghiệm Sê Pôn ${img}`, alias: 'Cầu thử nghiệm Sê Pôn' },
  person: { id: 'ong-thu-nghiem-doc', name: `Ông Bounmy Thửnghiệm ${script}`, alias: 'Bounmy Thửnghiệm' },
  metric: { id: 'von-cau-thu-nghiem-doc', name: `Vốn cầu thử nghiệm ${svg}` },
  packName: `Gói độc hại ${img}${script}`,
} as const;

const SEED_FILE = `bai-doc-${script}.txt`;
const DATE = '2024-03-15';
const source = (quote: string) => ({ seed: SEED_FILE, quote, date: DATE });

export function hostilePack(): FactBase & { name: string } {
  return {
    name: HOSTILE.packName,
    seeds: [
      {
        file: SEED_FILE,
        title: `Bài thử ${img}`,
        outlet: `Báo ${script}`,
        date: DATE,
        dateBasis: 'stated',
        dateNote: `Ngày ${svg}`,
        note: `Ghi chú ${url}`,
      },
    ],
    metrics: [
      {
        id: HOSTILE.metric.id,
        name: HOSTILE.metric.name,
        unit: `USD${script}`,
        frame: { quantity: [`vốn ${img}`], scope: ['lao'], roles: ['result'] },
        summary: `Tóm tắt ${iframe}`,
      },
    ],
    entities: [
      {
        id: HOSTILE.project.id,
        kind: 'project',
        name: HOSTILE.project.name,
        aliases: [HOSTILE.project.alias, script, url],
        summary: `Dự án chỉ có trong gói thử ${img} ${entity} ${url}`,
        relations: [
          {
            type: 'located-in',
            target: 'vieng-chan',
            note: `Ở ${iframe}`,
            source: source(`trích dẫn ${svg}`),
          },
        ],
      },
      {
        id: HOSTILE.person.id,
        kind: 'person',
        name: HOSTILE.person.name,
        aliases: [HOSTILE.person.alias],
        summary: `Nhân vật thử ${svg}`,
        roles: [
          {
            title: `Giám đốc ${img}`,
            organization: HOSTILE.project.id,
            from: '2024-01-01',
            note: `Bổ nhiệm ${url}`,
            source: source(`trích dẫn ${script}`),
          },
        ],
      },
    ],
    facts: [
      {
        id: 'cau-thu-nghiem-doc-khoi-cong',
        about: [HOSTILE.project.id, HOSTILE.person.id],
        text: `Cầu được khởi công ${img} ${iframe}`,
        sources: [source(`câu trích ${img}`)],
      },
      {
        id: 'cau-thu-nghiem-doc-von',
        about: [HOSTILE.project.id],
        text: `Vốn của cầu ${script}`,
        sources: [source(`vốn ${url}`)],
        figure: {
          metric: HOSTILE.metric.id,
          value: 1_200_000,
          unit: `USD${script}`,
          period: `Năm 2024 ${svg}`,
          periodKey: `2024${img}`,
        },
      },
    ],
    ambiguousAliases: [],
  };
}

/** A Vietnamese news page that mentions the pack's project and person. */
export function hostileNewsPage(): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta property="article:published_time" content="${DATE}">
<title>Khởi công Cầu thử nghiệm Sê Pôn</title></head>
<body><main><article>
<h1>Khởi công Cầu thử nghiệm Sê Pôn nối hai bờ sông</h1>
<p>Sáng nay, ông Bounmy Thửnghiệm cho biết Cầu thử nghiệm Sê Pôn sẽ hoàn thành trong năm tới.</p>
<p>Thủ tướng Phạm Minh Chính gửi thư chúc mừng các kỹ sư Việt Nam và Lào.</p>
</article></main></body>
</html>
`;
}
