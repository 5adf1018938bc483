import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlVisibleText, looksLikeHtml } from './html-text.ts';

describe('htmlVisibleText', () => {
  it('skips head, script, style, noscript and template, and comments', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><script>x()</script><noscript>n</noscript>' +
      '<template><p>t</p></template><!-- c --><p>Tô Lâm</p></body></html>';
    expect(htmlVisibleText(html)).toBe('Tô Lâm');
  });

  it('skips what the extension does not read either: code, form fields, buttons, ruby annotations', () => {
    const html =
      '<p>Tô <code>x = 1</code>Lâm</p><pre>Lào\n  Việt</pre><p><button>Đọc</button><input value="a">Viêng <ruby>Chăn<rt>vc</rt></ruby></p>';
    expect(htmlVisibleText(html)).toBe('Tô Lâm\nViêng Chăn');
  });

  it('ends a line at every block element and br, and joins inline elements', () => {
    expect(htmlVisibleText('<div><p>Thủ tướng <b>Phạm</b> Minh Chính</p><p>Lào<br>Việt</p></div>')).toBe(
      'Thủ tướng Phạm Minh Chính\nLào\nViệt',
    );
  });

  it('collapses white space and decodes character references', () => {
    expect(htmlVisibleText('<p>  Việt&nbsp;&ndash;&#160;Lào \n  &amp; &#x1EA0;&lt;  </p>')).toBe(
      'Việt\u00a0–\u00a0Lào & Ạ<',
    );
  });

  it('keeps unknown references as written', () => {
    expect(decodeEntities('&bogus; &amp')).toBe('&bogus; &');
  });

  it('recognises HTML by name or content', () => {
    expect(looksLikeHtml('a.html', '')).toBe(true);
    expect(looksLikeHtml('a.txt', '<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('a.txt', 'Việt Nam <b>')).toBe(false);
  });
});
