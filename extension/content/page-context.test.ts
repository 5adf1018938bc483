import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageLanguage } from './page-context.ts';

// The test runs from the repository's root (happy-dom gives this module no file: URL to resolve from).
const vietnamese = readFileSync(join(process.cwd(), 'seeds', '000_a152b25d463c024e.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.length > 80)
  .slice(0, 6);
const english = [
  'Prime Minister Pham Minh Chinh met his Lao counterpart Sonexay Siphandone in Vientiane on Wednesday to review bilateral cooperation.',
  'The two leaders discussed trade, which reached 1.7 billion USD in 2022, and the Vientiane–Hanoi expressway and the Vung Ang port.',
  'They agreed to speed up the projects that connect the two economies and to hold the next session of the intergovernmental committee.',
];
const menu =
  '<nav><a>Thời sự</a><a>Kinh tế</a><a>Đối ngoại</a><a>Việt Nam - Lào</a><a>Thế giới</a><a>Văn hóa</a></nav>';
const footer =
  '<footer><p>Báo điện tử của Bộ Ngoại giao Việt Nam. Tòa soạn: số 1 Tôn Thất Đàm, Ba Đình, Hà Nội. Giấy phép số 548/GP-BTTTT ngày 22 tháng 8 năm 2022.</p></footer>';

function page(lang: string | null, body: string): Document {
  return new DOMParser().parseFromString(
    `<html${lang === null ? '' : ` lang="${lang}"`}><head><title>x</title></head><body>${body}</body></html>`,
    'text/html',
  );
}

const paragraphs = (lines: string[]) => lines.map((line) => `<p>${line}</p>`).join('');

describe('pageLanguage', () => {
  it('takes a page declared Vietnamese at its word', () => {
    expect(pageLanguage(page('vi-VN', paragraphs(english)))).toBe('vi');
  });

  it('keeps an English page with a Vietnamese menu and footer English', () => {
    expect(pageLanguage(page('en', `${menu}<article>${paragraphs(english)}</article>${footer}`))).toBe('en');
    // Also when the menu and footer are plain <div>s and the page says nothing.
    expect(pageLanguage(page(null, `<div>${menu}</div><div>${paragraphs(english)}</div><div>${footer}</div>`))).toBe(
      'und',
    );
  });

  it('reads a page declared in another language as Vietnamese when its prose plainly is (a CMS default of "en")', () => {
    expect(pageLanguage(page('en', `<article>${paragraphs(vietnamese)}</article>`))).toBe('vi');
  });

  it('reads an undeclared page by its prose, or by its text when it has few paragraphs', () => {
    expect(pageLanguage(page(null, paragraphs(vietnamese)))).toBe('vi');
    expect(pageLanguage(page(null, `<div>${vietnamese.join('<br>')}</div>`))).toBe('vi');
    expect(pageLanguage(page(null, `<div>${english.join('<br>')}</div>`))).toBe('und');
  });

  it('does not read code as the page’s text, however deep its text sits', () => {
    const code = `<pre><code><span>${vietnamese.join('</span><br><span>')}</span></code></pre>`;
    expect(pageLanguage(page(null, `<div>${code}${english[0]}</div>`))).toBe('und');
  });

  it('does not let a Vietnamese comment turn an English article Vietnamese', () => {
    const comment = `<p>${vietnamese[0]}</p>`;
    expect(pageLanguage(page('en', `<article>${paragraphs(english)}${comment}</article>`))).toBe('en');
  });
});
