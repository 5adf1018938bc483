/** A fact's sources read once per article, with their quotes written out in the side panel (review item 11). */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { CardFact } from '../../shared/lookup/card.ts';
import { FactList } from './card.tsx';
import { useLanguage } from './catalogues.ts';

const article = {
  seed: '000_a152b25d463c024e.txt',
  title: 'Việt Nam sẵn sàng hỗ trợ Lào đảm nhận thành công các trọng trách quốc tế',
  outlet: 'Hợp Tác Lào',
  date: '2023-04-05',
};
const fact: CardFact = {
  id: 'thuong-mai-2022',
  text: 'Kim ngạch thương mại song phương năm 2022 đạt hơn 1,7 tỷ USD.',
  sources: [
    { ...article, quote: 'tổng kim ngạch song phương cả năm 2022 đạt hơn 1,7 tỷ USD' },
    { ...article, quote: 'tăng hơn 24% so với năm 2021' },
    { ...article, quote: 'tăng hơn 24% so với năm 2021' },
  ],
};

function shown(quotes: boolean): HTMLElement {
  const root = document.createElement('div');
  render(<FactList facts={[fact]} quotes={quotes} />, root);
  return root;
}

describe('FactList', () => {
  it('writes one source line for two quotes from one article, the quotes in its tooltip', () => {
    const root = shown(false);
    const lines = root.querySelectorAll('.ml-source');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.textContent).toBe(
      'Nguồn: Hợp Tác Lào, “Việt Nam sẵn sàng hỗ trợ Lào đảm nhận thành công các trọng trách quốc tế”, 05/04/2023',
    );
    expect(lines[0]?.getAttribute('title')).toBe(
      '“tổng kim ngạch song phương cả năm 2022 đạt hơn 1,7 tỷ USD”\n“tăng hơn 24% so với năm 2021”',
    );
  });

  it('writes the quotes out where there is room (the side panel), each once, marked Vietnamese', () => {
    const quotes = [...shown(true).querySelectorAll('q.ml-quote')];
    expect(quotes.map((quote) => quote.textContent)).toEqual([
      'tổng kim ngạch song phương cả năm 2022 đạt hơn 1,7 tỷ USD',
      'tăng hơn 24% so với năm 2021',
    ]);
    expect(quotes.every((quote) => quote.getAttribute('lang') === 'vi')).toBe(true);
  });

  it('speaks the interface’s language around the article’s own words', () => {
    useLanguage('en');
    try {
      const line = shown(false).querySelector('.ml-source');
      expect(line?.textContent).toMatch(/^Source: Hợp Tác Lào, “Việt Nam sẵn sàng/);
      expect(line?.querySelector('[lang="vi"]')?.textContent).toContain('Hợp Tác Lào');
    } finally {
      useLanguage('vi');
    }
  });
});
