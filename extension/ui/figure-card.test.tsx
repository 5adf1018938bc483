/**
 * A figure's card says what the page's number is by its frame: the fact it states, the fact it disagrees with
 * (the base's value with its qualifier), a new point not in the fact base placed beside the series, or — for a
 * number no metric fits — what little is read of it.
 */
import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { curatedFactBase } from '../../shared/factbase/data/index.ts';
import { buildFigureCard, cardIndex, type PageFigure } from '../../shared/lookup/build-card.ts';
import vi from '../public/_locales/vi/messages.json';
import { CardView } from './card.tsx';
import { setLanguage } from './i18n.ts';

const index = cardIndex(curatedFactBase);

function shown(metric: string, figure: PageFigure): HTMLElement {
  const card = buildFigureCard(index, metric, figure);
  const root = document.createElement('div');
  render(<CardView card={{ type: 'figure', kind: 'figure', figure: card }} />, root);
  return root;
}

const text = (root: HTMLElement, selector: string) => root.querySelector(selector)?.textContent ?? '';
const TRADE = 'thuong-mai-viet-nam-lao';

beforeAll(() => setLanguage('vi', vi));

describe('a figure’s card', () => {
  it('says the frame in words and the fact the number states', () => {
    const root = shown(TRADE, {
      text: '1,75 tỷ USD',
      value: 1.75e9,
      unit: 'USD',
      metric: TRADE,
      period: '2022',
      role: 'result',
      facts: ['viet-nam-thuong-mai-voi-lao-2022'],
    });
    expect(text(root, '.ml-frame')).toBe('Kim ngạch thương mại Việt Nam - Lào · năm 2022 · theo trang này');
    expect(root.querySelectorAll('.ml-facts li').length).toBe(1);
    expect(root.querySelector('.ml-warning')).toBeNull();
  });

  it('warns of a disagreement with the base’s value as the base writes it, qualifier included', () => {
    const root = shown(TRADE, {
      text: '2,1 tỷ USD',
      value: 2.1e9,
      unit: 'USD',
      metric: TRADE,
      period: '2022',
      role: 'result',
      facts: [],
      conflicts: ['viet-nam-thuong-mai-voi-lao-2022'],
    });
    expect(text(root, '.ml-warning p')).toBe(
      '⚠ Trang ghi 2,1 tỷ USD, nhưng cơ sở dữ kiện ghi hơn 1,7 tỷ USD cho 2022.',
    );
    expect(root.querySelector('.ml-warning .ml-source')).not.toBeNull();
  });

  it('places a new point beside the series, marked as not in the fact base', () => {
    const root = shown(TRADE, {
      text: '2,2 tỷ USD',
      value: 2.2e9,
      unit: 'USD',
      metric: TRADE,
      period: '2024',
      role: 'result',
      facts: [],
    });
    expect(text(root, '.ml-badge')).toBe('Không có trong cơ sở dữ kiện');
    expect(root.querySelector('.ml-chart .ml-chart-page')).not.toBeNull();
    const rows = [...root.querySelectorAll('.ml-series tr')].map((row) => row.textContent);
    expect(rows).toContain('năm 2024 (trang này)2,2 tỷ USD');
    expect(root.querySelector('.ml-series tr.ml-page-row')).not.toBeNull();
    expect(root.querySelectorAll('.ml-series-sources .ml-source').length).toBeGreaterThan(0);
  });

  it('says what little is known of a number no metric fits', () => {
    const root = shown('figure', {
      text: '2 triệu đồng',
      value: 2e6,
      unit: 'VND',
      metric: null,
      period: null,
      role: 'growth',
      facts: [],
    });
    expect(text(root, '.ml-frame')).toBe('Số liệu · tốc độ tăng · không rõ kỳ · theo trang này');
    expect(text(root, '.ml-verdict')).toBe('Cơ sở dữ kiện không có chỉ số nào khớp với con số này.');
    expect(root.querySelector('.ml-chart')).toBeNull();
  });
});

describe('“Bạn đã đọc”: what other articles the reader read said', () => {
  const reading = (value: number, host: string, disagrees: boolean, qualifier?: 'about') => ({
    id: host,
    url: `https://${host}/bai`,
    host,
    title: `Bài trên ${host}`,
    date: '2025-01-15',
    text: 'x',
    sentence: `Năm 2024, kim ngạch đạt ${value}.`,
    value,
    unit: 'USD',
    metric: TRADE,
    period: '2024',
    role: 'result' as const,
    ...(qualifier ? { qualifier } : {}),
    recordedAt: 1,
    disagrees,
  });
  const page: PageFigure = { text: '2,2 tỷ USD', value: 2.2e9, unit: 'USD', metric: TRADE, period: '2024', facts: [] };

  it('lists each value with its outlet and date, and marks in words those that disagree', () => {
    const card = buildFigureCard(index, TRADE, page);
    card.read = {
      disagree: true,
      readings: [reading(1.74e9, 'nhandan.vn', true, 'about'), reading(2.2e9, 'vnexpress.net', false)],
    };
    const root = document.createElement('div');
    render(<CardView card={{ type: 'figure', kind: 'figure', figure: card }} />, root);
    const items = [...root.querySelectorAll('.ml-reading')].map((item) => item.textContent);
    expect(items).toEqual([
      'khoảng 1,74 tỷ USDkhông khớp nhandan.vn, 15/01/2025 · Bài trên nhandan.vn',
      '2,2 tỷ USD vnexpress.net, 15/01/2025 · Bài trên vnexpress.net',
    ]);
    expect(text(root, '.ml-read-disagree')).toContain('không khớp nhau');
    expect(text(root, '.ml-read-disagree')).toContain('Trang này: 2,2 tỷ USD');
  });

  it('has no such section when the notebook holds nothing for this figure', () => {
    expect(shown(TRADE, page).textContent).not.toContain('Bạn đã đọc');
  });
});
