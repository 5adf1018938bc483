/** Lays out a seed article (plain text) as a typical Vietnamese news page: masthead, headline, byline, body. */
import { readFileSync } from 'node:fs';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export const SEEDS = [
  '000_a152b25d463c024e.txt',
  '001_5c7b4323a7a94c0f.txt',
  '002_f3f953fad2599bae.txt',
  '003_32a07b9cad733776.txt',
  '004_8af0e2a929b6679e.txt',
] as const;

export function readSeed(file: string): string {
  return readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
}

export function renderNewsPage(seedText: string, options: { lang?: string | null; date?: string } = {}): string {
  const [firstLine = '', ...rest] = seedText.split('\n').filter((line) => line.trim() !== '');
  // One seed opens with a crawler's "date YYYY-MM-DD" before its headline: that belongs in the byline.
  const dated = /^\s*date (\d{4})-(\d{2})-(\d{2})\s+(.*)$/.exec(firstLine);
  const headline = dated ? (dated[4] as string) : firstLine;
  const byline = dated ? `Ngày đăng ${dated[3]}/${dated[2]}/${dated[1]}` : 'Bản lưu cục bộ của bài báo gốc';
  const lang = options.lang === undefined ? 'vi' : options.lang;
  const paragraphs = rest.map((line) => `      <p>${escapeHtml(line)}</p>`).join('\n');
  return `<!doctype html>
<html${lang ? ` lang="${lang}"` : ''}>
<head>
  <meta charset="utf-8">${options.date ? `\n  <meta property="article:published_time" content="${options.date}">` : ''}
  <title>${escapeHtml(headline.trim())}</title>
  <style>
    body { font: 18px/1.6 Georgia, 'Times New Roman', serif; margin: 0; color: #222; background: #fff; }
    header { background: #a50e0e; color: #fff; padding: 12px 24px; font: bold 22px Arial, sans-serif; }
    nav { background: #f2f2f2; padding: 8px 24px; font: 14px Arial, sans-serif; }
    nav a { color: #333; margin-right: 16px; text-decoration: none; }
    article { max-width: 720px; margin: 24px auto; padding: 0 24px; }
    h1 { font: bold 30px/1.3 Arial, sans-serif; margin: 0 0 8px; }
    .byline { color: #777; font: 14px Arial, sans-serif; margin-bottom: 16px; }
  </style>
</head>
<body>
  <header>Báo điện tử Thời sự</header>
  <nav><a href="#">Thời sự</a><a href="#">Kinh tế</a><a href="#">Đối ngoại</a><a href="#">Văn hóa</a></nav>
  <main>
    <article>
      <h1>${escapeHtml(headline.trim())}</h1>
      <div class="byline">${byline}</div>
${paragraphs}
    </article>
  </main>
</body>
</html>
`;
}
